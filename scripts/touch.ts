#!/usr/bin/env node
/**
 * npm run touch -- <person> "<note>" [--date YYYY-MM-DD] [--content DIR]
 *
 * Records a contact with someone in content/network/ without opening an editor: appends
 * `- **date**: note` to the file's contact log and moves `lastContact` forward to that date.
 * The person is their file name (`priya-raman`) or their name ("Priya Raman").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entryIdFrom } from '../src/lib/content/slug.ts';
import { recordContact } from '../src/lib/career/contact-log.ts';
import { checkEntryFile } from '../src/lib/career/entry-file.ts';
import { findContact, namesakes } from '../src/lib/career/network.ts';
import { closestMatch } from '../src/lib/content/similar.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { writeFileAtomically } from '../src/lib/build/safe-write.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { commandToday, dayOption, readContent, shownPath, useContentFolder } from './lib/career-cli.ts';

const USAGE = 'npm run touch -- <person> "<note>" [--date YYYY-MM-DD] [--content DIR]';

const HELP = `Usage: ${USAGE}

Records a contact: appends the date and note to content/network/<person>.mdx and updates its
lastContact. <person> is the file name (priya-raman) or the name in quotes ("Priya Raman").

  --date     when you were in touch (default: today)
  --content  the content folder (default: ./content or CAIRN_CONTENT_DIR)`;

await runCommand(async () => {
  const { values, positionals } = parseCommandLine('touch', USAGE, {
    date: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const [person, note, ...extra] = positionals;
  if (!person) throw new UsageError(`touch: say who: npm run touch -- priya-raman "Coffee; she is hiring SREs"\nusage: ${USAGE}`);
  if (!note?.trim()) throw new UsageError(`touch: the note is missing: add what you talked about, in quotes, e.g. npm run touch -- ${person} "Coffee; she is hiring SREs"`);
  if (extra.length > 0) throw new UsageError(`touch: got more than a person and a note ("${extra[0]}"): put the note in quotes, e.g. npm run touch -- ${person} "${[note, ...extra].join(' ')}"`);
  const date = dayOption('touch', 'date', values.date) ?? (await commandToday('touch'));

  const contentDir = await useContentFolder('touch', values.content);
  const { content } = readContent('touch', contentDir);
  const contact = findContact(content.network, person, entryIdFrom);
  const sameFirstName = contact ? [] : namesakes(content.network, person);
  if (sameFirstName.length > 1) {
    throw new UsageError(`touch: ${sameFirstName.length} people are called "${person}" in content/network/: ${sameFirstName.map((entry) => `${entry.id} (${entry.data.name})`).join(', ')}; give the id of the one you mean`);
  }
  if (!contact) {
    const names = content.network.flatMap((entry) => [entry.id, entry.data.name]);
    const near = closestMatch(person, names);
    const hint =
      content.network.length === 0
        ? `create content/network/${entryIdFrom(person)}.mdx first (name, lastContact, cadence)`
        : near
          ? `did you mean "${near}"?`
          : `use one of ${content.network.map((entry) => entry.id).join(', ')}, or create content/network/${entryIdFrom(person)}.mdx`;
    throw new UsageError(`touch: nobody called "${person}" in content/network/: ${hint}`);
  }

  const file = path.resolve(contact.file);
  const updated = recordContact(readFileSync(file, 'utf8'), date, note);
  if (!updated.ok) throw new UsageError(`touch: ${shownPath(file)} ${updated.reason}: fix it (npm run check shows where), then touch again`);
  const checked = checkEntryFile('network', shownPath(file), updated.text);
  if (!checked.ok) throw new UsageError(checked.problems.map((problem) => `touch: ${formatProblem(problem)}`).join('\n'));
  writeFileAtomically(file, updated.text, { overwrite: true });
  console.log(`touch: recorded ${date} with ${contact.data.name} in ${shownPath(file)}; next check-in due in ${contact.data.cadence} days`);
});
