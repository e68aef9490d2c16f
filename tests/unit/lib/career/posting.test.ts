import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPosting, readTextPosting, splitCompany } from '../../../../src/lib/career/posting.ts';
import { PROJECT_ROOT } from '../../../support/astro-build.ts';

const SAMPLE_JOB = path.join(PROJECT_ROOT, 'node_modules/@jsonresume/schema/sample.job.json');

describe('readPosting: JSON Resume job documents', () => {
  const result = readPosting('sample.job.json', readFileSync(SAMPLE_JOB, 'utf8'));

  it('reads the sample job that ships with @jsonresume/schema', () => {
    expect(result.ok && result.posting.format).toBe('json-resume-job');
    expect(result.ok && [result.posting.title, result.posting.company]).toEqual(['Web Developer', 'Microsoft']);
  });

  it('makes one requirement per skill keyword, qualification and responsibility', () => {
    const requirements = result.ok ? result.posting.requirements : [];
    expect(requirements).toHaveLength(8 + 3 + 4);
    expect(requirements[0]).toEqual({ text: 'HTML', source: 'skill', group: 'Web Development' });
    expect(requirements).toContainEqual({ text: '3+ years of experience in web development', source: 'qualification' });
    expect(requirements).toContainEqual({ text: 'Collaborate with cross-functional teams', source: 'responsibility' });
  });

  it('uses a skill name as the requirement when it has no keywords', () => {
    const only = readPosting('job.json', JSON.stringify({ title: 'SRE', skills: [{ name: 'Kubernetes' }] }));
    expect(only.ok && only.posting.requirements).toEqual([{ text: 'Kubernetes', source: 'skill' }]);
  });

  it('falls back to the description sentences when nothing else is listed', () => {
    const described = readPosting('job.json', JSON.stringify({ title: 'SRE', description: 'You will run Kubernetes clusters. You will tune Postgres.' }));
    expect(described.ok && described.posting.requirements.map((requirement) => requirement.text)).toEqual(['You will run Kubernetes clusters.', 'You will tune Postgres.']);
  });

  it('rejects JSON that does not parse, does not fit job-schema.json or has nothing to match', () => {
    expect(readPosting('job.json', '{"title": ')).toEqual({ ok: false, reason: 'is not valid JSON (Unexpected end of JSON input)', fix: 'fix the JSON, or save the posting as .txt to read it as plain text' });
    expect(readPosting('job.json', '{"title": 3}')).toMatchObject({ ok: false, reason: 'is not a valid JSON Resume job document: title must be text (in quotes); received 3' });
    expect(readPosting('job.json', '{"skills": "Go"}')).toMatchObject({ ok: false, reason: 'is not a valid JSON Resume job document: skills must be a list ([ … ]); received "Go"' });
    expect(readPosting('job.json', '[1, 2]')).toMatchObject({ ok: false, reason: 'is JSON but not a job posting object' });
    expect(readPosting('job.json', '{"title": "SRE"}')).toMatchObject({ ok: false, reason: 'has no description, skills, qualifications or responsibilities to match against' });
  });
});

describe('readPosting: plain text and Markdown', () => {
  it('takes the title and company from a heading "Title at Company" and one requirement per list item', () => {
    const result = readTextPosting('# Platform Engineer at Initrode\n\nAbout us.\n\n- Run **Kubernetes**\n* Tune Postgres\n1. Mentor engineers\n');
    expect(result).toEqual({
      ok: true,
      posting: {
        format: 'text',
        title: 'Platform Engineer',
        company: 'Initrode',
        requirements: [
          { text: 'Run Kubernetes', source: 'text' },
          { text: 'Tune Postgres', source: 'text' },
          { text: 'Mentor engineers', source: 'text' },
        ],
        text: '# Platform Engineer at Initrode\n\nAbout us.\n\n- Run **Kubernetes**\n* Tune Postgres\n1. Mentor engineers\n',
      },
    });
  });

  it('reads Company: and Title: lines when the posting has them', () => {
    const result = readTextPosting('Job title: Staff SRE\n**Company:** Fernhill Energy\n\n• Own SLOs\n');
    expect(result.ok && [result.posting.title, result.posting.company]).toEqual(['Staff SRE', 'Fernhill Energy']);
  });

  it('reads a posting without lists sentence by sentence', () => {
    const result = readPosting('posting.txt', 'Site Reliability Engineer\n\nYou will run our Kubernetes clusters. You will own the on-call rota.');
    expect(result.ok && result.posting.requirements.map((requirement) => requirement.text)).toEqual(['You will run our Kubernetes clusters.', 'You will own the on-call rota.']);
    expect(result.ok && result.posting.company).toBeUndefined();
  });

  it('rejects an empty posting and one with nothing to match', () => {
    expect(readPosting('posting.txt', '  \n')).toEqual({ ok: false, reason: 'is empty', fix: 'paste the job posting into the file' });
    expect(readPosting('posting.md', 'just words')).toMatchObject({ ok: false, reason: 'has no requirements to match: no list items and no sentences' });
  });
});

