import { numberLocale } from './format.ts';

/**
 * A number with its unit, in a language: the number grouped as that language groups it (2,900 in
 * English, 2.900 in German), and a unit of time written out counted by CLDR's plural rules through
 * Intl.NumberFormat (1 day, 12 days; 1 Tag, 12 Tage; 5 dni). Symbols and compound units (ms, %,
 * £k/yr, engineer-days) are printed as the person wrote them.
 */

/** Units written out that CLDR counts, by how people write them. */
const TIME_UNITS: Readonly<Record<string, 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'>> = {
  second: 'second', seconds: 'second',
  minute: 'minute', minutes: 'minute',
  hour: 'hour', hours: 'hour',
  day: 'day', days: 'day',
  week: 'week', weeks: 'week',
  month: 'month', months: 'month',
  year: 'year', years: 'year',
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: string, unit?: string): Intl.NumberFormat {
  const key = `${language}\u0000${unit ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(numberLocale(language), unit ? { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
    formatters.set(key, found);
  }
  return found;
}

/** `2,900` (en), `2.900` (de). */
export function formatNumberIn(language: string, value: number): string {
  return formatter(language).format(value);
}

/** `90 ms`, `12 days`, `12 Tage`, `£1.2m`, `40%`: the value with its unit as the language writes it. */
export function formatQuantityIn(language: string, value: number, unit: string | undefined): string {
  if (!unit) return formatNumberIn(language, value);
  const timeUnit = TIME_UNITS[unit.toLowerCase()];
  if (timeUnit) return formatter(language, timeUnit).format(value);
  const number = formatNumberIn(language, value);
  // Currency-like units read before the number ($1.2M); the rest after it (90 ms, 40%).
  if (/^[$€£¥]/.test(unit)) return `${unit[0]}${number}${unit.slice(1)}`;
  return unit === '%' || unit.startsWith('x') || unit.startsWith('×') ? `${number}${unit}` : `${number} ${unit}`;
}
