import { describe, expect, it } from 'vitest';
import { answerProblems, answersAsJsonResume } from '../../../../../src/lib/content/json-resume/from-answers.ts';
import { parseJsonResume, planImport } from '../../../../../src/lib/content/json-resume/import.ts';

const ANSWERS = {
  name: ' 王小明 ',
  headline: 'Clinical informatics lead',
  email: 'xm@example.org',
  site: 'https://xm.github.io/career/',
  role: { title: 'Charge Nurse', employer: 'Riverside Clinic', start: '2020-03' },
  accomplishments: ['Cut handover errors by 40%', '  ', 'Led the move to electronic charts'],
};

describe('init answers as a JSON Resume', () => {
  it('is a document the import reads into a profile, a role and an accomplishment per answer', async () => {
    const document = answersAsJsonResume(ANSWERS);
    const parsed = parseJsonResume(JSON.stringify(document));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = await planImport(parsed.document, '2026-12-04');
    const paths = plan.files.map((file) => file.path);
    expect(paths.filter((file) => file.startsWith('accomplishments/'))).toHaveLength(2);
    expect(paths.filter((file) => file.startsWith('roles/'))).toHaveLength(1);
    expect(plan.files.find((file) => file.path === 'profile.mdx')?.text).toContain('name: 王小明');
    expect(plan.files.find((file) => file.path === 'profile.mdx')?.text).toContain('site: https://xm.github.io/career/');
  });

  it('names each missing or malformed answer by the flag that gives it', () => {
    expect(answerProblems(ANSWERS)).toEqual([]);
    expect(answerProblems({ name: 'A', role: { start: 'March 2020' }, email: 'not-mail', site: 'xm.github.io' })).toEqual([
      '--headline: a headline (what you do, e.g. "Product manager for clinical software") is needed',
      '--role: your current role’s title is needed',
      '--employer: your current employer is needed',
      '--since: write the month your role started as YYYY-MM; received "March 2020"',
      '--email: not an email address; received "not-mail"',
      '--site: a whole web address, such as https://you.github.io/career/; received "xm.github.io"',
    ]);
  });
});
