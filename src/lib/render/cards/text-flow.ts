import LineBreaker from 'linebreak';
import type { Face, Shaper } from './shaping.ts';

/**
 * A paragraph's lines as satori sets them, without satori: the same break opportunities (Unicode
 * line breaking, by the `linebreak` package satori uses), the same advance widths (HarfBuzz, summed
 * as satori sums them), the same wrapping, balancing and rounding, so every piece lands where
 * satori would write it, to the last bit of its coordinates. It covers the text page images hold:
 * anything else (a tab, a forced break, a zero-width character, a character outside the fonts) is
 * undefined, and left to satori. Tests hold it to satori's own output.
 */

export interface FlowStyle {
  /** The font-family list as satori writes it: names lowercased, comma-separated. */
  family: string;
  weight: number;
  size: number;
  /** A multiple of the size, or `normal` (the font's ascent and descent). */
  lineHeight: number | 'normal';
  /** Pixels after every character. */
  letterSpacing: number;
  uppercase: boolean;
  balance: boolean;
  /** Whether a word wider than the line is broken between its characters (`word-break: break-word`). */
  breakWords: boolean;
  align: 'left' | 'right';
}

/** A piece of a line as satori writes it: its left edge and baseline from the paragraph's top left. */
export interface FlowPiece {
  x: number;
  y: number;
  text: string;
}

export interface FlowedText {
  /** The widest line, as satori rounds a measured text's width up. */
  width: number;
  height: number;
  lines: number;
  pieces: FlowPiece[];
}

/** Everything a paragraph needs from the fonts: widths and the metrics of the face of a text. */
export interface TextMeasurer {
  /** The advance width of a text at a size with letter spacing; undefined when a font lacks a character. */
  width(text: string, size: number, letterSpacing: number): number | undefined;
  /** The face satori takes a text's line height and baseline from: the first with its first character. */
  faceOf(text: string): Face | undefined;
}

export function measurerFor(shaper: Shaper, family: string, weight: number, letterSpaced: boolean): TextMeasurer {
  const shape = shaper.words(family, weight, letterSpaced);
  const faces = family.split(',').map((name) => shaper.face(name.trim(), weight)).filter((face): face is Face => face !== undefined);
  return {
    width(text, size, letterSpacing) {
      const runs = shape(text);
      if (!runs) return undefined;
      // Summed as satori sums them: each run's advances in font units, scaled, then the spacing after every character.
      let total = 0;
      let characters = 0;
      for (const { face, glyphs } of runs) {
        let advance = 0;
        for (let index = 0; index < glyphs.length; index++) {
          advance += glyphs[index]!.advance;
          if (glyphs[index + 1]?.cluster !== glyphs[index]!.cluster) characters++;
        }
        total += (advance / face.upem) * size;
      }
      return total + letterSpacing * characters;
    },
    faceOf(text) {
      const codePoint = text.codePointAt(0);
      return codePoint === undefined ? undefined : faces.find((face) => face.has(codePoint));
    },
  };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** A text's words as satori cuts a line's piece into `<text>` elements: by word, a no-break space joining its neighbours. */
function wordPieces(text: string): string[] {
  const segmented = Array.from(wordSegmenter.segment(text), (piece) => piece.segment);
  const pieces: string[] = [];
  for (let index = 0; index < segmented.length; index++) {
    if (segmented[index] === '\u00a0') {
      const before = index === 0 ? '' : pieces.pop()!;
      pieces.push(before + '\u00a0' + (segmented[index + 1] ?? ''));
      index++;
    } else pieces.push(segmented[index]!);
  }
  return pieces;
}

/** The text between break opportunities, each with the spaces after it; undefined with a forced break. */
function breakWords(text: string): string[] | undefined {
  const breaker = new LineBreaker(text);
  const words: string[] = [];
  let last = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (next.required && next.position < text.length) return undefined;
    words.push(text.slice(last, next.position));
    last = next.position;
  }
  return words;
}

/**
 * Characters satori places in ways this flow does not follow: zero-width and soft breaks, and
 * anything that makes satori reorder a line for right-to-left text (its own test for it, with
 * the direction marks and embeddings).
 */
