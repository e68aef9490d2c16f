import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCommand } from './run.ts';

const reminders = (cwd: string, args: string[] = [], env: Record<string, string> = {}) => runCommand('reminders', ['--content', 'content', ...args], { cwd, env });

interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  floating: boolean;
  rrule: string | undefined;
  occurrences: string[];
  alarms: number;
}

/**
 * The file read back by ical.js, Mozilla's RFC 5545 parser (Thunderbird's), reading every
 * property's value so a malformed one throws, and expanding each recurrence.
 */
function readCalendar(text: string): { properties: Record<string, string>; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const component of [calendar, ...calendar.getAllSubcomponents()]) {
    for (const property of component.getAllProperties()) property.getValues();
    for (const inner of component.getAllSubcomponents()) for (const property of inner.getAllProperties()) property.getValues();
  }
  const properties = Object.fromEntries(calendar.getAllProperties().map((property) => [property.name, String(property.getFirstValue())]));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const occurrences: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && occurrences.length < 60; next = iterator.next()) occurrences.push(next.toString());
    const rrule = component.getFirstPropertyValue('rrule');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      floating: event.startDate.zone === ICAL.Timezone.localTimezone,
      rrule: rrule ? String(rrule) : undefined,
      occurrences,
      alarms: component.getAllSubcomponents('valarm').length,
    };
  });
  return { properties, events };
}

