import { describe, expect, it } from 'vitest';
import { dateLocale, formatDayIn, formatMonthIn, formatRangeIn } from '../../../../../src/lib/model/i18n/format.ts';
import { formatMonth, formatRange } from '../../../../../src/lib/model/format.ts';

describe('dates in a language', () => {
  it('keep the English forms the resumes have always printed', () => {
    expect(formatMonthIn('en', '2024-03')).toBe('Mar 2024');
    expect(formatDayIn('en', '2024-03-05')).toBe('Mar 5, 2024');
    expect(formatRange('2021-03', undefined)).toBe('Mar 2021 – Present');
    expect(formatMonth('2024-03')).toBe(formatMonthIn('en', '2024-03'));
  });

  it('use the language’s month names and order', () => {
    expect(formatMonthIn('de', '2024-03')).toBe('März 2024');
    expect(formatDayIn('de', '2024-03-05')).toBe('5. März 2024');
    expect(formatRange('2021-03', undefined, 'de')).toBe('März 2021 – heute');
    expect(formatMonthIn('he', '2024-03')).toBe('מרץ 2024');
  });

  it('write Arabic dates with Western digits, as resumes and ATS parsers expect', () => {
    expect(dateLocale('ar')).toBe('ar-u-nu-latn');
    expect(formatMonthIn('ar', '2024-03')).toMatch(/2024/);
  });

  it('keep a bare year and a missing start as written', () => {
    expect(formatMonthIn('de', '2016')).toBe('2016');
    expect(formatRangeIn('de', undefined, '2016', 'heute')).toBe('2016');
    expect(formatRangeIn('de', undefined, undefined, 'heute')).toBe('');
  });
});
