/**
 * Calendar arithmetic on `YYYY-MM-DD` text, in UTC so that a day is always 24 hours and a review
 * run at 23:59 counts the same days as one run at 00:01.
 */

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (no 30 February). */
export function isCalendarDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toTime(day: string): number {
  const [year, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year!, month - 1, date);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The first day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date stands for. */
export function firstDayOf(date: string): string {
  return fromTime(toTime(date));
}

/** `day` moved by a whole number of days (negative to go back). */
export function addDays(day: string, days: number): string {
  return fromTime(toTime(day) + days * DAY_MS);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. Coarse dates count from their first day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/**
 * Today as `YYYY-MM-DD` in the person's own time zone. The `today` option (`CAIRN_TODAY`) pins
 * it, so tests and reports of "the last 90 days" are reproducible.
 */
export function today(pinned: string | undefined, now = new Date()): string {
  if (pinned && isCalendarDay(pinned)) return pinned;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