describe('npm run reminders', () => {
  it('writes out/reminders.ics with goal reviews, check-ins and the weekly slot, which an iCalendar reader reads back', () => {
    const cwd = copyFixture();
    const result = reminders(cwd);
    expect(result).toEqual({
      status: 0,
      stdout: 'reminders: wrote out/reminders.ics: 1 goal review series, 1 goal target, 3 check-ins (2 overdue), and the weekly log slot from 2026-07-03 at 16:00; import it into your calendar app\n',
      stderr: '',
    });
    const text = readFileSync(path.join(cwd, 'out/reminders.ics'), 'utf8');
    const { properties, events } = readCalendar(text);
    expect(properties).toMatchObject({ version: '2.0', prodid: '-//Cairn//career reminders//EN' });
    expect(events.map((event) => [event.uid, event.summary, event.start, event.allDay])).toEqual([
      ['cairn-goal-review-lead-team@noor.example', 'Review goal: Lead a platform team of five', '2026-07-01', true],
      ['cairn-goal-target-lead-team@noor.example', 'Goal target: Lead a platform team of five', '2027-03-31', true],
      ['cairn-check-in-ana-lima@noor.example', 'Overdue check-in: Ana Lima (Globex)', '2026-06-30', true],
      ['cairn-check-in-ben-okoro@noor.example', 'Check in with Ben Okoro (Initech)', '2026-09-18', true],
      ['cairn-check-in-cara-ng@noor.example', 'Overdue check-in: Cara Ng', '2026-06-30', true],
      ['cairn-weekly-log@noor.example', 'Log your week', '2026-07-03T16:00:00', false],
    ]);
    // A 12-month goal is reviewed on the first of each month until its target month, March 2027.
    expect(events[0]!.occurrences).toEqual(['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01']);
    expect(events[2]!.description).toBe('Every 60 days; it was due 2026-04-30, 61 days ago. Cares about: Hiring platform engineers; Her cycling club. After you talk: npm run touch -- ana-lima "what you talked about".');
    expect(events[3]!.occurrences).toEqual(['2026-09-18']);
    // The weekly slot: every Friday at 16:00 wherever the person is, a quarter of an hour, with a reminder.
    const weekly = events[5]!;
    expect([weekly.floating, weekly.end, weekly.rrule, weekly.alarms]).toEqual([true, '2026-07-03T16:15:00', 'FREQ=WEEKLY;BYDAY=FR', 1]);
    expect(weekly.occurrences.slice(0, 3)).toEqual(['2026-07-03T16:00:00', '2026-07-10T16:00:00', '2026-07-17T16:00:00']);
  });

  it('is valid RFC 5545 text: CRLF lines of at most 75 octets, each event with a UID, DTSTAMP and DTSTART', () => {
    const cwd = copyFixture();
    expect(reminders(cwd).status).toBe(0);
    const text = readFileSync(path.join(cwd, 'out/reminders.ics'), 'utf8');
    expect(text.endsWith('END:VCALENDAR\r\n') || text.endsWith('END:VCALENDAR')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line.includes('\n'))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    const events = text.split('BEGIN:VEVENT').slice(1).map((event) => event.split('END:VEVENT')[0]!);
    for (const event of events) for (const property of ['UID:', 'DTSTAMP:', 'DTSTART']) expect(event).toContain(`\r\n${property}`);
    // RRULE with an end never mixes a date-time UNTIL with an all-day start: reviews end by COUNT.
    expect(text).not.toContain('UNTIL=');
  });

  it('makes the same bytes in any time zone, and a newer file updates the same events', () => {
    const cwd = copyFixture();
    const texts = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'].map((zone, index) => {
      expect(reminders(cwd, ['--out', `zone-${index}.ics`], { TZ: zone }).status).toBe(0);
      return readFileSync(path.join(cwd, `zone-${index}.ics`), 'utf8');
    });
    expect(new Set(texts).size).toBe(1);
    expect(reminders(cwd, ['--out', 'later.ics', '--today', '2026-07-14']).status).toBe(0);
    const now = readCalendar(texts[0]!).events;
    const later = readCalendar(readFileSync(path.join(cwd, 'later.ics'), 'utf8')).events;
    expect(later.map((event) => event.uid)).toEqual(now.map((event) => event.uid));
    expect(readFileSync(path.join(cwd, 'later.ics'), 'utf8')).toMatch(/\r\nSEQUENCE:9691\r\n/);
  });

  it('takes the weekly slot from --day, --time and --minutes', () => {
    const cwd = copyFixture();
    const result = reminders(cwd, ['--day', 'Monday', '--time', '9:30', '--minutes', '20']);
    expect(result.stdout).toContain('the weekly log slot from 2026-07-06 at 09:30');
    const weekly = readCalendar(readFileSync(path.join(cwd, 'out/reminders.ics'), 'utf8')).events.at(-1)!;
    expect([weekly.start, weekly.end, weekly.rrule]).toEqual(['2026-07-06T09:30:00', '2026-07-06T09:50:00', 'FREQ=WEEKLY;BYDAY=MO']);
  });

  it('replaces its own out/reminders.ics, and another file only with --force', () => {
    const cwd = copyFixture();
    expect(reminders(cwd).status).toBe(0);
    expect(reminders(cwd, ['--today', '2026-07-01']).status).toBe(0);
    expect(readFileSync(path.join(cwd, 'out/reminders.ics'), 'utf8')).toContain('DTSTAMP:20260701T000000Z');
    writeFileSync(path.join(cwd, 'mine.ics'), 'mine');
    const refused = reminders(cwd, ['--out', 'mine.ics']);
    expect([refused.status, refused.stderr]).toEqual([1, 'reminders: mine.ics already exists: pass --force to replace it, or choose another --out\n']);
    expect(readFileSync(path.join(cwd, 'mine.ics'), 'utf8')).toBe('mine');
    expect(reminders(cwd, ['--out', 'mine.ics', '--force']).status).toBe(0);
  });

  it.each([
    [['--out', 'dist/reminders.ics'], 'reminders: --out dist/reminders.ics is inside dist/, which is published: your goals and the people you know would go public; leave --out out to write out/reminders.ics'],
    [['--out', 'out/'], 'reminders: --out out/ is a folder: give the file a name, e.g. --out out/reminders.ics'],
    [['--day', 'someday'], 'reminders: --day "someday" is not a day of the week: use mo, tu, we, th, fr, sa or su (or the name, e.g. friday)'],
    [['--time', '25:00'], 'reminders: --time "25:00" is not a time: write it as HH:MM on a 24-hour clock, e.g. 16:30'],
    [['--minutes', 'ten'], 'reminders: --minutes "ten" is not a length: give whole minutes from 5 to 240, e.g. 15'],
    [['--today', '2026-02-30'], 'reminders: --today "2026-02-30" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-24'],
    [['calendar.ics'], 'reminders: unexpected "calendar.ics": name the file with --out, e.g. npm run reminders -- --out calendar.ics'],
  ])('refuses %j with one line naming the problem and the fix, and writes nothing', (args, message) => {
    const cwd = copyFixture();
    mkdirSync(path.join(cwd, 'out'));
    const result = reminders(cwd, args);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(existsSync(path.join(cwd, 'out/reminders.ics'))).toBe(false);
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false);
  });
});
