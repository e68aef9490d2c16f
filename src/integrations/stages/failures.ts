import { AstroError } from 'astro/errors';
import { userFacingError } from '../../lib/build/user-facing-error.ts';

/**
 * Fails the build with everything that went wrong in stages that ran side by side, so one build
 * names every problem instead of one per run. Problems with the content (user-facing errors) are
 * joined into one error, message after message and each hint once. A fault in Cairn's own code is
 * thrown as it is, with its stack, after the content problems beside it are logged.
 */
export function throwFailures(failures: readonly unknown[], logger: { error(message: string): void }): void {
  if (failures.length === 0) return;
  const problems = failures.filter((failure) => AstroError.is(failure));
  const faults = failures.filter((failure) => !AstroError.is(failure));
  if (faults.length > 0) {
    for (const problem of problems) logger.error(problem.hint ? `${problem.message}\n${problem.hint}` : problem.message);
    for (const fault of faults.slice(1)) logger.error(fault instanceof Error ? (fault.stack ?? fault.message) : String(fault));
    throw faults[0];
  }
  if (problems.length === 1) throw problems[0];
  const hints = [...new Set(problems.flatMap((problem) => (problem.hint ? [problem.hint] : [])))];
  // A problem every copy runs into (a dependency that did not load) is said once.
  const messages = [...new Set(problems.map((problem) => problem.message))];
  throw userFacingError(messages.join('\n\n'), hints.join('\n'));
}
