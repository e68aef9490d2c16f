import { describe, expect, it } from 'vitest';
import { buildReview, defaultPeriod } from '../../../../src/lib/career/review.ts';
import { renderReviewMarkdown } from '../../../../src/lib/career/review-markdown.ts';
import { careerContent } from './fixture.ts';

const { content } = careerContent();
const period = defaultPeriod('2026-06-30');
const report = buildReview(content, period);

describe('buildReview on the fixture, the 90 days to 2026-06-30', () => {
  it('covers the 90 days up to and including the last day', () => {
    expect(period).toEqual({ since: '2026-04-02', until: '2026-06-30' });
    expect(report.period.days).toBe(90);
  });

  it('includes the period’s accomplishments, private ones too, newest first', () => {
    expect(report.accomplishments.map((entry) => [entry.id, entry.visibility])).toEqual([
      ['2026-06-01-mentoring-circle', 'private'],
      ['2026-05-10-ledger-latency', 'public'],
    ]);
    expect(report.summary).toEqual({ accomplishments: 2, roles: 1, skillsPractised: 4, learning: 1, impactMetrics: 2 });
  });

  it('groups them by role and by skill, counting learning as evidence too', () => {
    expect(report.byRole).toEqual([{ role: 'orbit-staff', title: 'Staff Engineer', organisation: 'Orbit Labs', accomplishments: ['2026-06-01-mentoring-circle', '2026-05-10-ledger-latency'] }]);
    expect(report.bySkill.map((group) => [group.skill, group.accomplishments.length + group.learning.length])).toEqual([
      ['go', 1],
      ['kubernetes', 1],
      ['mentoring', 1],
      ['postgresql', 1],
    ]);
  });

  it('lists the impact metrics with their figures and change', () => {
    expect(report.impact).toEqual([
      expect.objectContaining({ accomplishment: '2026-06-01-mentoring-circle', label: 'engineers ready for on-call', figure: '6', change: undefined }),
      expect.objectContaining({ accomplishment: '2026-05-10-ledger-latency', label: 'ledger p99 latency', figure: '400 ms → 80 ms', change: '−80%' }),
    ]);
  });

  it('reports the skills with no evidence for over a year, never-evidenced first', () => {
    expect(report.staleSkills.map((skill) => [skill.skill, skill.lastEvidence ?? null])).toEqual([
      ['rust', null],
      ['python', '2022-05-05'],
      ['terraform', '2024-02-10'],
    ]);
  });

  it('shows goal progress as the linked skills with new evidence', () => {
    expect(report.goals).toEqual([
      {
        id: 'lead-team',
        title: 'Lead a platform team of five',
        horizon: '12-months',
        targetDate: '2027-03',
        skills: [
          { skill: 'mentoring', name: 'Mentoring', evidence: ['2026-06-01-mentoring-circle'] },
          { skill: 'python', name: 'Python', evidence: [] },
        ],
        progressed: 1,
      },
    ]);
  });

  it('finds each variant’s gap: from its emphasis, or from the skills its text names', () => {
    expect(report.variants.map((variant) => [variant.id, variant.skillsFrom, variant.skills.map((skill) => skill.skill), variant.gaps.map((skill) => skill.skill)])).toEqual([
      ['data', 'named', ['python', 'postgresql'], ['python']],
      ['platform', 'emphasis', ['kubernetes', 'terraform', 'go'], ['terraform']],
    ]);
  });

  it('lists overdue relationships, the most overdue first, with what they care about', () => {
    expect(report.network.overdue.map((contact) => [contact.id, contact.daysOverdue, contact.countedFrom])).toEqual([
      ['cara-ng', 150, 'met'],
      ['ana-lima', 61, 'lastContact'],
    ]);
    expect(report.network.overdue[1]!.caresAbout).toEqual(['Hiring platform engineers', 'Her cycling club']);
  });

  it('collects the interview lessons of the period', () => {
    expect(report.interviews.interviews.map((interview) => interview.id)).toEqual(['2026-05-20-acme', '2026-06-15-globex']);
    expect(report.interviews.recurringQuestions.map((question) => [question.question, question.interviews])).toEqual([
      ['How would you scale PostgreSQL reads?', ['2025-01-10-initech', '2026-05-20-acme']],
      ['Tell me about a time you disagreed with your manager.', ['2026-05-20-acme', '2026-06-15-globex']],
    ]);
    expect(report.interviews.doDifferently).toEqual([{ note: 'Quantify the impact up front.', interviews: ['2026-05-20-acme', '2026-06-15-globex'], companies: ['Acme', 'Globex'] }]);
  });

  it('does not count evidence dated after the period', () => {
    const earlier = buildReview(content, { since: '2025-01-01', until: '2025-12-31' });
    expect(earlier.accomplishments.map((entry) => entry.id)).toEqual(['2025-09-12-status-page']);
    expect(earlier.staleSkills.map((skill) => skill.skill)).toContain('go');
    expect(earlier.network.overdue.map((contact) => contact.id)).toEqual([]);
  });
});

