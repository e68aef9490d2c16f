import { describe, expect, it } from 'vitest';
import { draftVariant } from '../../../../src/lib/career/draft-variant.ts';
import { variantSkills } from '../../../../src/lib/career/variant-skills.ts';
import type { TailorReport } from '../../../../src/lib/career/tailor.ts';
import { ResumeSchema } from '../../../../src/schemas/index.ts';
import { careerContent } from './fixture.ts';

const { content } = careerContent();
const variant = (id: string) => content.resumes.find((entry) => entry.id === id)!;

describe('variantSkills', () => {
  it('takes the positively weighted emphasis skills, heaviest first', () => {
    expect(variantSkills(variant('platform'), content.skills)).toEqual({ source: 'emphasis', skills: ['kubernetes', 'terraform', 'go'] });
  });

  it('falls back to the skills the title, target role and summary name', () => {
    expect(variantSkills(variant('data'), content.skills)).toEqual({ source: 'named', skills: ['python', 'postgresql'] });
  });
});

describe('draftVariant', () => {
  const report = {
    emphasis: {
      skills: [
        { skill: 'postgresql', name: 'PostgreSQL', requested: 2, shownIn: 2, weight: 3 },
        { skill: 'mentoring', name: 'Mentoring', requested: 1, shownIn: 1, weight: 2 },
      ],
      accomplishments: ['2026-05-10-ledger-latency', '2026-03-15-helm-charts', '2022-05-05-billing-rewrite', '2024-02-10-terraform-modules'],
      missingKeywords: [],
    },
  } as unknown as TailorReport;
  const draft = draftVariant(report, content.profile[0]!, 'Initrode', 'Platform Engineer');

  it('aims at the posting, emphasises its skills and pins the best three accomplishments, for sending only', () => {
    expect(draft.baseName).toBe('initrode-platform-engineer');
    expect(draft.data).toEqual({
      title: 'Platform Engineer at Initrode',
      targetRole: 'Platform Engineer',
      emphasis: { skills: { postgresql: 3, mentoring: 2 } },
      pinned: ['2026-05-10-ledger-latency', '2026-03-15-helm-charts', '2022-05-05-billing-rewrite'],
      visibility: 'resume',
    });
    expect(ResumeSchema.safeParse(draft.data).success).toBe(true);
  });

  it('starts the summary from the headline, the top skills and the value proposition', () => {
    expect(draft.body).toBe('Staff Platform Engineer with a record in PostgreSQL and Mentoring. I keep databases fast and platforms boring.\n');
  });
});
