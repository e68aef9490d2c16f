import type { Impact } from '../../schemas/accomplishment.ts';
import { formatDayIn, formatMonthIn, formatRangeIn, numberLocale } from './i18n/format.ts';
import { messagesFor } from './i18n/messages.ts';
import { formatQuantityIn } from './i18n/quantity.ts';


/** `2024-03` or `2024-03-05` → `Mar 2024`; `2024` → `2024`. In another language with `language` (see i18n/format.ts). */
export function formatMonth(isoDate: string, language = 'en'): string {
  return formatMonthIn(language, isoDate);
}

/** `2024-03-05` → `Mar 5, 2024`; coarser dates keep their precision. */
export function formatDay(isoDate: string, language = 'en'): string {
  return formatDayIn(language, isoDate);
}

/** `Mar 2021 – Present`, `2012 – 2016`; an en dash with spaces, as resumes and ATS parsers expect. */
export function formatRange(start: string | undefined, end: string | undefined, language = 'en'): string {
  return formatRangeIn(language, start, end, messagesFor(language).present);
}

/** Whole months from start to end (or to `today`), at least 1. */
export function monthsBetween(start: string, end: string): number {
  const [startYear, startMonth = 1] = start.split('-').map(Number);
  const [endYear, endMonth = 1] = end.split('-').map(Number);
  return Math.max(1, (endYear! - startYear!) * 12 + (endMonth - startMonth) + 1);
}

const tenureFormats = new Map<string, Intl.DurationFormat>();

/**
 * `2 yrs 3 mos` — the tenure line people scan for on a timeline. English keeps that form; other
 * languages take CLDR's short duration through Intl.DurationFormat, plural forms included
 * (`7 J, 11 Mon.`, `2 lata i 1 mies.`, `سنتان وشهر`, `7年11个月`).
 */
export function formatTenure(months: number, language = 'en'): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (language === 'en' || typeof Intl.DurationFormat !== 'function') {
    const parts = [years > 0 ? `${years} yr${years > 1 ? 's' : ''}` : '', rest > 0 ? `${rest} mo${rest > 1 ? 's' : ''}` : ''];
    return parts.filter(Boolean).join(' ');
  }
  let format = tenureFormats.get(language);
  if (!format) {
    format = new Intl.DurationFormat(numberLocale(language), { style: 'short' });
    tenureFormats.set(language, format);
  }
  return format.format({ years, months: rest });
}

/** The figure of an impact metric: `800 → 90 ms`, `12 days → 1 day`, or `$1.2M` when there is no before; numbers and units of time in `language`. */
export function formatImpactValue(impact: Impact, language = 'en'): string {
  const to = formatQuantityIn(language, impact.to, impact.unit);
  if (impact.from === undefined) return to;
  return `${formatQuantityIn(language, impact.from, impact.unit)} → ${to}`;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * Relative change, e.g. `−89%` or `+240%`, when a before value makes it meaningful; the percentage
 * as `language` writes it (`−89 %` in German and French, `−%89` in Turkish). The sign is always the
 * true minus, and bidi marks are left out: the figure is shown as an isolated left-to-right piece.
 */
export function formatImpactChange(impact: Impact, language = 'en'): string | undefined {
  if (impact.from === undefined || impact.from === 0 || impact.unit === '%') return undefined;
  const change = ((impact.to - impact.from) / Math.abs(impact.from)) * 100;
  if (!Number.isFinite(change) || Math.abs(change) < 1) return undefined;
  const rounded = Math.round(change);
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(language), { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(language, format);
  }
  return `${rounded > 0 ? '+' : '−'}${format.format(Math.abs(rounded) / 100).replace(/[\u200e\u200f\u061c]/g, '')}`;
}

/** `30 s`, `1 min`, `2 min 30 s`. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
