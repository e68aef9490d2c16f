import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../../../src/lib/career/harvest/proposals.ts';
import { PromptCancelled, reviewProposals } from '../../../../../src/lib/career/harvest/prompts.ts';
import { careerContent } from '../fixture.ts';

const proposal = (title: string, first: string, last: string, commits: string[]): Proposal => ({
  repository: 'ledger',
  repositoryPath: '/code/ledger',
  kind: 'run',
  title,
  titleFrom: 'subject',
  pullRequest: undefined,
  branch: undefined,
  description: undefined,
  reviews: undefined,
  reviewers: [],
  subjects: [title],
  files: 1,
  paths: [`docs/${commits[0]}.md`],
  added: 10,
  deleted: 2,
  first,
  last,
  role: 'orbit-staff',
  area: 'docs',
  skills: [],
  commits,
});

const DOWN = '\x1b[B';
const ENTER = '\r';

/** Answers the prompts with keys typed one after another, as a person would. */
async function answer(proposals: Proposal[], keys: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const { content } = careerContent();
  const done = reviewProposals(proposals, content, { input, output });
  for (const key of keys) {
    await new Promise((resolve) => setTimeout(resolve, 15));
    input.write(key);
  }
  return done;
}

describe('reviewProposals', () => {
  const three = () => [proposal('Write runbook', '2026-06-15', '2026-06-16', ['a']), proposal('Tune cache', '2026-06-20', '2026-06-20', ['b']), proposal('Add alerts', '2026-06-24', '2026-06-25', ['c'])];

  it('accepts, edits a title, merges two into one and skips, as answered', async () => {
    const accepted = await answer(three(), [
      // 1: edit the title
      DOWN, ENTER, ...Array.from({ length: 20 }, () => '\x7f'), ...'Wrote the deploy runbooks', ENTER,
      // 2: merge with 3, then accept the two as one
      DOWN, DOWN, ENTER, ENTER,
    ]);
    expect(accepted.map((item) => [item.title, item.first, item.last, item.commits, item.files])).toEqual([
      ['Wrote the deploy runbooks', '2026-06-15', '2026-06-16', ['a'], 1],
      ['Tune cache', '2026-06-20', '2026-06-25', ['b', 'c'], 2],
    ]);
  });

  it('skips, and stops before the last (which has no next to merge with)', async () => {
    const accepted = await answer(three(), [DOWN, DOWN, DOWN, ENTER, ENTER, DOWN, DOWN, DOWN, ENTER]);
    expect(accepted.map((item) => item.title)).toEqual(['Tune cache']);
  });

  it('stops with nothing written when cancelled', async () => {
    await expect(answer(three(), [ENTER, '\x03'])).rejects.toBeInstanceOf(PromptCancelled);
  });
});
