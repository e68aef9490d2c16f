#!/usr/bin/env node
/**
 * npm run review -- [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format md|json] [--out FILE] [--force]
 *   [--today YYYY-MM-DD] [--content DIR]
 *
 * A period report for a performance review or a quarterly look back: accomplishments by role and
 * by skill, their impact, skills practised and gone quiet, goal progress, the gap of each resume
 * variant, relationships overdue for a check-in and interview lessons. Private entries included.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { buildReview, defaultPeriod } from '../src/lib/career/review.ts';
import { renderReviewMarkdown } from '../src/lib/career/review-markdown.ts';
import { FileExistsError, writeFileAtomically } from '../src/lib/build/safe-write.ts';
import { fileSystemReason } from '../src/lib/build/file-system-errors.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { commandToday, dayOption, mentionProblems, readContent, shownPath, useContentFolder } from './lib/career-cli.ts';

const USAGE = 'npm run review -- [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format md|json] [--out FILE] [--force] [--today YYYY-MM-DD] [--content DIR]';

const HELP = `Usage: ${USAGE}

A report on a period (default: the last 90 days), private entries included.

  --since    first day of the period (default: 89 days before --until)
  --until    last day of the period (default: today)
  --format   md (default) or json
  --out      write the report to FILE instead of printing it (never replaces a file without --force)
  --today    the day to count from (default: today, or CAIRN_TODAY)
  --content  the content folder (default: ./content or CAIRN_CONTENT_DIR)`;

await runCommand(async () => {
  const { values, positionals } = parseCommandLine('review', USAGE, {
    since: { type: 'string' },
    until: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    today: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals.length > 0) throw new UsageError(`review: unexpected "${positionals[0]}": the period is given with --since and --until, e.g. npm run review -- --since 2026-07-01\nusage: ${USAGE}`);
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') throw new UsageError(`review: --format "${format}" is not a format: use md or json`);
  const today = await commandToday('review', values.today);
  const until = dayOption('review', 'until', values.until) ?? today;
  const since = dayOption('review', 'since', values.since) ?? defaultPeriod(until).since;
  if (since > until) throw new UsageError(`review: --since ${since} is after --until ${until}: swap them, or leave --until out to end today`);

  const contentDir = await useContentFolder('review', values.content);
  const { content, problems } = readContent('review', contentDir);
  const report = buildReview(content, { since, until });
  const text = format === 'json' ? `${JSON.stringify(report, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n` : renderReviewMarkdown(report);

  if (values.out) {
    const file = path.resolve(values.out);
    // A folder (or a name ending in /) is never replaced by a report, even with --force: name a file in it.
    if (/[\\/]$/.test(values.out) || statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`review: --out ${values.out} is a folder: give the report a file name, e.g. --out ${path.join(values.out, `review-${until}.${format}`)}`);
    }
    try {
      writeFileAtomically(file, text, { overwrite: values.force === true });
    } catch (error) {
      if (error instanceof FileExistsError) throw new UsageError(`review: ${shownPath(file)} already exists: pass --force to replace it, or choose another --out`);
      const reason = fileSystemReason(error);
      if (reason) throw new UsageError(`review: cannot write ${shownPath(file)}: ${reason}; choose another --out, or print the report by leaving --out out`);
      throw error;
    }
    console.error(`review: wrote ${shownPath(file)} (${report.summary.accomplishments} accomplishments, ${since} to ${until})`);
  } else {
    process.stdout.write(text);
  }
  mentionProblems('review', problems);
});
