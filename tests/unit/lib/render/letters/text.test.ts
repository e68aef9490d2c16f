import { describe, expect, it } from 'vitest';
import { letterText } from '../../../../../src/lib/render/letters/text.ts';
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
