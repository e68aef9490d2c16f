import { describe, expect, it } from 'vitest';
import { letterText } from '../../../../../src/lib/render/letters/text.ts';
import { localizeContent } from '../../../../../src/lib/content/localize.ts';
import { letterView } from '../../../../../src/lib/model/letter-view.ts';
import { loadedAsRaw } from '../../../../../src/lib/model/loaded-content.ts';
import { buildModel } from '../../../../../src/lib/model/model.ts';
import { visibleContent } from '../../../../../src/lib/model/visibility.ts';
import { mdx, minimalContent } from '../../../../support/content-fixture.ts';
import { BASIC_LETTER, letterFile, loadLetters, viewOf } from './fixtures.ts';

describe('letterText', () => {
  it('writes the whole letter as plain text, one paragraph a line, contact details labelled', () => {
    const content = loadLetters(letterFile('globex', BASIC_LETTER, 'First paragraph, written\nover two lines with a [link](https://ada.example/work).\n\n- one point\n- another\n'));
    expect(letterText(viewOf(content, 'globex', 'resume'))).toBe(
      [
        'Ada Example',
        'Platform engineer · Go, Kubernetes',
        'Leeds, UK',
        'Email: ada@ada.example',
        'Phone: +44 7700 900123',
        'Website: https://ada.example',
        '',
        'March 5, 2026',
        '',
        'Grace Hopper',
        'Head of Platform',
        'Globex',
        '',
        'Application for Senior Platform Engineer',
        '',
        'Dear Grace Hopper,',
        '',
        'First paragraph, written over two lines with a link (https://ada.example/work).',
        '',
        '- one point',
        '',
        '- another',
        '',
        'Kind regards,',
        'Ada Example',
        '',
      ].join('\n'),
    );
  });

  it('has no phone number in the public copy', () => {
    const content = loadLetters(letterFile('globex', `${BASIC_LETTER}\nvisibility: public`));
    const text = letterText(viewOf(content, 'globex', 'public'));
    expect(text).not.toContain('Phone');
    expect(text).not.toContain('7700');
    expect(text).toContain('I cut checkout latency by 89% at Acme.');
  });

  it('leaves the addressee’s title out when the letter gives none', () => {
    const content = loadLetters(letterFile('globex', BASIC_LETTER.replace(', title: Head of Platform', '')));
    expect(letterText(viewOf(content, 'globex', 'resume'))).toContain('\n\nGrace Hopper\nGlobex\n\n');
  });
});

describe('a letter written in another language', () => {
  it('labels its contact details and names the job in that language, with the variant’s headline in it', () => {
    const content = loadLetters({
      ...letterFile('globex', `${BASIC_LETTER}\nlanguage: de`, 'Ich möchte zu Globex wechseln.\n'),
      'profile.mdx': minimalContent()['profile.mdx']!.replace(/^---\n/, '---\nlanguages: [en, de]\n'),
      'resumes/platform.mdx': mdx('title: Platform\ntargetRole: Platform Engineer\nheadline: { en: Platform engineer, de: Plattformingenieurin }\npaper: a4', '\nA summary.\n'),
    });
    const german = buildModel(visibleContent(localizeContent(loadedAsRaw(content), 'de').content, 'resume'), { language: 'de' });
    const letter = content.letters.find((entry) => entry.id === 'globex')!;
    const text = letterText(letterView(letter, german, german.resumes.find((entry) => entry.id === 'platform')!, 'resume'));
    expect(text).toContain('\nPlattformingenieurin\n');
    expect(text).toContain('\nE-Mail: ada@ada.example\n');
    expect(text).toContain('\nBewerbung als Senior Platform Engineer\n');
    expect(text).toContain('\nMit freundlichen Grüßen\n');
    expect(text).not.toMatch(/^(Email|Phone|Application for)\b/m);
  });
});
