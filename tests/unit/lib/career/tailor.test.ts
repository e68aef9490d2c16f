import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPosting, readTextPosting, type Posting } from '../../../../src/lib/career/posting.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { tailor } from '../../../../src/lib/career/tailor.ts';
import { renderTailorMarkdown } from '../../../../src/lib/career/tailor-markdown.ts';
import { PROJECT_ROOT } from '../../../support/astro-build.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';
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

describe('tailor reads a posting as a recruiter would', () => {
  const report = (files: Record<string, string>, text: string) => {
    const loaded = loadContent(writeContentFolder({ ...minimalContent(), ...files }));
    if (loaded.problems.length > 0) throw new Error(JSON.stringify(loaded.problems));
    const read = readTextPosting(text);
    if (!read.ok) throw new Error(read.reason);
    return tailor(loaded.content, read.posting);
  };
  const requirement = (result: ReturnType<typeof report>, text: string) => result.requirements.find((item) => item.text === text)!;

  it('counts a requirement as covered by the accomplishment tagged with its words, however they are written', () => {
    const alerts = mdx('title: Cut after-hours pages from 11 to 3 a month\ndate: "2023-01-10"\nrole: acme\ntags: [alert-fatigue]\nbullet: Cut after-hours pages from 11 to 3 a month.');
    const result = report({ 'accomplishments/2023-01-10-pages.mdx': alerts }, '# SRE at Lumen Health\n\n- Reduce Alert Fatigue for engineers on call nights and weekends\n- Reduce alerts-fatigue across teams\n');
    for (const text of ['Reduce Alert Fatigue for engineers on call nights and weekends', 'Reduce alerts-fatigue across teams']) {
      expect(requirement(result, text)).toMatchObject({ status: 'evidenced', evidence: [{ id: '2023-01-10-pages' }] });
    }
    expect(requirement(result, 'Reduce Alert Fatigue for engineers on call nights and weekends').evidence[0]!.matched).toContain('Alert Fatigue → tag alert-fatigue');
  });

  it('finds a tag by its telling words when the posting spreads them out', () => {
    const close = mdx('title: Cut the close from 12 to 6 days\ndate: "2023-02-01"\nrole: acme\ntags: [month-end-close]\nbullet: Cut the close from 12 to 6 days.');
    const result = report({ 'accomplishments/2023-02-01-close.mdx': close }, '# Senior Accountant at Harbor & Pine\n\n- Lead the month-end and year-end close, journal entries, deferrals and consolidation of multi-entity financials\n');
    expect(result.requirements[0]).toMatchObject({ status: 'evidenced', evidence: [{ id: '2023-02-01-close', matched: ['end close → tag month-end-close'] }] });
  });

  it('does not count a tag of one word, or an accomplishment sharing only common words, as covering', () => {
    const result = report({}, '# SRE at Lumen Health\n\n- Improve performance of our Rust services for engineers on call nights and weekends\n');
    expect(result.requirements[0]!.status).toBe('missing');
  });

  it('takes roles as evidence, finding a title by its initials', () => {
    const roles = {
      'roles/mercy-rn.mdx': mdx('organisation: Mercywell Hospital\ntitle: Registered Nurse\nstart: "2018-06"\nend: "2021-08"\nsummary: Staff nurse on a medical-surgical unit.'),
      'roles/mercy-charge.mdx': mdx('organisation: Mercywell Hospital\ntitle: Senior Charge Nurse\nstart: "2021-09"\nsummary: Ran day shifts on a cardiac step-down unit.'),
    };
    const result = report(roles, '# Registered Nurse at Northfield\n\n- RN license and 3+ years of acute-care nursing\n- Charge nurse experience\n');
    expect(requirement(result, 'RN license and 3+ years of acute-care nursing')).toMatchObject({
      status: 'evidenced',
      evidence: [{ kind: 'role', id: 'mercy-rn', title: 'Registered Nurse, Mercywell Hospital', date: '2018-06', end: '2021-08', matched: ['RN → Registered Nurse', 'nursing'] }],
    });
    expect(requirement(result, 'Charge nurse experience').evidence.map((item) => item.id)).toEqual(['mercy-charge']);
    expect(renderTailorMarkdown(result, 'posting.md')).toContain('  - Registered Nurse, Mercywell Hospital (role, Jun 2018 – Aug 2021; matched RN → Registered Nurse, nursing)');
    expect(result.emphasis.missingKeywords).not.toContain('RN');
  });

  it('leaves generic words, numbers and filler out of the words found nowhere', () => {
    const result = report({}, '# Associate SRE at Lumen Health (Minneapolis or remote)\n\n- Run two clear on-call rotations a week\n- HIPAA audits with 3 auditors\n');
    expect(result.emphasis.missingKeywords).toEqual(expect.arrayContaining(['HIPAA', 'audits', 'rotations']));
    for (const generic of ['Associate', 'Run', 'two', 'clear', 'week', '3', 'Minneapolis', 'remote', 'Lumen']) expect(result.emphasis.missingKeywords).not.toContain(generic);
  });
});
