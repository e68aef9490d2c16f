import { describe, expect, it } from 'vitest';
import { describeImageProblems, locateImageProblem } from '../../../../../src/lib/render/cards/problems.ts';
import { fixture, pitchWithCard } from './fixture.ts';

describe('image problems', () => {
  const { content } = fixture(pitchWithCard('  headline: A headline\n  contact: [email, fax]'));
  const headline = { image: 'the front of business card "recruiters"', origin: { kind: 'content' as const, collection: 'pitches' as const, id: 'recruiters', field: ['card', 'headline'] }, message: 'does not fit', hint: 'shorten card.headline in this pitch' };

  it('point at the file, line and field to change', () => {
    expect(locateImageProblem(headline, content)).toEqual({ file: expect.stringMatching(/pitches\/recruiters\.mdx$/), line: 6, field: 'card.headline', message: 'does not fit', hint: 'shorten card.headline in this pitch' });
    expect(locateImageProblem({ ...headline, origin: { kind: 'page', page: '/work/', field: 'title' } }, content)).toMatchObject({ file: 'page /work/', field: 'title' });
  });

  it('are told together, one line each, in file order', () => {
    const contact = { ...headline, origin: { ...headline.origin, field: ['card', 'contact', 1] }, message: '"fax" is not a contact field', hint: 'use email' };
    const text = describeImageProblems([contact, headline], content).split(/[^\n]*cairn-content-[^/]+\//).join('');
    expect(text).toBe('2 problems with business cards and social images:\npitches/recruiters.mdx:6  card.headline  does not fit  (shorten card.headline in this pitch)\npitches/recruiters.mdx:7  card.contact.1  "fax" is not a contact field  (use email)');
  });
});
