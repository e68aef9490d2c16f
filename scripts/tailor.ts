#!/usr/bin/env node
/**
 * npm run tailor -- <posting> [--write] [--company NAME] [--title TITLE] [--format md|json] [--content DIR]
 *
 * Matches a job posting (a JSON Resume job document, or plain text / Markdown) against your
 * accomplishments, learning and skills with BM25, and prints a coverage report: requirements with
 * the evidence that covers them, requirements with none, and the resume emphasis to use. With
 * --write it also drafts content/resumes/<company>-<title>.mdx (never replacing a file).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES } from '../src/schemas/index.ts';
import { draftVariant } from '../src/lib/career/draft-variant.ts';
import { checkEntryFile, formatEntryFile } from '../src/lib/career/entry-file.ts';
import { MAX_POSTING_CHARACTERS, readPosting } from '../src/lib/career/posting.ts';
import { tailor } from '../src/lib/career/tailor.ts';
import { renderTailorMarkdown } from '../src/lib/career/tailor-markdown.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { freeFileName, writeUnderFreeName } from '../src/lib/build/safe-write.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { mentionProblems, readContent, readStdin, shownPath, useContentFolder } from './lib/career-cli.ts';

const USAGE = 'npm run tailor -- <posting.json|posting.txt|-> [--write] [--company NAME] [--title TITLE] [--format md|json] [--content DIR]';

const HELP = `Usage: ${USAGE}

Reads a job posting — a JSON Resume job document (.json) or plain text / Markdown (anything else,
or - for standard input) — and reports how your content covers it.

  --write    also write a draft resume variant, content/resumes/<company>-<title>.mdx
  --company  the company, when the posting does not say (text postings: a "Company:" line)
  --title    the job title, when the posting's first line is not it
  --format   md (default) or json
  --content  the content folder (default: ./content or CAIRN_CONTENT_DIR)`;

function readPostingText(name: string): Promise<string> | string {
  if (name === '-') return readStdin();
  try {
    const stat = statSync(name);
    if (stat.isDirectory()) throw new UsageError(`tailor: ${name} is a folder: pass the posting file inside it, e.g. npm run tailor -- ${path.join(name, 'posting.txt')}`);
    // Checked before reading, so a mistaken path to a disk image does not fill memory; readPosting judges the text.
    if (stat.size > MAX_POSTING_CHARACTERS * 4) throw new UsageError(`tailor: the posting ${name} is ${(stat.size / 1024 / 1024).toFixed(1)} MB, far more than any job posting: save only the posting's own text to a .txt file`);
    return readFileSync(name, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : ((error as Error).message ?? String(error));
    throw new UsageError(`tailor: cannot read the posting ${name} (${reason}): pass the path of a job posting saved as .json, .md or .txt`);
  }
}

await runCommand(async () => {
  const { values, positionals } = parseCommandLine('tailor', USAGE, {
    write: { type: 'boolean' },
    company: { type: 'string' },
    title: { type: 'string' },
    format: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const [postingName, ...extra] = positionals;
  if (!postingName) throw new UsageError(`tailor: the posting is missing: save the job posting to a file and pass its path, e.g. npm run tailor -- posting.txt\nusage: ${USAGE}`);
  if (extra.length > 0) throw new UsageError(`tailor: one posting at a time; got ${positionals.length} (${positionals.join(', ')})`);
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') throw new UsageError(`tailor: --format "${format}" is not a format: use md or json`);

  const source = await readPostingText(postingName);
  const read = readPosting(postingName, source);
  if (!read.ok) throw new UsageError(`tailor: the posting ${postingName} ${read.reason}: ${read.fix}`);
  const posting = { ...read.posting };
  if (values.company?.trim()) posting.company = values.company.trim();
  if (values.title?.trim()) posting.title = values.title.trim();

  const contentDir = await useContentFolder('tailor', values.content);
  const { content, problems } = readContent('tailor', contentDir);
  const report = tailor(content, posting);

  let draft: { folder: string; baseName: string; text: string } | undefined;
  if (values.write) {
    const profile = content.profile[0];
    if (!profile) throw new UsageError('tailor: --write needs content/profile.mdx (the draft summary starts from your headline): run npm run check to see what is wrong with it');
    if (!posting.company) throw new UsageError(`tailor: --write needs the company, and ${postingName} does not name one: pass --company "Acme", or add a line "Company: Acme" to the posting`);
    if (!posting.title) throw new UsageError(`tailor: --write needs the job title: pass --title "Staff SRE"`);
    const variant = draftVariant(report, profile, posting.company, posting.title);
    const folder = path.join(contentDir, CONTENT_TYPES.resumes.folder);
    const file = path.join(folder, freeFileName(folder, variant.baseName));
    const text = formatEntryFile(variant.data, variant.body);
    const checked = checkEntryFile('resumes', shownPath(file), text, content);
    if (!checked.ok) throw new UsageError(checked.problems.map((problem) => `tailor: the draft would not pass the check: ${formatProblem(problem)}`).join('\n'));
    draft = { folder, baseName: variant.baseName, text };
  }

  process.stdout.write(format === 'json' ? `${JSON.stringify(report, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n` : renderTailorMarkdown(report, postingName === '-' ? 'the posting' : path.basename(postingName)));
  if (draft) {
    // Claimed by an exclusive create: a tailor of the same posting at the same moment takes the next name.
    const { folder, baseName, text } = draft;
    const file = writeUnderFreeName(folder, baseName, '.mdx', () => text);
    console.error(`tailor: wrote ${shownPath(file)}: a draft resume variant (visibility: resume); edit its summary, then npm run check`);
  }
  mentionProblems('tailor', problems);
});
