import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadContent, type LoadedContent } from '../../src/lib/content/load-content.ts';
import { isCalendarDay, today } from '../../src/lib/career/dates.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { UsageError } from './cli.ts';
import { projectOptions } from './options.ts';

/**
 * What the career commands (log, review, tailor, touch) share: where the content is, what day it
 * is, and how to read it, with the same one-line errors in each.
 */

/** `--content DIR` wins over `CAIRN_CONTENT_DIR`, which wins over astro.config.mjs, then `./content`. */
export async function useContentFolder(command: string, option: string | undefined): Promise<string> {
  return (await projectOptions(command, { contentDir: option })).contentDir;
}

/** A path as a person would type it from where they ran the command. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' ? '.' : relative.startsWith('..') ? file : relative;
}

export interface ReadContent {
  content: LoadedContent;
  /** Problems in other files: the command still runs, but says how many there are. */
  problems: Problem[];
}

/** Loads the content folder, refusing one that does not exist. */
export function readContent(command: string, contentDir: string): ReadContent {
  if (!existsSync(contentDir)) {
    throw new UsageError(`${command}: the content folder ${shownPath(contentDir)} does not exist: run from your Cairn folder, or pass --content DIR`);
  }
  return loadContent(contentDir);
}

/** Says once, on stderr, that other files need fixing, without stopping the command. */
export function mentionProblems(command: string, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const first = problems[0]!;
  console.error(`${command}: note: ${problems.length} problem${problems.length > 1 ? 's' : ''} elsewhere in your content (first: ${formatProblem(first)}); run npm run check to see all`);
}

/** Today, or the day pinned by `--today` / `CAIRN_TODAY`, refusing a date that does not exist. */
export async function commandToday(command: string, option?: string): Promise<string> {
  const pinned = option ?? (await projectOptions(command)).today;
  if (pinned !== undefined && !isCalendarDay(pinned)) {
    const source = option !== undefined ? '--today' : 'CAIRN_TODAY';
    throw new UsageError(`${command}: ${source} "${pinned}" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-24`);
  }
  return today(pinned);
}

/** Checks a `--since`-style date option. */
export function dayOption(command: string, name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDay(value.trim())) throw new UsageError(`${command}: --${name} "${value}" is not a real date: write it as YYYY-MM-DD, e.g. 2026-09-01`);
  return value.trim();
}

/** Everything piped into the command, or '' when nothing was. */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
