#!/usr/bin/env node
/**
 * npm run init [-- --from resume.json|linkedin.zip] [--language CODE] [--yes] [--force] [--content DIR]
 *              [--name … --headline … --role … --employer … --since YYYY-MM --did … (up to 3) --email … --site …]
 *
 * Replaces the sample persona in content/ with your own start: from a JSON Resume or LinkedIn
 * export (through `npm run import`), or from a few answers (asked in the terminal, or given as
 * flags). It says what it will remove and asks first (`--yes` skips the question), refuses to
 * remove changes not yet committed to git (`--force` removes them anyway, keeping a copy), and
 * checks the result with `npm run check`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cancel, confirm, intro, isCancel, text } from '@clack/prompts';
import { answerProblems, answersAsJsonResume, START_DATE, type GivenAnswers, type InitAnswers } from '../src/lib/content/json-resume/from-answers.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { shownPath } from './lib/career-cli.ts';
import { projectOptions } from './lib/options.ts';

const USAGE = 'npm run init [-- --from resume.json|linkedin.zip] [--language CODE] [--yes] [--force] [--content DIR] [--name … --headline … --role … --employer … --since YYYY-MM --did … --email … --site …]';

/** How many accomplishments init asks for: enough for a first page, few enough to answer at once. */
const MAX_ACCOMPLISHMENTS = 3;

function answered<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) {
    cancel('init: cancelled; nothing was changed.');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

/** Every file under `folder`, relative to it, sorted. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name)) : [path.relative(folder, path.join(dir, name))]));
  return walk(folder).sort();
}

/** `12 accomplishments, 4 roles, profile.mdx …`: what a folder of content holds, by its sub-folders. */
function describeFiles(files: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    const folder = file.includes(path.sep) ? file.slice(0, file.indexOf(path.sep)) : file;
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].map(([folder, count]) => (folder.endsWith('.mdx') ? folder : `${folder}/ (${count})`)).join(', ');
}

/** Files under `folder` that git has not committed as they are: changed, added or untracked. Undefined outside a repository. */
function uncommittedFiles(folder: string): string[] | undefined {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: existsSync(folder) ? folder : path.dirname(folder), encoding: 'utf8' });
  if (top.error || top.status !== 0) return undefined;
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', folder], { cwd: top.stdout.trim(), encoding: 'utf8' });
  if (status.status !== 0) return undefined;
  return status.stdout.split('\n').filter(Boolean).map((line) => line.slice(3));
}

async function askForMissing(given: GivenAnswers): Promise<InitAnswers> {
  intro('Start your own Cairn');
  const ask = async (message: string, current: string | undefined, placeholder: string, validate?: (value: string) => string | undefined) =>
    current?.trim() ? current : answered(await text({ message, placeholder, validate: (value) => (!value?.trim() ? 'An answer is needed' : validate?.(value.trim())) })).trim();
  const name = await ask('Your name, as it should head your resume', given.name, 'Amara Nwosu');
  const headline = await ask('Your headline: what you do, in a line', given.headline, 'Product manager for clinical software');
  const title = await ask('Your current role’s title', given.role?.title, 'Charge Nurse');
  const employer = await ask('Where?', given.role?.employer, 'St. Mary’s Hospital');
  const start = await ask('Since when? (YYYY-MM)', given.role?.start, '2021-09', (value) => (START_DATE.test(value) ? undefined : 'Write the month as YYYY-MM'));
  const accomplishments = [...(given.accomplishments ?? [])];
  while (accomplishments.length < MAX_ACCOMPLISHMENTS) {
    const line = answered(
      await text({
        message: `Something you did there that you are proud of (${accomplishments.length + 1} of ${MAX_ACCOMPLISHMENTS}; leave empty to stop)`,
        placeholder: 'Cut medication-reconciliation errors on the ward by 40% with a new handover checklist',
      }),
    );
    if (!line?.trim()) break;
    accomplishments.push(line.trim());
  }
  return { name, headline, email: given.email, site: given.site, role: { title, employer, start }, accomplishments };
}

