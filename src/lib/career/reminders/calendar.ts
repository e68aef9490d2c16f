import ical, { ICalAlarmType, ICalEventRepeatingFreq, ICalEventTransparency, ICalWeekday } from 'ical-generator';
import { addDays, daysBetween } from '../dates.ts';
import type { Reminder, Weekday } from './reminders.ts';

const WEEKDAY: Record<Weekday, ICalWeekday> = { mo: ICalWeekday.MO, tu: ICalWeekday.TU, we: ICalWeekday.WE, th: ICalWeekday.TH, fr: ICalWeekday.FR, sa: ICalWeekday.SA, su: ICalWeekday.SU };

export interface CalendarOptions {
  /** The day the file is made, `YYYY-MM-DD`: its DTSTAMP, and the SEQUENCE that lets a newer file win. */
  today: string;
  /** The domain in each event's UID, e.g. the host of the profile's site. */
  domain: string;
  /** Shown as the calendar's name in apps that show one. */
  name: string;
}

/** A `YYYY-MM-DD` day at `HH:MM` as a Date whose UTC fields are those: written as floating time, the same wall-clock time in any zone. */
function wallClock(day: string, time: string): Date {
  return new Date(`${day}T${time}:00Z`);
}

/**
 * The reminders as an iCalendar file (RFC 5545), made with ical-generator: all-day events for
 * days, floating times for the weekly slot (16:00 wherever the person is that week), recurrence
 * by RRULE with COUNT or no end. UIDs are stable and SEQUENCE grows with the day it is made, so
 * importing a newer file moves an event rather than adding a second one.
 */
export function remindersCalendar(reminders: readonly Reminder[], options: CalendarOptions): string {
  const calendar = ical({
    prodId: { company: 'Cairn', product: 'career reminders', language: 'EN' },
    name: options.name,
    description: 'Goal reviews, check-ins with people and a weekly slot to log your work, from your Cairn content.',
  });
  const stamp = new Date(`${options.today}T00:00:00Z`);
  const sequence = daysBetween('2000-01-01', options.today);
  for (const reminder of reminders) {
    const repeating = reminder.repeat
      ? {
          freq: reminder.repeat.freq === 'weekly' ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.MONTHLY,
          interval: reminder.repeat.interval,
          ...(reminder.repeat.count !== undefined ? { count: reminder.repeat.count } : {}),
          ...(reminder.repeat.byDay !== undefined ? { byDay: [WEEKDAY[reminder.repeat.byDay]] } : {}),
        }
      : null;
    const common = {
      id: `cairn-${reminder.key}@${options.domain}`,
      sequence,
      stamp,
      summary: reminder.summary,
      description: reminder.description,
      repeating,
    };
    if (reminder.time === undefined) {
      // An all-day reminder does not block the day in a free/busy view.
      calendar.createEvent({ ...common, start: reminder.date, end: addDays(reminder.date, 1), allDay: true, transparency: ICalEventTransparency.TRANSPARENT });
    } else {
      const start = wallClock(reminder.date, reminder.time);
      calendar.createEvent({
        ...common,
        start,
        end: new Date(start.getTime() + (reminder.minutes ?? 15) * 60_000),
        floating: true,
        alarms: [{ type: ICalAlarmType.display, trigger: 600, description: reminder.summary }],
      });
    }
  }
  return calendar.toString();
}