describe('splitCompany: the company without its location', () => {
  it.each([
    ['Lumen Health (Minneapolis or remote)', 'Lumen Health', 'Minneapolis or remote'],
    ['Acme Corp — Berlin', 'Acme Corp', 'Berlin'],
    ['Acme Corp - Berlin, Germany', 'Acme Corp', 'Berlin, Germany'],
    ['Acme, Remote (US)', 'Acme', 'Remote (US)'],
    ['Acme | Hybrid', 'Acme', 'Hybrid'],
    ['Acme (US), Remote', 'Acme', 'US, Remote'],
  ])('%s is %s in %s', (written, company, location) => {
    expect(splitCompany(written)).toEqual({ company, location });
  });

  it.each(['Acme, Inc.', 'Procter & Gamble Co.', 'Hewlett-Packard', 'Northwind Payments Ltd'])('keeps %s whole', (written) => {
    expect(splitCompany(written)).toEqual({ company: written, location: undefined });
  });

  it('reads the company of a title line and of a Company: line without the location', () => {
    const heading = readTextPosting('# Senior SRE at Lumen Health (Minneapolis or remote)\n\n- Reduce alert fatigue\n');
    expect(heading.ok && [heading.posting.title, heading.posting.company, heading.posting.location]).toEqual(['Senior SRE', 'Lumen Health', 'Minneapolis or remote']);
    const field = readTextPosting('Title: Staff Accountant\nCompany: Harbor & Pine, Remote (US)\n\n- Month-end close\n');
    expect(field.ok && [field.posting.company, field.posting.location]).toEqual(['Harbor & Pine', 'Remote (US)']);
  });
});

describe('readPosting: what is not a posting’s text', () => {
  it('names a PDF, a Word file and other binary files, and says to copy the text out', () => {
    expect(readPosting('job.pdf', '%PDF-1.7\n%\uFFFD\uFFFD')).toEqual({ ok: false, reason: 'is a PDF, which tailor cannot read', fix: 'open the posting, copy its text into a .txt file, and pass that file' });
    expect(readPosting('job.docx', 'PK\u0003\u0004\u0014\u0000')).toMatchObject({ ok: false, reason: 'is a ZIP or Word (.docx) file, which tailor cannot read' });
    expect(readPosting('job.txt', `Staff SRE\n${'\uFFFD'.repeat(50)}`)).toMatchObject({ ok: false, reason: 'is not text (it looks like a binary file)' });
    expect(readPosting('job.txt', 'Staff SRE\u0000\u0000')).toMatchObject({ ok: false, reason: 'is not text (it looks like a binary file)' });
  });

  it('refuses text far longer than any posting, saying how much was given', () => {
    const dump = `# Staff SRE at Initrode\n\n${'- Run Kubernetes clusters at scale\n'.repeat(6000)}`;
    expect(readPosting('job.md', dump)).toMatchObject({ ok: false, reason: 'is 210 thousand characters long, more than any job posting (at most 200 thousand are read)' });
  });

  it('still reads a long real posting with a stray replacement character', () => {
    const long = `# Staff SRE at Initrode\n\nWe are hiring \uFFFD fast.\n\n${'- Operate Kubernetes and Postgres in production\n'.repeat(300)}`;
    expect(readPosting('job.md', long).ok).toBe(true);
  });
});
