import { describe, expect, it } from 'vitest';
import { describeDraftProblem, draftAccomplishment, listOption, resolveSkill, roleForDate } from '../../../../src/lib/career/log-entry.ts';
import { careerContent } from './fixture.ts';

const { content } = careerContent();
const TODAY = '2026-11-24';

describe('draftAccomplishment', () => {
  it('fills the date, role and bullet from today, the role that covers it and the title', () => {
    const result = draftAccomplishment({ title: 'Shipped the ledger v2' }, content, TODAY);
    expect(result).toEqual({
      ok: true,
      draft: { data: { title: 'Shipped the ledger v2', date: TODAY, role: 'orbit-staff', bullet: 'Shipped the ledger v2' }, body: '', baseName: '2026-11-24-shipped-the-ledger-v2' },
    });
  });

  it('names the file after the title cut at a word that reads well, not after "for a"', () => {
    const result = draftAccomplishment({ title: 'Wrote the runbook and the on-call training for a team of nine SREs' }, content, TODAY);
    expect(result.ok && result.draft.baseName).toBe('2026-11-24-wrote-the-runbook-and-the-on-call-training');
  });

  it('picks the role that covered an earlier date', () => {
    const result = draftAccomplishment({ title: 'Old win', date: '2022-03-01' }, content, TODAY);
    expect(result.ok && result.draft.data['role']).toBe('orbit-senior');
  });

  it('resolves skills written as ids, names or keywords, and slugifies tags', () => {
    const result = draftAccomplishment({ title: 'T', skills: ['Postgres,golang', 'Kubernetes', 'go'], tags: ['Cost Savings', 'performance'], featured: true, visibility: 'private', story: '  Story.  ', impact: ['p99: 400 -> 80 ms'] }, content, TODAY);
    expect(result.ok && result.draft).toEqual({
      data: { title: 'T', date: TODAY, role: 'orbit-staff', skills: ['postgresql', 'go', 'kubernetes'], tags: ['cost-savings', 'performance'], bullet: 'T', impact: [{ label: 'p99', from: 400, to: 80, unit: 'ms' }], featured: true, visibility: 'private' },
      body: 'Story.',
      baseName: '2026-11-24-t',
    });
  });

  it('writes a pasted story as the text it is, so braces and angle brackets neither run nor break the page', () => {
    const result = draftAccomplishment({ title: 'T', story: 'Cut p99 to <100 ms with {batching}; see `{config}`.' }, content, TODAY);
    expect(result.ok && result.draft.body).toBe('Cut p99 to &lt;100 ms with &#123;batching&#125;; see `{config}`.');
  });

  it('collects every mistake, each naming the option and the fix', () => {
    const result = draftAccomplishment({ title: ' ', date: '2026-02-30', role: 'orbit-staf', skills: ['kubernets', 'cobol'], impact: ['faster'], visibility: 'secret' }, content, TODAY);
    expect(result).toEqual({
      ok: false,
      errors: [
        'the title is missing: give it first, in quotes, e.g. npm run log -- "Cut checkout latency by 80%"',
        '--date "2026-02-30" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-24',
        '--role "orbit-staf" is not a role in content/roles/: did you mean "orbit-staff"?',
        '--skills "kubernets" is not a skill in content/skills/: did you mean "kubernetes"?',
        '--skills "cobol" is not a skill in content/skills/: use one of go, kubernetes, mentoring, postgresql, python, rust, terraform, typescript, or create content/skills/cobol.mdx first',
        '--impact "faster" needs a label, a colon and the figures: write it as "label: from -> to unit", e.g. --impact "p99 latency: 820 -> 95 ms"',
        '--visibility "secret" is not a visibility: use public, resume or private',
      ],
    });
  });

  it('says when no role covers the date', () => {
    expect(draftAccomplishment({ title: 'T', date: '2019-01-01' }, content, TODAY)).toEqual({ ok: false, errors: ['no role in content/roles/ covers 2019-01-01: pass --role with one of orbit-senior, orbit-staff'] });
  });
});

describe('helpers', () => {
  it('splits list options on commas and repeats', () => {
    expect(listOption(['a, b', 'c', ' '])).toEqual(['a', 'b', 'c']);
  });

  it('finds the most recently started role covering a date', () => {
    expect(roleForDate(content, '2024-01-01')).toBe('orbit-staff');
    expect(roleForDate(content, '2023-12-31')).toBe('orbit-senior');
    expect(roleForDate(content, '2020-12-31')).toBeUndefined();
  });

  it('suggests the closest skill by id or name', () => {
    expect(resolveSkill(content, 'K8s')).toEqual({ id: 'kubernetes' });
    expect(resolveSkill(content, 'Postgress')).toEqual({ suggestion: 'postgresql' });
  });

  it('describes a schema problem by the option that caused it', () => {
    expect(describeDraftProblem({ file: 'x', line: 5, field: 'bullet', message: 'is 230 characters; keep it to 220 or fewer' })).toBe('--bullet is 230 characters; keep it to 220 or fewer');
    expect(describeDraftProblem({ file: 'x', field: 'title', message: 'must fit on one line', received: 'a\nb' })).toBe('the title must fit on one line; received "a\\nb"');
  });
});
