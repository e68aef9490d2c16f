import { describe, expect, it } from 'vitest';
import { formatNumberIn, formatQuantityIn } from '../../../../../src/lib/model/i18n/quantity.ts';
import { formatImpactValue } from '../../../../../src/lib/model/format.ts';

describe('formatQuantityIn', () => {
  it('counts a unit of time written out by each language’s plural rules', () => {
    expect(formatImpactValue({ label: 'lead time', from: 12, to: 1, unit: 'days' })).toBe('12 days → 1 day');
    expect(formatImpactValue({ label: 'Vorlaufzeit', from: 12, to: 1, unit: 'days' }, 'de')).toBe('12 Tage → 1 Tag');
    expect(formatQuantityIn('pl', 1, 'days')).toBe('1 dzień');
    expect(formatQuantityIn('pl', 2, 'days')).toBe('2 dni');
    expect(formatQuantityIn('pl', 5, 'days')).toBe('5 dni');
    expect(formatQuantityIn('ar', 2, 'days')).toBe('يومان');
    expect(formatQuantityIn('fr', 3, 'weeks')).toMatch(/^3\ssemaines$/u); // CLDR puts a no-break space there
  });

  it('groups numbers as the language does, and prints symbols and compound units as written', () => {
    expect(formatNumberIn('en', 2900)).toBe('2,900');
    expect(formatNumberIn('de', 2900)).toBe('2.900');
    expect(formatNumberIn('ar', 2900)).toBe('2,900');
    expect(formatQuantityIn('en', 90, 'ms')).toBe('90 ms');
    expect(formatQuantityIn('de', 2.5, 'engineer-days')).toBe('2,5 engineer-days');
    expect(formatQuantityIn('en', 182, '£k/month')).toBe('£182k/month');
    expect(formatQuantityIn('en', 40, '%')).toBe('40%');
  });
});
