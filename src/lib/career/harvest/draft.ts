import type { LogRequest } from '../log-entry.ts';
import type { Proposal } from './proposals.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `3 commits, 4 files, +120 −30 lines`. */
export function sizeLine(proposal: Proposal): string {
  return `${plural(proposal.subjects.length, 'commit')}, ${plural(proposal.files, 'file')}, +${proposal.added} −${proposal.deleted} lines`;
}

/** `2026-06-02 to 2026-06-05`, or the one day. */
export function spanLine(proposal: Proposal): string {
  return proposal.first === proposal.last ? proposal.first : `${proposal.first} to ${proposal.last}`;
}

/** `PR #12, 2 reviews by 2 people` or `branch faster-ledger`, whichever is known. */
export function sourceLine(proposal: Proposal): string | undefined {
  const parts: string[] = [];
  if (proposal.pullRequest !== undefined) {
    let pull = `PR #${proposal.pullRequest}`;
    if (proposal.reviews !== undefined) pull += `, ${plural(proposal.reviews, 'review')}${proposal.reviewers.length > 0 ? ` by ${proposal.reviewers.join(', ')}` : ''}`;
    parts.push(pull);
  }
  if (proposal.branch) parts.push(`branch ${proposal.branch}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * The story a draft starts with: where the work came from and how big it was, the pull
 * request's description when there is one, and the commit subjects as a list. The person
 * rewrites it as situation, action, result when promoting the draft.
 */
export function draftStory(proposal: Proposal): string {
  const source = sourceLine(proposal);
  const lines = [`Harvested from ${proposal.repository}${source ? ` (${source})` : ''}: ${sizeLine(proposal)}, ${spanLine(proposal)}.`, ''];
  if (proposal.description) lines.push(proposal.description, '');
  lines.push('Commits:', '', ...proposal.subjects.map((subject) => `- ${subject}`));
  return `${lines.join('\n')}\n`;
}

/** How many hex digits of a commit hash the draft records: as `git log --abbrev=12`, unique in any real repository. */
const HASH_DIGITS = 12;

/**
 * The proposal as `npm run log` would be asked for it: a private draft, dated its last day, with
 * its role and skills and the commits it came from (`harvestedFrom`; the full hashes stay in the
 * ledger).
 */
export function draftRequest(proposal: Proposal, role?: string): LogRequest {
  return {
    title: proposal.title,
    date: proposal.last,
    role: role ?? proposal.role,
    skills: proposal.skills,
    bullet: proposal.title,
    visibility: 'private',
    draft: true,
    harvestedFrom: {
      repository: proposal.repository,
      ...(proposal.pullRequest === undefined ? {} : { pullRequest: proposal.pullRequest }),
      commits: proposal.commits.map((hash) => hash.slice(0, HASH_DIGITS)),
    },
    story: draftStory(proposal),
  };
}

/** The proposals as a numbered list a person reads in a terminal. */
export function renderProposals(proposals: readonly Proposal[]): string {
  return proposals
    .map((proposal, index) => {
      const source = sourceLine(proposal);
      const head = `${index + 1}. ${proposal.title}${source ? `  [${source}]` : ''}`;
      const facts = [proposal.repository, spanLine(proposal), proposal.role ? `role ${proposal.role}` : 'no role covers it', sizeLine(proposal)];
      if (proposal.skills.length > 0) facts.push(`skills ${proposal.skills.join(', ')}`);
      const subjects = proposal.subjects.slice(0, 12).map((subject) => `     - ${subject}`);
      if (proposal.subjects.length > 12) subjects.push(`     - … and ${proposal.subjects.length - 12} more`);
      return [head, `   ${facts.join(' · ')}`, ...subjects].join('\n');
    })
    .join('\n\n');
}
