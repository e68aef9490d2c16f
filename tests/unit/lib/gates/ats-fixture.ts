import type { AtsExpectation } from '../../../../src/lib/gates/ats-expectation.ts';

/** A fictional one-role resume: what the ATS tests expect to read back. */
export const BULLETS = ['Cut deploy time from 40 to 6 minutes by caching container layers', 'Led the finance team through the migration to a new ledger'] as const;

export const EXPECTED: AtsExpectation = {
  id: 'fixture',
  language: 'en',
  design: 'fixture',
  name: 'Ada Fictional',
  email: 'ada@example.org',
  phone: '+44 7700 900123',
  links: [{ text: 'example.org/ada', url: 'https://example.org/ada' }],
  sections: [
    {
      section: 'experience',
      heading: 'Experience',
      lines: [],
      entries: [{ title: 'Platform Engineer', dates: ['Jan 2020 – Present'], lines: BULLETS.map((text, index) => ({ text, source: `bullet ${index + 1}` })) }],
    },
    { section: 'skills', heading: 'Skills', lines: [], entries: [] },
  ],
  keywords: ['Kubernetes', 'Terraform'],
};
