import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { buildReminders, nextWeekday, targetDay } from '../../../../../src/lib/career/reminders/reminders.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../../support/content-fixture.ts';
import { careerContent } from '../fixture.ts';

const withGoals = (goals: Record<string, string>) =>
  loadContent(writeContentFolder({ ...minimalContent(), ...Object.fromEntries(Object.entries(goals).map(([id, frontmatter]) => [`goals/${id}.mdx`, mdx(frontmatter)])) })).content;

describe('targetDay and nextWeekday', () => {
  it('reads a month target as its last day', () => {
    expect(targetDay('2027-02')).toBe('2027-02-28');
    expect(targetDay('2028-02')).toBe('2028-02-29');
    expect(targetDay('2026-12')).toBe('2026-12-31');
    expect(targetDay('2027-03-15')).toBe('2027-03-15');
  });

  it('finds the next day of a week, today included', () => {
    expect(nextWeekday('2026-06-30', 'fr')).toBe('2026-07-03');
    expect(nextWeekday('2026-07-03', 'fr')).toBe('2026-07-03');
    expect(nextWeekday('2026-07-04', 'mo')).toBe('2026-07-06');
  });
});

describe('buildReminders', () => {
  it('reviews a 3-5-year goal each quarter, on the first of January, April, July and October', () => {
    const content = withGoals({ director: 'title: Become director of engineering\nhorizon: 3-5-years\ntargetDate: "2028-06"' });
    const [review, target] = buildReminders(content, '2026-05-10');
    expect(review).toMatchObject({ kind: 'goal-review', date: '2026-07-01', repeat: { freq: 'monthly', interval: 3, count: 8 } });
    expect(target).toMatchObject({ kind: 'goal-target', date: '2028-06-30' });
  });

  it('gives a goal past its target one reminder today, and one due this month only its target', () => {
    const content = withGoals({ late: 'title: Ship the platform\nhorizon: 12-months\ntargetDate: "2026-03"', soon: 'title: Give a talk\nhorizon: 12-months\ntargetDate: "2026-06-20"' });
    const goals = buildReminders(content, '2026-06-10').filter((reminder) => reminder.kind.startsWith('goal'));
    expect(goals.map((reminder) => [reminder.kind, reminder.date, reminder.summary])).toEqual([
      ['goal-overdue', '2026-06-10', 'Goal past its target: Ship the platform'],
      ['goal-target', '2026-06-20', 'Goal target: Give a talk'],
    ]);
  });

  it('puts overdue check-ins today and coming ones on their day, and one weekly slot', () => {
    const reminders = buildReminders(careerContent().content, '2026-06-30', { day: 'we', time: '08:15', minutes: 10 });
    expect(reminders.filter((reminder) => reminder.kind.startsWith('check-in')).map((reminder) => [reminder.key, reminder.kind, reminder.date])).toEqual([
      ['check-in-ana-lima', 'check-in-overdue', '2026-06-30'],
      ['check-in-ben-okoro', 'check-in', '2026-09-18'],
      ['check-in-cara-ng', 'check-in-overdue', '2026-06-30'],
    ]);
    expect(reminders.at(-1)).toMatchObject({ kind: 'weekly-log', date: '2026-07-01', time: '08:15', minutes: 10, repeat: { freq: 'weekly', interval: 1, byDay: 'we' } });
  });
});
