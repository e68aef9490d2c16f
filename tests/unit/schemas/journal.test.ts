import { describe, expect, it } from 'vitest';
import { InterviewSchema, NetworkContactSchema } from '../../../src/schemas/index.ts';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('NetworkContactSchema', () => {
  it('needs only a name; circles, lists and a 90-day cadence default', () => {
    expect(NetworkContactSchema.parse({ name: 'Priya Raman' })).toEqual({ name: 'Priya Raman', circles: [], cadence: 90, caresAbout: [], helpedThem: [], helpedMe: [] });
  });

  it('has no visibility: a contact is always private', () => {
    expect(issues(NetworkContactSchema.safeParse({ name: 'A', visibility: 'public' }))).toEqual([['', 'Unrecognized key: "visibility"']]);
  });

  it('explains a bad date or cadence', () => {
    expect(issues(NetworkContactSchema.safeParse({ name: 'A', lastContact: '2026-11', cadence: 0 }))).toEqual([
      ['lastContact', 'needs at least a day: use YYYY-MM-DD, e.g. 2024-03-05'],
      ['cadence', 'must be at least 1 day'],
    ]);
  });
});

describe('InterviewSchema', () => {
  it('needs company, position, stage and date; outcome defaults to pending', () => {
    expect(InterviewSchema.parse({ company: 'Acme', position: 'SRE', stage: 'onsite', date: '2026-05-20' })).toEqual({
      company: 'Acme',
      position: 'SRE',
      stage: 'onsite',
      date: '2026-05-20',
      outcome: 'pending',
      questions: [],
      wentWell: [],
      doDifferently: [],
    });
  });

  it('has no visibility and names the allowed stages', () => {
    expect(issues(InterviewSchema.safeParse({ company: 'Acme', position: 'SRE', stage: 'coffee', date: '2026-05-20', visibility: 'private' }))).toEqual([
      ['stage', 'must be one of application, recruiter-screen, hiring-manager, technical, onsite, final, offer'],
      ['', 'Unrecognized key: "visibility"'],
    ]);
  });
});
