import { describe, expect, it } from 'vitest';
import { userFacingError } from '../../../../src/lib/build/user-facing-error.ts';
import { throwFailures } from '../../../../src/integrations/stages/failures.ts';

/** What `throwFailures` threw, and what it logged first. */
function outcome(failures: readonly unknown[]): { thrown: unknown; logged: string[] } {
  const logged: string[] = [];
  try {
    throwFailures(failures, { error: (message) => logged.push(message) });
  } catch (thrown) {
    return { thrown, logged };
  }
  return { thrown: undefined, logged };
}

const overflow = userFacingError('resume "platform" runs 2 pages over its limit of 1', 'Shorten the variant, or allow it more pages.');
const card = userFacingError('"Staff platform engineer…" does not fit on the front of business card "recruiters"', 'Each line names the file and field to change.');

describe('throwFailures', () => {
  it('lets the build go on when no stage failed', () => {
    expect(outcome([])).toEqual({ thrown: undefined, logged: [] });
  });

  it('throws a single problem as the stage threw it', () => {
    expect(outcome([card]).thrown).toBe(card);
  });

  it('names the problems of every stage in one error, each hint once', () => {
    const { thrown, logged } = outcome([card, overflow, userFacingError('letter "acme" runs onto a second page', 'Shorten the variant, or allow it more pages.')]);
    expect(logged).toEqual([]);
    expect(thrown).toMatchObject({ name: 'AstroUserError' });
    const { message, hint } = thrown as { message: string; hint: string };
    expect(message).toBe(`${card.message}\n\n${overflow.message}\n\nletter "acme" runs onto a second page`);
    expect(hint).toBe('Each line names the file and field to change.\nShorten the variant, or allow it more pages.');
  });

  it('names a problem that several stages or copies ran into once', () => {
    const again = userFacingError(card.message, card.hint!);
    const { message, hint } = outcome([card, overflow, again]).thrown as { message: string; hint: string };
    expect(message).toBe(`${card.message}\n\n${overflow.message}`);
    expect(hint).toBe(`${card.hint}\n${overflow.hint}`);
  });

  it('throws a fault in Cairn’s code with its stack, once the problems beside it are logged', () => {
    const fault = new TypeError('Cannot read properties of undefined');
    const { thrown, logged } = outcome([overflow, fault]);
    expect(thrown).toBe(fault);
    expect(logged).toEqual([`${overflow.message}\n${overflow.hint}`]);
  });
});
