#!/usr/bin/env node
/**
 * npm run reminders -- [--out FILE] [--force] [--day mo|tu|we|th|fr|sa|su] [--time HH:MM] [--minutes N]
 *   [--today YYYY-MM-DD] [--content DIR]
 *
 * Writes an iCalendar file (out/reminders.ics by default; never into dist/) with each goal's
 * review dates and target, the network's overdue and coming check-ins, and a weekly slot to log
 * the week. Import it into a calendar app, or subscribe to it; run again to bring it up to date.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { FileExistsError, writeFileAtomically } from '../src/lib/build/safe-write.ts';
import { fileSystemReason } from '../src/lib/build/file-system-errors.ts';
import { remindersCalendar } from '../src/lib/career/reminders/calendar.ts';
import { buildReminders, DEFAULT_WEEKLY_SLOT, type Weekday } from '../src/lib/career/reminders/reminders.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { commandToday, mentionProblems, readContent, shownPath } from './lib/career-cli.ts';
import { projectOptions } from './lib/options.ts';

const USAGE = 'npm run reminders -- [--out FILE] [--force] [--day mo|tu|we|th|fr|sa|su] [--time HH:MM] [--minutes N] [--today YYYY-MM-DD] [--content DIR]';

const HELP = `Usage: ${USAGE}

Writes an iCalendar file for your calendar app: each goal's reviews (monthly for a 12-month goal,
each quarter for a 3-5-year one) and its target date, check-ins with people that are overdue (today)
or coming (on their day), and a weekly slot to log your week.

  --out      the file (default: out/reminders.ics, replaced each run; another file is never replaced without --force)
  --force    replace the --out file if it exists
  --day      the weekly slot's day (default: fr)
  --time     its time, HH:MM, wherever you are that week (default: 16:00)
  --minutes  its length (default: 15)
  --today    the day to count from (default: today, or CAIRN_TODAY)
  --content  the content folder (default: ./content or CAIRN_CONTENT_DIR)`;

const DAY_NAMES: Record<string, Weekday> = { monday: 'mo', tuesday: 'tu', wednesday: 'we', thursday: 'th', friday: 'fr', saturday: 'sa', sunday: 'su' };

await runCommand(async () => {
  const { values, positionals } = parseCommandLine('reminders', USAGE, {
    out: { type: 'string' },
    force: { type: 'boolean' },
    day: { type: 'string' },
    time: { type: 'string' },
    minutes: { type: 'string' },
    today: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals.length > 0) throw new UsageError(`reminders: unexpected "${positionals[0]}": name the file with --out, e.g. npm run reminders -- --out ${positionals[0]}\nusage: ${USAGE}`);
  const slot = { ...DEFAULT_WEEKLY_SLOT };
  if (values.day !== undefined) {
    const written = values.day.trim().toLowerCase();
    const day = Object.entries(DAY_NAMES).find(([name, code]) => written === code || (written.length >= 3 && name.startsWith(written)))?.[1];
    if (!day) throw new UsageError(`reminders: --day "${values.day}" is not a day of the week: use mo, tu, we, th, fr, sa or su (or the name, e.g. friday)`);
    slot.day = day;
  }
  if (values.time !== undefined) {
    const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(values.time.trim());
    if (!match) throw new UsageError(`reminders: --time "${values.time}" is not a time: write it as HH:MM on a 24-hour clock, e.g. 16:30`);
    slot.time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  }
  if (values.minutes !== undefined) {
    const minutes = Number(values.minutes);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) throw new UsageError(`reminders: --minutes "${values.minutes}" is not a length: give whole minutes from 5 to 240, e.g. 15`);
    slot.minutes = minutes;
  }

  const today = await commandToday('reminders', values.today);
  const options = await projectOptions('reminders', { contentDir: values.content });
  const { content, problems } = readContent('reminders', options.contentDir);
  mentionProblems('reminders', problems);

  const outFolder = options.outDir ?? path.join(options.root, 'out');
  const file = path.resolve(values.out ?? path.join(outFolder, 'reminders.ics'));
  const published = path.join(options.root, 'dist');
  if (file === published || file.startsWith(published + path.sep)) {
    throw new UsageError(`reminders: --out ${values.out} is inside dist/, which is published: your goals and the people you know would go public; leave --out out to write ${shownPath(path.join(outFolder, 'reminders.ics'))}`);
  }
  if (values.out !== undefined && (/[\\/]$/.test(values.out) || statSync(file, { throwIfNoEntry: false })?.isDirectory())) {
    throw new UsageError(`reminders: --out ${values.out} is a folder: give the file a name, e.g. --out ${path.join(values.out, 'reminders.ics')}`);
  }

  const reminders = buildReminders(content, today, slot);
  const site = content.profile[0]?.data.site;
  const domain = site ? new URL(site).hostname : 'cairn.invalid';
  const name = content.profile[0]?.data.name;
  const text = remindersCalendar(reminders, { today, domain, name: name ? `${name}: career reminders` : 'Career reminders' });
  try {
    writeFileAtomically(file, text, { overwrite: values.out === undefined || values.force === true });
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(`reminders: ${shownPath(file)} already exists: pass --force to replace it, or choose another --out`);
    const reason = fileSystemReason(error);
    if (reason) throw new UsageError(`reminders: cannot write ${shownPath(file)}: ${reason}; choose another --out`);
    throw error;
  }
  const count = (kind: string) => reminders.filter((reminder) => reminder.kind.startsWith(kind)).length;
  const overdue = reminders.filter((reminder) => reminder.kind === 'check-in-overdue').length;
  const weekly = reminders.find((reminder) => reminder.kind === 'weekly-log')!;
  console.log(
    `reminders: wrote ${shownPath(file)}: ${count('goal-review')} goal review series, ${count('goal-target') + count('goal-overdue')} goal target${count('goal-target') + count('goal-overdue') === 1 ? '' : 's'}, ` +
      `${count('check-in')} check-in${count('check-in') === 1 ? '' : 's'} (${overdue} overdue), and the weekly log slot from ${weekly.date} at ${weekly.time}; import it into your calendar app`,
  );
});
