/**
 * The text of satori's SVG when it is drawn without glyph outlines (`embedFont: false`): one
 * `<text>` element per piece of a line (a word, a space, a comma), at the left of the piece and on
 * its line's baseline. Read back here as pieces grouped the way satori groups them when it does
 * write outlines: the pieces of one word with the space after it are shaped together, and all the
 * words of one text element are filled as one outline.
 */

/** A piece as satori placed it. */
export interface TextPiece {
  x: number;
  /** The baseline. */
  y: number;
  size: number;
  weight: number;
  /** The font-family list, as satori writes it (names lowercased, comma-separated). */
  family: string;
  letterSpacing: number;
  /** `#rrggbb`, lowercase. */
  colour: string;
  text: string;
}

/** The pieces shaped together, drawn from the first one's place. */
export interface TextWord {
  x: number;
  y: number;
  text: string;
}

/** The words of one text element: one fill, in one colour. */
export interface TextRun {
  colour: string;
  size: number;
  weight: number;
  family: string;
  letterSpacing: number;
  words: TextWord[];
}

const TEXT = /<text ([^>]*)>([^<]*)<\/text>/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;
/** What satori writes on a text piece; anything else (a transform, a clip, a stroke) is not for this reader. */
const KNOWN = new Set(['x', 'y', 'width', 'height', 'font-weight', 'font-style', 'font-size', 'font-family', 'letter-spacing', 'fill']);
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** Satori's word separators: a word is shaped up to and with the one after it. */
const SEPARATORS = new Set([' ', '\u00a0', '\u1361', '\u{10100}', '\u{10101}', '\u1039', '\u1091', '\n']);

/**
 * The SVG without its text pieces, and the text runs in drawing order; undefined when the SVG
 * holds something this reader does not draw as satori would (a picture in the text, a piece
 * with a transform, a clip, a stroke or a slant).
 */
export function textRuns(svg: string): { rest: string; runs: TextRun[] } | undefined {
  if (svg.includes('<image')) return undefined;
  const runs: TextRun[] = [];
  let unreadable = false;
  let previous: { style: string; piece: TextPiece; word: TextWord } | undefined;
  const rest = svg.replace(TEXT, (_element, attributes: string, content: string) => {
    const piece = pieceOf(attributes, content);
    if (!piece) {
      unreadable = true;
      return '';
    }
    // A text element's pieces share every attribute but their place.
    const style = `${piece.colour} ${piece.size} ${piece.weight} ${piece.letterSpacing} ${piece.family}`;
    if (previous?.style !== style) runs.push({ colour: piece.colour, size: piece.size, weight: piece.weight, family: piece.family, letterSpacing: piece.letterSpacing, words: [] });
    const run = runs.at(-1)!;
    // The piece joins the word before it unless that word ended with a separator or its line.
    if (previous?.style === style && previous.piece.y === piece.y && !SEPARATORS.has(previous.piece.text) && !previous.piece.text.includes('\t')) {
      previous.word.text += piece.text;
    } else {
      run.words.push({ x: piece.x, y: piece.y, text: piece.text });
    }
    previous = { style, piece, word: run.words.at(-1)! };
    return '';
  });
  return unreadable ? undefined : { rest, runs };
}

function pieceOf(attributes: string, content: string): TextPiece | undefined {
  const values = new Map<string, string>();
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
    if (!KNOWN.has(name!)) return undefined;
    values.set(name!, value!);
  }
  const colour = values.get('fill') ?? '';
  if (!/^#[0-9a-fA-F]{6}$/.test(colour) || (values.get('font-style') ?? 'normal') !== 'normal') return undefined;
  const piece = {
    x: Number(values.get('x')),
    y: Number(values.get('y')),
    size: Number(values.get('font-size')),
    weight: Number(values.get('font-weight')),
    family: values.get('font-family') ?? '',
    letterSpacing: Number(values.get('letter-spacing') ?? 0),
    colour: colour.toLowerCase(),
    text: content.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!),
  };
  return [piece.x, piece.y, piece.size, piece.weight, piece.letterSpacing].every(Number.isFinite) && piece.family !== '' ? piece : undefined;
}
