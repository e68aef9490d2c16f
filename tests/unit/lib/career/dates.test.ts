import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, firstDayOf, isCalendarDay, today } from '../../../../src/lib/career/dates.ts';

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
    expect(isCalendarDay('yesterday')).toBe(false);
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-06-30', '2026-06-01')).toBe(-29);
  });

  it('reads coarse dates as their first day', () => {
    expect(firstDayOf('2026-04')).toBe('2026-04-01');
    expect(firstDayOf('2026')).toBe('2026-01-01');
  });

  it('takes today from the pinned day (CAIRN_TODAY) when it is a real day, else from the clock in local time', () => {
    expect(today('2026-11-24')).toBe('2026-11-24');
    expect(today('soon', new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(today(undefined, new Date(2026, 6, 1, 0, 1))).toBe('2026-07-01');
  });
});
