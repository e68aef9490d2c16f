import { describe, expect, it } from 'vitest';
import { formatDay, formatDuration, formatImpactChange, formatImpactValue, formatMonth, formatRange, formatTenure, monthsBetween } from '../../../../src/lib/model/format.ts';

describe('dates', () => {
  it('writes months the way resumes do', () => {
    expect(formatMonth('2024-03')).toBe('Mar 2024');
    expect(formatMonth('2024-03-31')).toBe('Mar 2024');
    expect(formatMonth('2016')).toBe('2016');
  });

  it('writes ranges with an en dash and Present for current roles', () => {
    expect(formatRange('2021-04', '2023-12')).toBe('Apr 2021 – Dec 2023');
    expect(formatRange('2024-01', undefined)).toBe('Jan 2024 – Present');
  });

  it('writes days without a time-zone shift', () => {
    expect(formatDay('2024-01-01')).toBe('Jan 1, 2024');
  });

  it('counts tenure in whole months, both ends included', () => {
    expect(monthsBetween('2021-04', '2023-12')).toBe(33);
    expect(formatTenure(33)).toBe('2 yrs 9 mos');
    expect(formatTenure(1)).toBe('1 mo');
    expect(formatTenure(12)).toBe('1 yr');
  });

  it('counts tenure in the page’s language, with its plural forms', () => {
    expect(formatTenure(95, 'de')).toBe('7 J, 11 Mon.');
    expect(formatTenure(12, 'de')).toBe('1 J');
    expect(formatTenure(25, 'pl')).toBe('2 lata i 1 mies.');
    expect(formatTenure(60, 'pl')).toBe('5 lat');
    expect(formatTenure(25, 'ar')).toBe('سنتان وشهر');
    expect(formatTenure(95, 'zh')).toBe('7年11个月');
  });
});

describe('impact', () => {
  it('shows before and after with the unit', () => {
    expect(formatImpactValue({ label: 'p99', from: 800, to: 90, unit: 'ms' })).toBe('800 ms → 90 ms');
    expect(formatImpactValue({ label: 'spend', from: 182, to: 126, unit: '£k/month' })).toBe('£182k/month → £126k/month');
    expect(formatImpactValue({ label: 'errors', from: 0.8, to: 0.05, unit: '%' })).toBe('0.8% → 0.05%');
    expect(formatImpactValue({ label: 'teams', to: 11 })).toBe('11');
  });

  it('states the relative change when there is a before value', () => {
    expect(formatImpactChange({ label: 'p99', from: 800, to: 90, unit: 'ms' })).toBe('−89%');
    expect(formatImpactChange({ label: 'rps', from: 1800, to: 6100 })).toBe('+239%');
    // Each language writes a percentage its own way: a no-break space in German and French, the sign first in Turkish.
    const latency = { label: 'p99', from: 800, to: 90, unit: 'ms' };
    expect(['de', 'fr', 'tr', 'ar', 'ja'].map((language) => formatImpactChange(latency, language))).toEqual(['−89\u00a0%', '−89\u00a0%', '−%89', '−89%', '−89%']);
  });

  it('does not invent a change for percentages, zero baselines or no baseline', () => {
    expect(formatImpactChange({ label: 'errors', from: 0.8, to: 0.05, unit: '%' })).toBeUndefined();
    expect(formatImpactChange({ label: 'x', from: 0, to: 5 })).toBeUndefined();
    expect(formatImpactChange({ label: 'x', to: 5 })).toBeUndefined();
  });
});

describe('durations', () => {
  it('reads like a speaker would say it', () => {
    expect(formatDuration(30)).toBe('30 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(150)).toBe('2 min 30 s');
  });
});
