#!/usr/bin/env node
/**
 * npm run resume:diff -- <a> <b> [--content DIR] [--format md|json]
 *
 * Shows what two resume variants tell differently: the accomplishments, roles and skills each
 * includes that the other does not, and where shared ones are ordered differently. Compares the
 * direct-send versions (the `resume` audience), so resume-level entries count. No build needed.
 */
import path from 'node:path';
import { loadContent } from '../src/lib/content/load-content.ts';
import { buildModel } from '../src/lib/model/model.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { selectResume } from '../src/lib/model/resume/selection.ts';
import { diffVariants, variantDiffMarkdown } from '../src/lib/model/resume/variant-diff.ts';
import { closestMatch } from '../src/lib/content/similar.ts';
import { visibleContent } from '../src/lib/model/visibility.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { projectOptions } from './lib/options.ts';

const USAGE = 'npm run resume:diff -- <a> <b> [--content DIR] [--format md|json]';

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine('resume:diff', USAGE, {
    content: { type: 'string' },
    format: { type: 'string', default: 'md' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(`usage: ${USAGE}\n\nShows which accomplishments, roles and skills two resume variants include that the other does not, and where their order differs.`);
    return;
  }
  const format = values.format;
  if (format !== 'md' && format !== 'json') throw new UsageError(`resume:diff: --format must be md or json; received "${format}"\nusage: ${USAGE}`);

  const options = await projectOptions('resume:diff', { contentDir: values.content });
  const { contentDir } = options;
  const { content, problems } = loadContent(contentDir);
  const ids = content.resumes.map((entry) => entry.id).sort();
  if (positionals.length !== 2) {
    throw new UsageError(`resume:diff: name two variants${ids.length > 0 ? ` (from: ${ids.join(', ')})` : ''}\nusage: ${USAGE}`);
  }
  const folder = path.relative(process.cwd(), path.join(contentDir, 'resumes')) || 'resumes';
  const unknown = positionals.filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    const hints = unknown.map((id) => {
      const suggestion = closestMatch(id, ids);
      return `"${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
    });
    throw new UsageError(`resume:diff: no variant ${hints.join(' or ')} in ${folder}/; variants: ${ids.join(', ') || 'none yet'}`);
  }
  const variantProblems = problems.filter((problem) => positionals.some((id) => problem.file.includes(`resumes/${id}.`)) || problem.file.endsWith('profile.mdx'));
  if (variantProblems.length > 0) {
    throw new UsageError(`resume:diff: fix these first (npm run check lists everything):\n${variantProblems.map(formatProblem).join('\n')}`);
  }
  if (content.profile.length === 0) throw new UsageError('resume:diff: content/profile.mdx is missing; run npm run check');
  const model = buildModel(visibleContent(content, 'resume'));
  const hidden = positionals.filter((id) => !model.resumes.some((entry) => entry.id === id));
  if (hidden.length > 0) throw new UsageError(`resume:diff: variant "${hidden[0]}" is private, so no resume is ever made from it`);

  const [a, b] = positionals.map((id) => selectResume(model, id)) as [ReturnType<typeof selectResume>, ReturnType<typeof selectResume>];
  const diff = diffVariants(a, b, (id) => model.accomplishmentById.get(id)?.data.title);
  process.stdout.write(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : variantDiffMarkdown(diff));
}

await runCommand(main);
