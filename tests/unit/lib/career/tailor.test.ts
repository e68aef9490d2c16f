import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPosting, type Posting } from '../../../../src/lib/career/posting.ts';
import { tailor } from '../../../../src/lib/career/tailor.ts';
import { renderTailorMarkdown } from '../../../../src/lib/career/tailor-markdown.ts';
import { PROJECT_ROOT } from '../../../support/astro-build.ts';
import { CAREER_FIXTURE, careerContent } from './fixture.ts';

const { content } = careerContent();

function posting(file: string): Posting {
  const result = readPosting(file, readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(result.reason);
  return result.posting;
}

const textReport = tailor(content, posting(path.join(CAREER_FIXTURE, '../career-posting.md')));
const jobReport = tailor(content, posting(path.join(PROJECT_ROOT, 'node_modules/@jsonresume/schema/sample.job.json')));
const coverage = (report: typeof textReport) => Object.fromEntries(report.requirements.map((requirement) => [requirement.text, [requirement.status, requirement.evidence.map((item) => item.id)]]));

describe('tailor on a plain-text posting with known answers', () => {
  it('covers each requirement with the accomplishment that shows it, and finds the one nothing covers', () => {
    expect(coverage(textReport)).toEqual({
      'Run our Kubernetes clusters with Helm': ['evidenced', ['2026-03-15-helm-charts', 'kubernetes-security-workshop']],
      'Postgres performance and query tuning': ['evidenced', ['2026-05-10-ledger-latency']],
      'Mentor junior engineers': ['evidenced', ['2026-06-01-mentoring-circle']],
      'Experience with Scala': ['missing', []],
    });
    expect(textReport.summary).toEqual({ requirements: 4, evidenced: 3, listed: 0, missing: 1 });
  });

  it('shows evidence in the posting’s words, naming the skill a synonym stands for', () => {
    const postgres = textReport.requirements.find((requirement) => requirement.text.startsWith('Postgres'))!;
    expect(postgres.evidence[0]).toMatchObject({ kind: 'accomplishment', title: 'Cut ledger query p99 latency by 80%', visibility: 'public' });
    expect(postgres.evidence[0]!.matched).toContain('Postgres → PostgreSQL');
    expect(postgres.skills).toEqual(['postgresql']);
  });

  it('ranks the accomplishments against the whole posting, the most relevant first', () => {
    expect(textReport.ranking.map((entry) => entry.id)).toEqual(['2026-05-10-ledger-latency', '2026-06-01-mentoring-circle', '2026-03-15-helm-charts', '2022-05-05-billing-rewrite']);
  });

  it('suggests the asked-for skills to emphasise and leads with evidence a resume may show', () => {
    expect(textReport.emphasis.skills.map((skill) => [skill.skill, skill.requested])).toEqual([
      ['postgresql', 1],
      ['kubernetes', 1],
      ['mentoring', 1],
    ]);
    expect(textReport.emphasis.accomplishments).not.toContain('2026-06-01-mentoring-circle');
    expect(textReport.emphasis.accomplishments[0]).toBe('2026-05-10-ledger-latency');
    expect(textReport.emphasis.missingKeywords).toContain('Scala');
  });

  it('lists the posting keywords without the company’s own name', () => {
    expect(textReport.keywords).toEqual(expect.arrayContaining(['Kubernetes', 'Helm', 'Postgres', 'Scala']));
    expect(textReport.keywords).not.toContain('Initrode');
  });
});

describe('tailor on the sample job posting of @jsonresume/schema', () => {
  it('finds the skills the person has under other names and the ones they lack', () => {
    const result = coverage(jobReport);
    expect(result['JavaScript']).toEqual(['evidenced', ['2025-09-12-status-page']]);
    expect(result['Node.js']).toEqual(['evidenced', ['2025-09-12-status-page']]);
    expect(result['SQL']).toEqual(['evidenced', ['2026-05-10-ledger-latency', '2022-05-05-billing-rewrite']]);
    expect(result['Develop and maintain web applications']).toEqual(['evidenced', ['2025-09-12-status-page']]);
    for (const missing of ['HTML', 'CSS', 'NoSQL', 'MongoDB', 'Ensure the technical feasibility of UI/UX designs']) expect(result[missing]?.[0]).toBe('missing');
  });

  it('puts the TypeScript web work first and TypeScript at the top of the emphasis', () => {
    expect(jobReport.ranking[0]!.id).toBe('2025-09-12-status-page');
    expect(jobReport.emphasis.skills[0]).toEqual({ skill: 'typescript', name: 'TypeScript', requested: 3, shownIn: 1, weight: 3 });
    expect(jobReport.posting).toEqual({ format: 'json-resume-job', title: 'Web Developer', company: 'Microsoft' });
  });

  it('gives the same report every time', () => {
    expect(tailor(content, posting(path.join(PROJECT_ROOT, 'node_modules/@jsonresume/schema/sample.job.json')))).toEqual(jobReport);
  });
});

describe('renderTailorMarkdown', () => {
  const markdown = renderTailorMarkdown(textReport, 'career-posting.md');

  it('has the coverage sections in order, with evidence under each matched requirement', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# Tailoring: Platform Engineer at Initrode', '## Keywords', '## Matched requirements', '## Requirements with no evidence', '## Your accomplishments ranked for this posting', '## Suggested emphasis']);
    expect(markdown).toContain('career-posting.md (text): 4 requirements, 3 with evidence, 0 covered only by a skill you list, 1 with no evidence.');
    expect(markdown).toContain('- **Postgres performance and query tuning** (requirement)\n  - Cut ledger query p99 latency by 80% (accomplishment, May 2026; matched ');
    expect(markdown).toContain('## Requirements with no evidence\n\n- **Experience with Scala** (requirement)\n');
    expect(markdown).toContain('Started a mentoring circle for new on-call engineers (accomplishment, Jun 2026; private, so not on a resume;');
  });
});
