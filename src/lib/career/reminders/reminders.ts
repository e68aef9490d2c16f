import type { LoadedContent } from '../../content/load-content.ts';
import { addDays, daysBetween, firstDayOf } from '../dates.ts';
import { overdueContacts } from '../network.ts';

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One thing to put in the calendar: a day (all day), or a time on it, perhaps repeating. */
export interface Reminder {
  /** Stable across runs, so importing a newer file updates an event instead of adding a second one. */
  key: string;
  kind: 'goal-review' | 'goal-target' | 'goal-overdue' | 'check-in' | 'check-in-overdue' | 'weekly-log';
  summary: string;
  description: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` in the person's own time, wherever they are; an all-day event without it. */
  time?: string | undefined;
  minutes?: number | undefined;
  repeat?: { freq: 'weekly' | 'monthly'; interval: number; count?: number | undefined; byDay?: Weekday | undefined } | undefined;
}

export interface WeeklySlot {
  day: Weekday;
  /** `HH:MM`. */
  time: string;
  minutes: number;
}

export const DEFAULT_WEEKLY_SLOT: WeeklySlot = { day: 'fr', time: '16:00', minutes: 15 };

/** Months between reviews of a goal, by its horizon: a year's goal monthly, a longer one each quarter. */
export const REVIEW_MONTHS = { '12-months': 1, '3-5-years': 3 } as const;

function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function monthStart(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The last day a `YYYY-MM` target stands for (the whole month), or the day itself. */
export function targetDay(target: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(target)) return target;
  return addDays(monthStart(monthIndex(firstDayOf(target)) + 1), -1);
}

/** The first `weekday` on or after `day`. */
export function nextWeekday(day: string, weekday: Weekday): string {
  // 2024-01-01 was a Monday.
  const today = ((daysBetween('2024-01-01', day) % 7) + 7) % 7;
  return addDays(day, (WEEKDAYS.indexOf(weekday) - today + 7) % 7);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * What the calendar should hold on `today`:
 * - each goal's reviews, on the first of the month, monthly for a 12-month goal and each quarter
 *   for a 3-5-year one, up to its target date, and the target date itself; a goal past its target
 *   gets one reminder today to close it or set a new date;
 * - each check-in past due (today, saying since when) and each one coming (on its day);
 * - a weekly slot to log the week.
 */
export function buildReminders(content: LoadedContent, today: string, slot: WeeklySlot = DEFAULT_WEEKLY_SLOT): Reminder[] {
  const reminders: Reminder[] = [];
  for (const goal of [...content.goals].sort((a, b) => a.id.localeCompare(b.id))) {
    const { title, horizon, targetDate, skills } = goal.data;
    const target = targetDay(targetDate);
    const skillLine = skills.length > 0 ? ` Skills that move it: ${skills.join(', ')}.` : '';
    if (target < today) {
      reminders.push({
        key: `goal-${goal.id}`,
        kind: 'goal-overdue',
        summary: `Goal past its target: ${title}`,
        description: `The target was ${targetDate}. Mark it reached, or set a new targetDate in ${goal.file}.${skillLine}`,
        date: today,
      });
      continue;
    }
    const every = REVIEW_MONTHS[horizon];
    // Reviews fall on the first of a month (a quarter's first month for a quarterly one), after today and before the target.
    let first = monthIndex(today) + 1;
    if (every === 3) first += (3 - (first % 3)) % 3;
    let count = 0;
    while (monthStart(first + count * every) < target) count++;
    if (count > 0) {
      reminders.push({
        key: `goal-review-${goal.id}`,
        kind: 'goal-review',
        summary: `Review goal: ${title}`,
        description: `${horizon === '12-months' ? 'A 12-month goal, reviewed monthly' : 'A 3-5-year goal, reviewed each quarter'}; target ${targetDate}. npm run review shows the evidence since the last review.${skillLine}`,
        date: monthStart(first),
        repeat: { freq: 'monthly', interval: every, count },
      });
    }
    reminders.push({
      key: `goal-target-${goal.id}`,
      kind: 'goal-target',
      summary: `Goal target: ${title}`,
      description: `The day you set for it (targetDate ${targetDate} in ${goal.file}).${skillLine}`,
      date: target,
    });
  }

  const overdue = new Map(overdueContacts(content.network, today).map((contact) => [contact.id, contact]));
  for (const contact of [...content.network].sort((a, b) => a.id.localeCompare(b.id))) {
    const { name, organisation, cadence, caresAbout } = contact.data;
    const who = organisation ? `${name} (${organisation})` : name;
    const cares = caresAbout.length > 0 ? ` Cares about: ${caresAbout.join('; ')}.` : '';
    const after = ` After you talk: npm run touch -- ${contact.id} "what you talked about".`;
    const late = overdue.get(contact.id);
    if (late) {
      const since = late.dueOn === undefined ? 'no contact is recorded yet' : `it was due ${late.dueOn}, ${plural(late.daysOverdue ?? 0, 'day')} ago`;
      reminders.push({ key: `check-in-${contact.id}`, kind: 'check-in-overdue', summary: `Overdue check-in: ${who}`, description: `Every ${plural(cadence, 'day')}; ${since}.${cares}${after}`, date: today });
      continue;
    }
    const from = contact.data.lastContact ?? (contact.data.met ? firstDayOf(contact.data.met) : undefined);
    if (!from) continue;
    const due = addDays(from, cadence);
    reminders.push({
      key: `check-in-${contact.id}`,
      kind: 'check-in',
      summary: `Check in with ${who}`,
      description: `Every ${plural(cadence, 'day')}; last contact ${from}.${cares}${after}`,
      date: due,
    });
  }

  reminders.push({
    key: 'weekly-log',
    kind: 'weekly-log',
    summary: 'Log your week',
    description: 'What did you ship, what did you learn, who did you help? npm run weekly asks, with your week’s commits and overdue check-ins filled in.',
    date: nextWeekday(today, slot.day),
    time: slot.time,
    minutes: slot.minutes,
    repeat: { freq: 'weekly', interval: 1, byDay: slot.day },
  });
  return reminders;
}
