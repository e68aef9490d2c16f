#!/usr/bin/env node
/**
 * npm run import -- <resume.json | LinkedIn export .zip> [--force] [--content DIR] [--language CODE]
 *
 * Turns a JSON Resume document (https://jsonresume.org) into Cairn content: profile, roles,
 * an accomplishment per highlight, skills, education, certificates and a general resume variant.
 * A LinkedIn data export (the ZIP LinkedIn sends, known by its first bytes, not its name) is read
 * into a JSON Resume document first (src/lib/content/linkedin/), so everything after is shared.
 * The input is validated against the official schema first, with every problem in plain words;
 * the files are checked the way `npm run check` checks them before any is written; existing files
 * are never replaced without --force, and each file is written whole or not at all.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildDate } from '../src/lib/build/build-date.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { checkContentRules } from '../src/lib/content/content-rules.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { parseJsonResume, planImport, type PlannedFile } from '../src/lib/content/json-resume/import.ts';
import { looksLikeZip } from '../src/lib/content/linkedin/archive.ts';
import { readLinkedInExport } from '../src/lib/content/linkedin/read-export.ts';
import { writeFileAtomically } from '../src/lib/build/safe-write.ts';
import { asTemporaryFolderError, makeScratchFolder } from '../src/lib/build/temporary-folder.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { projectOptions } from './lib/options.ts';
import { commandToday } from './lib/career-cli.ts';
import { skillLevelWords } from '../src/lib/model/i18n/messages.ts';
import { buildModel } from '../src/lib/model/model.ts';
import { visibleContent } from '../src/lib/model/visibility.ts';
import { businessCardProblems } from '../src/lib/render/cards/card-check.ts';

const USAGE = 'npm run import -- <resume.json | LinkedIn export .zip> [--force] [--content DIR] [--language CODE]';

/** Far more than any resume (the longest real ones are under 100 KB), small enough to read at once. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A LinkedIn export is well under 1 MB (the basic one) to a few MB (the complete one, with years of
 * messages); the whole archive is held in memory to be read, so a larger file is refused unread.
 */
const MAX_ZIP_BYTES = 30 * 1024 * 1024;