const UNFOLLOWED = /[\t\u200b-\u200f\u2060\ufeff\u00ad\u2028\u2029\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Lays a text out in a box `width` wide, as satori lays out a paragraph: undefined when the text
 * needs what only satori does.
 */
export function flowText(source: string, width: number, style: FlowStyle, measurer: TextMeasurer): FlowedText | undefined {
  const content = (style.uppercase ? source.toLocaleUpperCase() : source).replace(/\n/g, ' ').replace(/([ ]|\t)+/g, ' ').replace(/^[ ]|[ ]$/g, '');
  if (content === '' || UNFOLLOWED.test(content)) return undefined;
  const words = breakWords(content);
  if (!words) return undefined;
  const widths = new Map<string, number | undefined>();
  const measure = (text: string): number => {
    if (!widths.has(text)) widths.set(text, measurer.width(text, style.size, style.letterSpacing));
    const measured = widths.get(text);
    if (measured === undefined) throw UNMEASURABLE;
    return measured;
  };
  const metrics = new Map<string, { height: number; baseline: number }>();
  const metricsOf = (text: string) => {
    let known = metrics.get(text);
    if (!known) {
      const face = measurer.faceOf(text);
      if (!face) throw UNMEASURABLE;
      const ascent = (face.ascender / face.upem) * style.size;
      const descent = (face.descender / face.upem) * style.size;
      const height = style.lineHeight === 'normal' ? ascent - descent : style.size * style.lineHeight;
      // Rounded as Chrome rounds them, half the leading floored.
      const roundedAscent = Math.round(ascent);
      known = { height, baseline: roundedAscent + Math.floor((height - roundedAscent - Math.round(-descent)) / 2) };
      metrics.set(text, known);
    }
    return known;
  };
  try {
    const first = flow(words, width, measure, metricsOf, style.breakWords);
    if (!first) return undefined;
    let laid = first;
    if (style.balance) {
      // The narrowest width that keeps the lines as few, found by halving as satori does.
      let low = first.width / 2;
      let high = first.width;
      while (low + 1 < high) {
        const middle = (low + high) / 2;
        const tried = flow(words, middle, measure, metricsOf, style.breakWords);
        if (!tried) return undefined;
        if (tried.height > first.height) low = middle;
        else high = middle;
      }
      const balanced = flow(words, high, measure, metricsOf, style.breakWords);
      if (!balanced) return undefined;
      laid = balanced;
    }
    const pieces = placed(laid, width, style.align, measure);
    return { width: Math.ceil(first.width), height: first.height, lines: laid.lineWidths.length, pieces };
  } catch (error) {
    if (error === UNMEASURABLE) return undefined;
    throw error;
  }
}

const UNMEASURABLE = Symbol('unmeasurable');

interface Laid {
  width: number;
  height: number;
  lineWidths: number[];
  baselines: number[];
  /** Each word with its line, its line's top, and its left on the line. */
  placedWords: { text: string; line: number; top: number; left: number }[];
}

/** One pass of satori's line filling at a width. */
function flow(source: readonly string[], width: number, measure: (text: string) => number, metricsOf: (text: string) => { height: number; baseline: number }, breakWords: boolean): Laid | undefined {
  const words = source.slice();
  const lineWidths: number[] = [];
  const baselines: number[] = [];
  const placedWords: Laid['placedWords'] = [];
  let maxWidth = 0;
  let height = 0;
  let currentWidth = 0;
  let lineHeight = 0;
  let baseline = 0;
  let previousEndingSpaces = 0;
  // A line ends without the spaces after its last word.
  const endLine = () => {
    lineWidths.push(currentWidth - previousEndingSpaces);
    baselines.push(baseline);
    height += lineHeight;
  };
  for (let index = 0; index < words.length; ) {
    const word = words[index]!;
    const full = measure(word);
    const trimmed = word.trimEnd();
    const endingSpaces = trimmed === word ? 0 : full - measure(trimmed);
    // Trailing spaces may hang past the line's end.
    const wraps = index > 0 && currentWidth + full > width + endingSpaces;
    if (breakWords && full > width && (!currentWidth || wraps)) {
      const characters = Array.from(graphemes.segment(word), (piece) => piece.segment);
      if (characters.length > 1) {
        words.splice(index, 1, ...characters);
        if (currentWidth > 0) {
          endLine();
          currentWidth = 0;
          lineHeight = 0;
          baseline = 0;
        }
        previousEndingSpaces = endingSpaces;
        continue;
      }
    }
    if (full === 0) return undefined;
    const metrics = metricsOf(word);
    if (wraps) {
      endLine();
      currentWidth = full;
      lineHeight = Math.round(metrics.height);
      baseline = Math.round(metrics.baseline);
      maxWidth = Math.max(maxWidth, width);
    } else {
      currentWidth += full;
      const wordHeight = Math.round(metrics.height);
      if (wordHeight > lineHeight) {
        lineHeight = wordHeight;
        baseline = Math.round(metrics.baseline);
      }
    }
    maxWidth = Math.max(maxWidth, currentWidth);
    placedWords.push({ text: word, line: lineWidths.length, top: height, left: currentWidth - full });
    index++;
    previousEndingSpaces = endingSpaces;
  }
  if (currentWidth) {
    height += lineHeight;
    lineWidths.push(currentWidth);
    baselines.push(baseline);
  }
  return { width: maxWidth, height, lineWidths, baselines, placedWords };
}

/** The pieces of the laid-out words, moved along their lines by the alignment as satori moves them. */
function placed(laid: Laid, width: number, align: FlowStyle['align'], measure: (text: string) => number): FlowPiece[] {
  const pieces: FlowPiece[] = [];
  for (const word of laid.placedWords) {
    let x = word.left;
    for (const text of wordPieces(word.text)) {
      // A paragraph's lines are aligned in its full width.
      const left = align === 'right' ? x + (width - laid.lineWidths[word.line]!) : x;
      pieces.push({ x: left, y: word.top + laid.baselines[word.line]!, text });
      x += measure(text);
    }
  }
  return pieces;
}
