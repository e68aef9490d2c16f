import type { Problem } from '../lib/content/problems.ts';

/**
 * The content's current problems, handed from the integration (which reads the content) to the
 * dev server's middleware. Vite loads the middleware as a module of its own, so the one thing
 * both see is the process's global object.
 */
const KEY = Symbol.for('cairn.dev-problems');
const holder = globalThis as { [KEY]?: { problems: readonly Problem[]; root: string } };

export function publishDevProblems(problems: readonly Problem[], root: string): void {
  holder[KEY] = { problems, root };
}

export function devProblems(): { problems: readonly Problem[]; root: string } {
  return holder[KEY] ?? { problems: [], root: '' };
}
