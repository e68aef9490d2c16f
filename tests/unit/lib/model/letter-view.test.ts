import { describe, expect, it } from 'vitest';
import { letterCourtesies, letterDate } from '../../../../src/lib/model/letter-view.ts';
import { checkLetters } from '../../../../src/lib/content/letter-rules.ts';
import { BASIC_LETTER, letterFile, loadLetters, viewOf } from '../render/letters/fixtures.ts';

describe('letterView', () => {
  it('puts the resume-level phone in the copy for sending and leaves it out of the public copy', () => {
    const content = loadLetters(letterFile('globex', `${BASIC_LETTER}\nvisibility: public`));
    expect(viewOf(content, 'globex', 'resume').letterhead.phone).toBe('+44 7700 900123');
    expect(viewOf(content, 'globex', 'public').letterhead.phone).toBeUndefined();
  });

  it('never prints a private address, even in the copy for sending', () => {
    const content = loadLetters(letterFile('globex', BASIC_LETTER));
    expect(viewOf(content, 'globex', 'resume').letterhead.address).toBeUndefined();
  });

  it('takes the paper, design and headline of the resume variant it accompanies', () => {
    const content = loadLetters({ ...letterFile('globex', BASIC_LETTER), ...letterFile('plain', BASIC_LETTER.replace('resume: platform', 'resume: plain')) });
    const globex = viewOf(content, 'globex', 'resume');
    expect([globex.paper, globex.design, globex.letterhead.headline]).toEqual(['a4', 'branded', 'Platform engineer · Go, Kubernetes']);
    const plain = viewOf(content, 'plain', 'resume');
    // The plain variant sets no headline of its own: the profile's heads the letter.
    expect([plain.paper, plain.design, plain.letterhead.headline]).toEqual(['letter', 'plain', 'Platform engineer']);
  });

  it('uses a resume-only variant’s headline only in the copy for sending', () => {
    const content = loadLetters(letterFile('globex', `${BASIC_LETTER.replace('resume: platform', 'resume: for-sending')}\nvisibility: public`));
    expect(viewOf(content, 'globex', 'resume').letterhead.headline).toBe('Only for people I send it to');
    expect(viewOf(content, 'globex', 'public').letterhead.headline).toBe('Platform engineer');
  });

  it('greets the addressee by name and closes with kind regards unless told otherwise', () => {
    const content = loadLetters({
      ...letterFile('default', BASIC_LETTER),
      ...letterFile('own', `${BASIC_LETTER}\ngreeting: Dear Dr Hopper,\nclosing: Yours sincerely,`),
    });
    const byDefault = viewOf(content, 'default', 'resume');
    expect([byDefault.greeting, byDefault.closing]).toEqual(['Dear Grace Hopper,', 'Kind regards,']);
    const own = viewOf(content, 'own', 'resume');
    expect([own.greeting, own.closing]).toEqual(['Dear Dr Hopper,', 'Yours sincerely,']);
  });

  it('drops MDX import and export lines from the body, which mean nothing on paper', () => {
    const content = loadLetters(letterFile('globex', BASIC_LETTER, "import Note from '../note.astro';\n\nHello there.\n"));
    expect(viewOf(content, 'globex', 'resume').body).toBe('Hello there.');
  });
});

describe('letterDate', () => {
  it('spells the date out, whatever the time zone of the machine', () => {
    expect(letterDate('2026-03-05')).toBe('March 5, 2026');
    expect(letterDate('2026-12-31')).toBe('December 31, 2026');
  });
});

describe('a letter in another language', () => {
  const data = { addressee: { name: 'Hannah Osei' }, greeting: undefined, closing: undefined };

  it('spells its date and takes its default salutation and closing in that language', () => {
    expect(letterDate('2026-03-05', 'de')).toBe('5. März 2026');
    expect(letterDate('2026-03-05', 'ja')).toBe('2026年3月5日');
    expect(letterCourtesies(data, 'de')).toEqual({ greeting: 'Guten Tag Hannah Osei,', closing: 'Mit freundlichen Grüßen' });
    expect(letterCourtesies(data, 'it')).toEqual({ greeting: 'Gentile Hannah Osei,', closing: 'Cordiali saluti,' });
    expect(letterCourtesies(data)).toEqual({ greeting: 'Dear Hannah Osei,', closing: 'Kind regards,' });
  });

  it('keeps the salutation and closing the letter writes itself', () => {
    expect(letterCourtesies({ ...data, greeting: 'Sehr geehrte Frau Dr. Osei,', closing: 'Viele Grüße' }, 'de')).toEqual({ greeting: 'Sehr geehrte Frau Dr. Osei,', closing: 'Viele Grüße' });
  });

  it('must be in a language the profile publishes', () => {
    const content = loadLetters(letterFile('globex', `${BASIC_LETTER}\nlanguage: fr`));
    expect(checkLetters(content).map((problem) => [problem.field, problem.message])).toEqual([['language', 'is not one of the languages the profile publishes (en)']]);
  });
});
