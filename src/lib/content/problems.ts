/**
 * A problem in a user's content, with everything needed to find and fix it. Every check — the
 * schemas, the cross-references, the privacy guard — reports through this one shape, so every
 * command prints problems the same way.
 */
export interface Problem {
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line in the file where the field (or the problem) can be found. */
  line?: number | undefined;
  /** Dotted path of the field, e.g. `impact.0.to`; absent for whole-file problems. */
  field?: string | undefined;
  /** What is wrong, in words a person can act on. */
  message: string;
  /** The value that was written, when showing it helps. */
  received?: unknown;
  /** How to fix it, often with an example. */
  hint?: string | undefined;
}

function describeReceived(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function describeField(field: string | undefined): string {
  return field && field.length > 0 ? field : '(file)';
}

/** `file:line  field  message  (hint)` — one line per problem, easy to click in an editor. */
export function formatProblem(problem: Problem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const received = 'received' in problem && problem.received !== undefined ? `; received ${describeReceived(problem.received)}` : '';
  const hint = problem.hint ? `  (${problem.hint})` : '';
  return `${location}  ${describeField(problem.field)}  ${problem.message}${received}${hint}`;
}

/** Problems in reading order: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** Thrown when content cannot be turned into a site; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(summary: string, problems: Problem[]) {
    super(`${summary}\n${sortProblems(problems).map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