describe('renderReviewMarkdown', () => {
  const markdown = renderReviewMarkdown(report);

  it('has every section, in order', () => {
    expect(markdown.split('\n').filter((line) => /^##? /.test(line))).toEqual([
      '# Review: Apr 2, 2026 – Jun 30, 2026',
      '## Accomplishments by role',
      '## Accomplishments by skill',
      '## Impact',
      '## Learning',
      '## Skills',
      '## Goals',
      '## Resume variants: gaps',
      '## Relationships overdue for a check-in',
      '## Interview lessons',
    ]);
  });

  it('says what the period holds in words a self-review can reuse', () => {
    expect(markdown).toContain('2 accomplishments across 1 role, 4 skills practised, 1 learning entry, 2 measured results (90 days; private entries included).');
    expect(markdown).toContain('- **Started a mentoring circle for new on-call engineers** (Jun 1, 2026; private)');
    expect(markdown).toContain('| ledger p99 latency | 400 ms → 80 ms (−80%) | Cut ledger query p99 latency by 80% |');
    expect(markdown).toContain('12-month goal, by Mar 2027. 1 of 2 linked skills with new evidence.');
    expect(markdown).toContain('- **Platform engineer** (Staff Platform Engineer): 1 of its 3 emphasised skills has no evidence in the last year: Terraform (last evidence Feb 2024).');
    expect(markdown).toContain('- **Cara Ng**: 150 days overdue (met Jan 2026, no contact since; check in every 30 days).');
    expect(markdown).toContain('- **Ana Lima** (Globex): 61 days overdue (last contact Mar 1, 2026; check in every 60 days). Cares about: Hiring platform engineers; Her cycling club.');
    expect(markdown).toContain('- "Tell me about a time you disagreed with your manager." (asked in 2 interviews)');
    expect(markdown).toContain('- Quantify the impact up front. (Acme, Globex: noted in 2 interviews)');
  });

  it('names the newest entry before an empty period, and none when the period has entries', () => {
    const later = buildReview(content, { since: '2030-01-01', until: '2030-03-31' });
    const newest = content.accomplishments.map((entry) => entry.data.date).sort().at(-1);
    expect(later.newestBefore).toBe(newest);
    expect(renderReviewMarkdown(later)).toContain(`--since ${newest!.slice(0, 7)}-01\` reaches back to it.`);
    expect(buildReview(content, period).newestBefore).toBeUndefined();
  });

  it('says so when a period is empty', () => {
    const empty = renderReviewMarkdown(buildReview({ ...content, accomplishments: [], learning: [], interviews: [], network: [] }, period));
    expect(empty).toContain('Nothing logged in this period.');
    expect(empty).toContain('No measured results in this period.');
    expect(empty).toContain('Nobody is overdue.');
    expect(empty).toContain('No interviews in this period.');
  });
});
