import { describe, expect, it } from 'vitest';
import { textRuns } from '../../../../../src/lib/render/cards/text-pieces.ts';

const FAMILY = 'inter-latin,inter-latin-ext';
/** A text piece as satori writes it without glyph outlines. */
const piece = (x: number, y: number, text: string, { fill = '#FFFFFF', size = 24, spacing }: { fill?: string; size?: number; spacing?: number } = {}) =>
  `<text x="${x}" y="${y}" width="10" height="30" font-weight="400" font-style="normal" font-size="${size}" font-family="${FAMILY}"${spacing === undefined ? '' : ` letter-spacing="${spacing}"`} fill="${fill}">${text}</text>`;

describe('satori’s text pieces', () => {
  it('are shaped a word at a time with the space after it, from the word’s first piece, a line at a time', () => {
    const svg = `<svg><rect fill="#000"/>${piece(72, 100, 'on')}${piece(90.5, 100, '-')}${piece(97, 100, 'call')}${piece(130, 100, ' ')}${piece(136, 100, 'rota,')}${piece(72, 130, 'next')}</svg>`;
    const read = textRuns(svg)!;
    expect(read.rest).toBe('<svg><rect fill="#000"/></svg>');
    expect(read.runs).toEqual([
      {
        colour: '#ffffff',
        size: 24,
        weight: 400,
        family: FAMILY,
        letterSpacing: 0,
        words: [
          { x: 72, y: 100, text: 'on-call ' },
          { x: 136, y: 100, text: 'rota,' },
          { x: 72, y: 130, text: 'next' },
        ],
      },
    ]);
  });

  it('start a new run, filled on its own, where the colour, size or spacing changes', () => {
    const read = textRuns(`${piece(72, 100, 'CASE', { spacing: 2.4, size: 20 })}${piece(140, 100, 'Title')}${piece(72, 200, 'figure', { fill: '#d18c72' })}`)!;
    expect(read.runs.map((run) => [run.colour, run.size, run.letterSpacing, run.words.map((word) => word.text)])).toEqual([
      ['#ffffff', 20, 2.4, ['CASE']],
      ['#ffffff', 24, 0, ['Title']],
      ['#d18c72', 24, 0, ['figure']],
    ]);
  });

  it('are read with their escaped characters', () => {
    expect(textRuns(piece(0, 10, 'R&amp;D &lt;fast&gt; &quot;now&quot; isn&#39;t'))!.runs[0]!.words[0]!.text).toBe('R&D <fast> "now" isn\'t');
  });

  it('are not read when the text holds a picture, or a piece has what satori draws itself (a transform, a clip, a slant)', () => {
    expect(textRuns(`${piece(0, 10, 'a')}<image href="data:image/svg+xml;base64,AA" x="0" y="0" width="20" height="20"/>`)).toBeUndefined();
    expect(textRuns(piece(0, 10, 'a').replace('<text ', '<text transform="matrix(1,0,0,1,0,0)" '))).toBeUndefined();
    expect(textRuns(piece(0, 10, 'a').replace('<text ', '<text clip-path="url(#c)" '))).toBeUndefined();
    expect(textRuns(piece(0, 10, 'a').replace('font-style="normal"', 'font-style="italic"'))).toBeUndefined();
    expect(textRuns(piece(0, 10, 'a'))).toBeDefined();
  });
});
