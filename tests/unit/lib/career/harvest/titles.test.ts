import { describe, expect, it } from 'vitest';
import { branchTitle, cleanSubject, commonVerbPhrase, fitTitle } from '../../../../../src/lib/career/harvest/titles.ts';

describe('cleanSubject', () => {
  it.each([
    ['feat(export): add CSV export (#15)', 'Add CSV export'],
    ['fix: crash on empty ledger', 'Fix crash on empty ledger'],
    ['fix(api)!: fixed the retry loop', 'Fixed the retry loop'],
    ['[ledger] Tune cache sizes', 'Tune cache sizes'],
    ['Speed up reports (#12, #14)', 'Speed up reports'],
    ['Close the month faster #41', 'Close the month faster'],
    ['chore: bump go to 1.23', 'Bump go to 1.23'],
    ['Reduce alert noise', 'Reduce alert noise'],
  ])('%s → %s', (subject, title) => {
    expect(cleanSubject(subject)).toBe(title);
  });
});

describe('branchTitle', () => {
  it.each([
    ['noor/fix-ledger-locks', 'Fix ledger locks'],
    ['feature/ABC-123-faster-builds', 'Faster builds'],
    ['fix/ledger-locks', 'Fix ledger locks'],
    ['speed_up_reports', 'Speed up reports'],
    ['alerts', 'Alerts'],
  ])('%s → %s', (branch, title) => {
    expect(branchTitle(branch)).toBe(title);
  });
});

describe('commonVerbPhrase', () => {
  it('finds the leading words most subjects share, without a dangling preposition', () => {
    expect(commonVerbPhrase(['Tune ledger queries for reports', 'Tune ledger queries for exports', 'Add an index'])).toBe('Tune ledger queries');
    expect(commonVerbPhrase(['Write runbook for deploys', 'Write runbook for rollbacks'])).toBe('Write runbook');
  });

  it('finds none when no two subjects start alike, or they share only a verb', () => {
    expect(commonVerbPhrase(['Add index', 'Rewrite query'])).toBeUndefined();
    expect(commonVerbPhrase(['Fix the export', 'Fix the import'])).toBeUndefined();
  });
});

describe('fitTitle', () => {
  it('drops the second clause of a long title', () => {
    expect(fitTitle("Check and screenshot report option mistakes in one line with their usage like every other command (they printed Node's stack trace)")).toBe(
      'Check and screenshot report option mistakes in one line with their usage like every other command',
    );
    expect(fitTitle('Keep option types through parseCommandLine; test it')).toBe('Keep option types through parseCommandLine; test it');
  });

  it('cuts a long title at a word boundary', () => {
    const title = fitTitle(`Rewrote ${'the very long ledger report '.repeat(8)}`);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title).toMatch(/report…$|ledger…$|long…$|very…$|the…$/);
  });
});
