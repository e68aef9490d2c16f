import { describe, expect, it } from 'vitest';
import { formatListIn, formatMonthIn, formatRangeIn } from '../../../../../src/lib/model/i18n/format.ts';

describe('lists', () => {
  it('join names as each language does, English with commas as before', () => {
    expect(formatListIn('en', ['k8s', 'kube'])).toBe('k8s, kube');
    expect(formatListIn('en', ['k8s', 'kube', 'K'])).toBe('k8s, kube, K');
    expect(formatListIn('de', ['k8s', 'kube', 'K'])).toBe('k8s, kube und K');
    expect(formatListIn('ja', ['k8s', 'kube', 'K'])).toBe('k8s、kube、K');
    expect(formatListIn('zh', ['k8s', 'kube'])).toBe('k8s、kube');
    expect(formatListIn('en', ['Go'])).toBe('Go');
  });
});

describe('dates', () => {
  it('come from CLDR in each language, with Western digits in Arabic', () => {
    expect(formatRangeIn('en', '2020-01', undefined, 'Present')).toBe('Jan 2020 – Present');
    expect(formatMonthIn('fr', '2020-01')).toBe('janv. 2020');
    expect(formatMonthIn('pl', '2020-01')).toBe('sty 2020');
    expect(formatMonthIn('ja', '2020-01')).toBe('2020年1月');
    expect(formatMonthIn('ar', '2020-01')).toBe('يناير 2020');
  });
});
