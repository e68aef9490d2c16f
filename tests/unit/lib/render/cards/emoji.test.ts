import { describe, expect, it } from 'vitest';
import { graphemesOf } from '../../../../../src/lib/render/cards/emoji.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const bySegmenter = (text: string) => Array.from(segmenter.segment(text), (segment) => segment.segment);

/** Every character of the ranges graphemesOf splits without a segmenter. */
const plainCharacters = [
  [0x20, 0x7e],
  [0xa0, 0x2ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20c0],
].flatMap(([first, last]) => Array.from({ length: last! - first! + 1 }, (_unused, index) => String.fromCodePoint(first! + index)));

describe('graphemesOf', () => {
  it('splits text of Latin letters, punctuation and currency signs as the segmenter does, whatever their order', () => {
    const all = plainCharacters.join('');
    expect(graphemesOf(all)).toEqual(bySegmenter(all));
    expect(graphemesOf([...all].reverse().join(''))).toEqual(bySegmenter([...all].reverse().join('')));
    expect(graphemesOf('Case study · März 2021 · Acme — −88 % in 3 €')).toEqual(bySegmenter('Case study · März 2021 · Acme — −88 % in 3 €'));
  });

  it('keeps combining marks, joined emoji, flags, keycaps and line breaks with the character they belong to', () => {
    for (const text of ['Zoë Ångström', 'Zoe\u0308 Ra\u0301ul', 'Nguyễn Văn A', 'ship it 👩🏽‍💻 now', 'from 🇩🇪 to 🇯🇵', 'press 1️⃣', 'line\r\nbreak', '‼️ done', 'नमस्ते', '한국어']) {
      expect(graphemesOf(text), text).toEqual(bySegmenter(text));
    }
    expect(graphemesOf('Zoë Ångström')).toHaveLength(12);
    expect(graphemesOf('ship 👩🏽‍💻')).toEqual(['s', 'h', 'i', 'p', ' ', '👩🏽‍💻']);
  });
});
