import type { CollectionName } from '../../../schemas/index.ts';
import type { LoadedContent, LoadedEntry } from '../../content/load-content.ts';
import { formatProblem, sortProblems, type Problem } from '../../content/problems.ts';
import type { ImageProblem } from './layout.ts';

/**
 * An image problem as every other problem is shown: the content file and line of the field to
 * change (or the page, for text a page gave its image), the field, what is wrong and what to do.
 */
export function locateImageProblem(problem: ImageProblem, content: LoadedContent): Problem {
  const { origin } = problem;
  if (origin.kind === 'page') {
    return { file: `page ${origin.page}`, field: origin.field, message: problem.message, hint: problem.hint };
  }
  const entry = (content[origin.collection as CollectionName] as readonly LoadedEntry[]).find((candidate) => candidate.id === origin.id);
  return {
    file: entry?.file ?? `content/${origin.collection}/${origin.id}.mdx`,
    line: entry?.lineOf(origin.field),
    field: origin.field.join('.'),
    message: problem.message,
    hint: problem.hint,
  };
}

/** The one message for all of them: how many, then one line each, sorted by file and line. */
export function describeImageProblems(problems: readonly ImageProblem[], content: LoadedContent, what = 'with business cards and social images'): string {
  const located = sortProblems(problems.map((problem) => locateImageProblem(problem, content)));
  const noun = what.startsWith('left out') ? 'thing' : 'problem';
  return `${located.length} ${noun}${located.length === 1 ? '' : 's'} ${what}:\n${located.map(formatProblem).join('\n')}`;
}