function firstBytes(file: string): Uint8Array {
  const head = new Uint8Array(4);
  const handle = openSync(file, 'r');
  try {
    return head.subarray(0, readSync(handle, head, 0, 4, 0));
  } finally {
    closeSync(handle);
  }
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** Writes the planned files into a scratch folder; a full or unwritable temporary folder is said in one line. */
function writeScratchFiles(scratch: string, files: readonly PlannedFile[]): void {
  try {
    for (const file of files) writeFileAtomically(path.join(scratch, file.path), file.text);
  } catch (error) {
    throw asTemporaryFolderError(error);
  }
}

/** The planned files as `npm run check` would judge them, in a scratch folder: problems, if any. */
function checkPlan(files: readonly PlannedFile[]): string[] {
  const scratch = makeScratchFolder('cairn-import-');
  try {
    writeScratchFiles(scratch, files);
    const { content, problems } = loadContent(scratch);
    return [...problems, ...checkContentRules(content)].map((problem) => formatProblem({ ...problem, file: path.relative(scratch, problem.file) || problem.file }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Characters of the value proposition that the business cards can print, when they cannot print all of it. */
async function valuePropositionThatPrints(files: readonly PlannedFile[]): Promise<number | undefined> {
  const scratch = makeScratchFolder('cairn-import-cards-');
  try {
    writeScratchFiles(scratch, files);
    const { content } = loadContent(scratch);
    if (!content.profile[0]) return undefined;
    const problems = await businessCardProblems(buildModel(visibleContent(content, 'public')), 'https://example.com/');
    const fitting = problems
      .filter((problem) => problem.origin.kind === 'content' && problem.origin.collection === 'profile' && problem.origin.field[0] === 'valueProposition')
      .map((problem) => Number(/about (\d+) fit/.exec(problem.message)?.[1]))
      .filter((count) => Number.isFinite(count));
    return fitting.length > 0 ? Math.max(1, Math.min(...fitting) - 1) : undefined;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The plan, with the value proposition short enough for the business cards the build will draw:
 * measured as the build measures it, since how much fits depends on the script and its font.
 */
async function planThatPrints(document: Parameters<typeof planImport>[0], today: string, source: string, language: string | undefined) {
  const levelWords = skillLevelWords();
  let plan = planImport(document, today, { source, language, levelWords });
  for (let attempt = 0; attempt < 3; attempt++) {
    const fits = await valuePropositionThatPrints(plan.files);
    if (fits === undefined) return plan;
    plan = planImport(document, today, { valuePropositionLength: fits, source, language, levelWords });
  }
  return plan;
}

/** A language tag as the profile writes it (`fr`, `pt-BR`), or a usage error naming what was given. */
function languageCode(given: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(given.trim());
    if (canonical && /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/.test(canonical)) return canonical;
  } catch {
    // Reported below.
  }
  throw new UsageError(`import: --language takes a language code such as fr, de or pt-BR; received "${given}"`);
}

function kindOf(file: string): string {
  const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : 'profile';
  return folder;
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine('import', USAGE, {
    force: { type: 'boolean', default: false },
    content: { type: 'string' },
    language: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(`usage: ${USAGE}\n\nImports a JSON Resume document or a LinkedIn data export into content/ (or DIR). Existing files are kept unless --force.`);
    return;
  }
  if (positionals.length !== 1) throw new UsageError(`import: give exactly one JSON Resume file or LinkedIn export${positionals.length > 1 ? `; received ${positionals.length}` : ''}\nusage: ${USAGE}`);
  const language = values.language === undefined ? undefined : languageCode(values.language);
  const source = path.resolve(positionals[0]!);
  if (!existsSync(source)) throw new UsageError(`import: ${positionals[0]} does not exist\nusage: ${USAGE}`);
  if (statSync(source).isDirectory()) throw new UsageError(`import: ${positionals[0]} is a folder; give the .json file inside it`);
  const size = statSync(source).size;
  const zip = looksLikeZip(firstBytes(source));
  if (zip && size > MAX_ZIP_BYTES) {
    throw new UsageError(`import: ${positionals[0]} is ${(size / 1024 / 1024).toFixed(1)} MB; a LinkedIn data export is a few megabytes (at most ${MAX_ZIP_BYTES / 1024 / 1024} MB is read), so this is not one. Nothing was written.`);
  }
  if (!zip && size > MAX_FILE_BYTES) {
    throw new UsageError(`import: ${positionals[0]} is ${(size / 1024 / 1024).toFixed(1)} MB; a JSON Resume is a few kilobytes (at most ${MAX_FILE_BYTES / 1024 / 1024} MB is read), so this is not one. Nothing was written.`);
  }

  const parsed = zip ? readLinkedInExport(readFileSync(source)) : parseJsonResume(readFileSync(source, 'utf8'));
  if (!parsed.ok && zip) {
    const [first, ...more] = parsed.problems;
    throw new UsageError(
      more.length === 0
        ? `import: ${positionals[0]}: ${first}. Nothing was written.`
        : `import: ${positionals[0]} is a LinkedIn export Cairn cannot import (${parsed.problems.length} problems):\n${parsed.problems.map((problem) => `  ${problem}`).join('\n')}\nNothing was written.`,
    );
  }
  if (!parsed.ok) {
    throw new UsageError(
      `import: ${positionals[0]} is not a JSON Resume Cairn can import (${parsed.problems.length} problem${parsed.problems.length > 1 ? 's' : ''}):\n` +
        `${parsed.problems.map((problem) => `  ${problem}`).join('\n')}\n` +
        'Fix these in the file (the format is described at https://jsonresume.org/schema), then run the import again. Nothing was written.',
    );
  }

  const options = await projectOptions('import', { contentDir: values.content });
  // Highlights of a current job are dated today: CAIRN_TODAY pins it as for the other commands.
  const today = options.today !== undefined ? await commandToday('import') : buildDate(options.sourceDateEpoch);
  const plan = await planThatPrints(parsed.document, today, zip ? 'a LinkedIn export' : 'JSON Resume', language);
  const problems = checkPlan(plan.files);
  if (problems.length > 0) {
    throw new UsageError(`import: the content made from ${positionals[0]} would not pass npm run check, so nothing was written:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  }

  const { contentDir } = options;
  const targets = plan.files.map((file) => ({ ...file, target: path.join(contentDir, file.path) }));
  const existing = targets.filter((file) => existsSync(file.target));
  if (existing.length > 0 && !values.force) {
    throw new UsageError(
      `import: ${existing.length} of the ${targets.length} files already exist in ${displayPath(contentDir)}/, so nothing was written:\n` +
        `${existing.map((file) => `  ${displayPath(file.target)}`).join('\n')}\n` +
        'Pass --force to overwrite them, or --content DIR to import into another folder.',
    );
  }

  for (const file of targets) writeFileAtomically(file.target, file.text, { overwrite: values.force });

  const counts = new Map<string, number>();
  for (const file of plan.files) counts.set(kindOf(file.path), (counts.get(kindOf(file.path)) ?? 0) + 1);
  const replaced = new Set(existing.map((file) => file.target));
  console.log(`import: wrote ${targets.length} files to ${displayPath(contentDir)}/ (${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')})`);
  for (const file of targets) console.log(`  ${displayPath(file.target)}${replaced.has(file.target) ? '  (replaced)' : ''}`);
  if (parsed.changes.length > 0) {
    console.log(`\nread as found (${parsed.changes.length} ${parsed.changes.length === 1 ? 'change' : 'changes'} to what ${path.basename(source)} says, for the current JSON Resume schema):`);
    for (const change of parsed.changes) console.log(`  ${change.field}  ${change.read}  → ${change.written}`);
  }
  // A LinkedIn export adds what it left out, and names the file and row behind each JSON Resume path.
  const linkedIn = parsed as { notes?: string[]; locate?: (text: string) => string };
  const notes = [...(linkedIn.notes ?? []), ...plan.notes.map(linkedIn.locate ?? ((note) => note))];
  if (notes.length > 0) console.log(`\nnotes:\n${notes.map((note) => `  - ${note}`).join('\n')}`);
  // The build reads its folder from the environment, not from an option.
  console.log(`\nnext: ${values.content ? `npm run check -- --content ${values.content}, then CAIRN_CONTENT_DIR=${values.content} npm run build` : 'npm run check, then npm run build'}`);
}

await runCommand(main);
