#!/usr/bin/env node
/**
 * npm run resume:explain -- <variant> [--audience public|resume] [--content DIR]
 *
 * Prints why each accomplishment and each skill is on a resume variant or not: the score as a sum
 * of the variant's weights, recency, impact (for a skill: level and evidence), and the rule (pin,
 * filter, exclude, level floor, limit) that decided it.
 * Reads the content directly; no build needed.
 */
import path from 'node:path';
import { loadContent } from '../src/lib/content/load-content.ts';
import { buildModel } from '../src/lib/model/model.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { explainResume } from '../src/lib/render/resume/explain.ts';
import { selectResume, skillDecisions } from '../src/lib/model/resume/selection.ts';
import { isVisibleTo } from '../src/lib/model/visibility.ts';
import { closestMatch } from '../src/lib/content/similar.ts';
import { visibleContent } from '../src/lib/model/visibility.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { projectOptions } from './lib/options.ts';

const USAGE = 'npm run resume:explain -- <variant> [--audience public|resume] [--content DIR]';

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine('resume:explain', USAGE, {
    audience: { type: 'string', default: 'public' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(`usage: ${USAGE}\n\nExplains which accomplishments and skills a resume variant shows, and why the others are out.`);
    return;
  }
  const audience = values.audience;
  if (audience !== 'public' && audience !== 'resume') throw new UsageError(`resume:explain: --audience must be public or resume; received "${audience}"\nusage: ${USAGE}`);

  const options = await projectOptions('resume:explain', { contentDir: values.content });
  const { contentDir } = options;
  const { content, problems } = loadContent(contentDir);
  const ids = content.resumes.map((entry) => entry.id).sort();
  if (positionals.length !== 1) {
    throw new UsageError(`resume:explain: name one variant${ids.length > 0 ? ` (one of: ${ids.join(', ')})` : ''}\nusage: ${USAGE}`);
  }
  const id = positionals[0]!;
  const variantProblems = problems.filter((problem) => problem.file.includes(`resumes/${id}.`) || problem.file.endsWith('profile.mdx'));
  if (variantProblems.length > 0) {
    throw new UsageError(`resume:explain: fix these first (npm run check lists everything):\n${variantProblems.map(formatProblem).join('\n')}`);
  }
  if (!ids.includes(id)) {
    const suggestion = closestMatch(id, ids);
    throw new UsageError(`resume:explain: no variant "${id}" in ${path.relative(process.cwd(), path.join(contentDir, 'resumes')) || 'resumes'}/${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; variants: ${ids.join(', ') || 'none yet'}`);
  }
  if (content.profile.length === 0) throw new UsageError('resume:explain: content/profile.mdx is missing; run npm run check');
  const model = buildModel(visibleContent(content, audience));
  if (!model.resumes.some((entry) => entry.id === id)) {
    const visibility = content.resumes.find((entry) => entry.id === id)!.data.visibility;
    throw new UsageError(`resume:explain: variant "${id}" is ${visibility}, so the ${audience} audience never sees it${visibility === 'resume' ? '; try --audience resume' : ''}`);
  }
  const view = selectResume(model, id);
  const hidden = content.skills.filter((skill) => !isVisibleTo(skill.data.visibility, audience)).map((skill) => ({ id: skill.id, visibility: skill.data.visibility }));
  process.stdout.write(explainResume(view, audience, { decisions: skillDecisions(model, view.variant), hidden }));
}

await runCommand(main);
