/**
 * Dates in a language, from Intl.DateTimeFormat: month names, their order and their spelling come
 * from the Unicode CLDR data shipped with Node, never from hand-written tables. English keeps the
 * US forms the resumes have always used (`Mar 2024`), so English output does not change.
 */

/** The locale dates are formatted in: `en` stays `en-US` as before; Arabic keeps Western digits, as résumés and ATS parsers expect. */
export function dateLocale(language: string): string {
  if (language === 'en') return 'en-US';
  if (language.split('-')[0] === 'ar') return `${language}-u-nu-latn`;
  return language;
}

/** The locale numbers are written in: the language's own grouping and decimals, Western digits as dates use. */
export function numberLocale(language: string): string {
  return dateLocale(language);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style: building one costs about 30 µs, and a large site formats tens of thousands of dates. */
function dateFormatter(language: string, style: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${language}\u0000${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale(language), { ...(style === 'day' ? { day: 'numeric' } : {}), month: 'short', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

function toUtcDate(isoDate: string): Date {
  const [year, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year!, month - 1, day));
}

/** `2024-03` or `2024-03-05` → `Mar 2024` (en), `März 2024` (de); `2024` → `2024`. */
export function formatMonthIn(language: string, isoDate: string): string {
  if (/^\d{4}$/.test(isoDate)) return isoDate;
  return dateFormatter(language, 'month').format(toUtcDate(isoDate));
}

/** `2024-03-05` → `Mar 5, 2024` (en), `5. März 2024` (de); coarser dates keep their precision. */
export function formatDayIn(language: string, isoDate: string): string {
  if (isoDate.length < 10) return formatMonthIn(language, isoDate);
  return dateFormatter(language, 'day').format(toUtcDate(isoDate));
}

/** `Mar 2021 – Present` (en), `März 2021 – heute` (de): an en dash with spaces, as resumes and ATS parsers expect. */
export function formatRangeIn(language: string, start: string | undefined, end: string | undefined, present: string): string {
  if (!start) return end ? formatMonthIn(language, end) : '';
  return `${formatMonthIn(language, start)} – ${end ? formatMonthIn(language, end) : present}`;
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Names joined as the language joins a list, from Intl.ListFormat's narrow form: `k8s, kube` in
 * English as before, `k8s, kube und K` in German, `k8s、kube、K` in Japanese and Chinese.
 */
export function formatListIn(language: string, items: readonly string[]): string {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(dateLocale(language), { type: 'conjunction', style: 'narrow' });
    listFormats.set(language, format);
  }
  return format.format(items);
}