await runCommand(async () => {
  const { values } = parseCommandLine('init', USAGE, {
    from: { type: 'string' },
    language: { type: 'string' },
    yes: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    content: { type: 'string' },
    name: { type: 'string' },
    headline: { type: 'string' },
    email: { type: 'string' },
    site: { type: 'string' },
    role: { type: 'string' },
    employer: { type: 'string' },
    since: { type: 'string' },
    did: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(`usage: ${USAGE}\n\nReplaces the sample persona in content/ with your own start, from a resume file or a few answers.`);
    return;
  }
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const { contentDir } = await projectOptions('init', { contentDir: values.content });
  const shown = shownPath(contentDir);

  // What will be removed, and whether git can give it back.
  const existing = filesUnder(contentDir);
  const uncommitted = uncommittedFiles(contentDir);
  if (existing.length > 0 && uncommitted && uncommitted.length > 0 && !values.force) {
    throw new UsageError(
      `init: ${shown}/ has ${uncommitted.length} change${uncommitted.length > 1 ? 's' : ''} not committed to git, which init would remove:\n` +
        `${uncommitted.slice(0, 10).map((file) => `  ${file}`).join('\n')}${uncommitted.length > 10 ? `\n  … and ${uncommitted.length - 10} more` : ''}\n` +
        'Commit them first (git add content && git commit), or pass --force to remove them anyway (a copy is kept beside the folder). Nothing was changed.',
    );
  }

  // The new start, as a JSON Resume file the import reads.
  let source: string;
  let scratch: string | undefined;
  if (values.from) {
    source = path.resolve(values.from);
    if (!existsSync(source)) throw new UsageError(`init: ${values.from} does not exist; give a JSON Resume file or LinkedIn's export ZIP. Nothing was changed.`);
  } else {
    const given = {
      name: values.name,
      headline: values.headline,
      email: values.email,
      site: values.site,
      role: { title: values.role, employer: values.employer, start: values.since },
      accomplishments: values.did ?? [],
    };
    if ((values.did ?? []).length > MAX_ACCOMPLISHMENTS) throw new UsageError(`init: give at most ${MAX_ACCOMPLISHMENTS} --did; log more afterwards with npm run log. Nothing was changed.`);
    const missing = answerProblems(given);
    if (missing.length > 0 && !interactive) {
      throw new UsageError(`init: start from a resume with --from resume.json (or LinkedIn's export .zip), run init in a terminal to be asked, or give:\n${missing.map((line) => `  ${line}`).join('\n')}\nusage: ${USAGE}`);
    }
    const answers = missing.length > 0 ? await askForMissing(given) : (given as InitAnswers);
    const problems = answerProblems(answers);
    if (problems.length > 0) throw new UsageError(`init: ${problems.length} answer${problems.length > 1 ? 's' : ''} cannot be used:\n${problems.map((line) => `  ${line}`).join('\n')}\nNothing was changed.`);
    scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-init-'));
    source = path.join(scratch, 'answers.resume.json');
    writeFileSync(source, JSON.stringify(answersAsJsonResume(answers), null, 2));
  }

  if (existing.length > 0) {
    console.log(`init: this removes the ${existing.length} files now in ${shown}/: ${describeFiles(existing)}.`);
    console.log(uncommitted ? '      They stay in git history (git log -- content) if you want them back.' : `      ${shown}/ is not in a git repository: a copy is kept in ${shown}-before-init/.`);
    if (!values.yes) {
      if (!interactive) throw new UsageError('init: pass --yes to confirm, or run init in a terminal to be asked. Nothing was changed.');
      if (!answered(await confirm({ message: `Remove them and start ${shown}/ afresh?`, initialValue: false }))) {
        cancel('init: nothing was changed.');
        process.exit(1);
      }
    }
  }

  // The old content is moved aside, not deleted, until the import has written the new.
  const aside = `${contentDir}-before-init`;
  if (existsSync(aside)) throw new UsageError(`init: ${shownPath(aside)}/ exists from an earlier init; move or delete it first. Nothing was changed.`);
  if (existsSync(contentDir)) renameSync(contentDir, aside);
  mkdirSync(contentDir, { recursive: true });
  const imported = spawnSync(process.execPath, [path.join(import.meta.dirname, 'import-json-resume.ts'), source, ...(values.content ? ['--content', values.content] : []), ...(values.language ? ['--language', values.language] : [])], { stdio: 'inherit', env: process.env });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (imported.status !== 0) {
    rmSync(contentDir, { recursive: true, force: true });
    if (existsSync(aside)) renameSync(aside, contentDir);
    console.error(`init: ${shown}/ is as it was.`);
    process.exit(1);
  }
  // A copy is kept only when git cannot give the files back.
  const keepCopy = existing.length > 0 && (!uncommitted || uncommitted.length > 0);
  if (!keepCopy) rmSync(aside, { recursive: true, force: true });
  else console.log(`init: the earlier files are in ${shownPath(aside)}/; delete it when you no longer need them.`);

  const check = spawnSync(process.execPath, [path.join(import.meta.dirname, 'check.ts'), ...(values.content ? ['--content', values.content] : [])], { stdio: 'inherit', env: process.env });
  if (check.status !== 0) process.exit(check.status ?? 1);
  console.log(`\ninit: ${shown}/ is yours. Next: npm run dev to see it, npm run log to add what you do, npm run build to publish.`);
});
