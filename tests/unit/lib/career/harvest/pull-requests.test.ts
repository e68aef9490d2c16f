import { describe, expect, it } from 'vitest';
import { parsePullRequests } from '../../../../../src/lib/career/harvest/pull-requests.ts';

describe('parsePullRequests', () => {
  it('reads what gh pr list --json prints, counting reviews and reviewers', () => {
    const json = JSON.stringify([
      { number: 12, title: ' Speed up reports ', body: 'Line\r\nTwo', mergedAt: '2026-06-05T08:00:00Z', reviews: [{ author: { login: 'ana' } }, { author: { login: 'ana' } }, { author: { login: 'ben' } }], additions: 60, deletions: 2, headRefName: 'faster' },
      { number: 13 },
    ]);
    expect(parsePullRequests(json)).toEqual({
      ok: true,
      pullRequests: [
        { number: 12, title: 'Speed up reports', body: 'Line\nTwo', mergedAt: '2026-06-05T08:00:00Z', reviews: 3, reviewers: ['ana', 'ben'], additions: 60, deletions: 2, headRefName: 'faster' },
        { number: 13, title: '', body: '', mergedAt: undefined, reviews: 0, reviewers: [], additions: undefined, deletions: undefined, headRefName: undefined },
      ],
    });
  });

  it.each([
    ['{', /^is not JSON \(/],
    ['{"number": 1}', /^is not a list of pull requests/],
    ['[{"title": "x"}]', /^item 1 has no "number": make it with gh pr list --json/],
  ])('refuses %s', (json, reason) => {
    const read = parsePullRequests(json);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});
