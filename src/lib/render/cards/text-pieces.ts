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
  const read = textPieces(svg);
  return read && { rest: read.rest, runs: runsOf(read.pieces) };
}

/** The SVG without its text pieces, and the pieces in drawing order; undefined as for textRuns. */
export function textPieces(svg: string): { rest: string; pieces: TextPiece[] } | undefined {
  if (svg.includes('<image')) return undefined;
  const pieces: TextPiece[] = [];
  let unreadable = false;
  const rest = svg.replace(TEXT, (_element, attributes: string, content: string) => {
    const piece = pieceOf(attributes, content);
    if (piece) pieces.push(piece);
    else unreadable = true;
    return '';
  });
  return unreadable ? undefined : { rest, pieces };
}

/** Pieces grouped as satori groups them when it writes outlines: by text element, and within one by word. */
export function runsOf(pieces: readonly TextPiece[]): TextRun[] {
  const runs: TextRun[] = [];
  let previous: TextPiece | undefined;
  for (const piece of pieces) {
    // A text element's pieces share every attribute but their place.
    const sameRun = previous !== undefined && previous.colour === piece.colour && previous.size === piece.size && previous.weight === piece.weight && previous.letterSpacing === piece.letterSpacing && previous.family === piece.family;
    if (!sameRun) runs.push({ colour: piece.colour, size: piece.size, weight: piece.weight, family: piece.family, letterSpacing: piece.letterSpacing, words: [] });
    const words = runs.at(-1)!.words;
    // The piece joins the word before it unless that word ended with a separator or its line.
    if (sameRun && previous!.y === piece.y && !SEPARATORS.has(previous!.text) && !previous!.text.includes('\t')) words.at(-1)!.text += piece.text;
    else words.push({ x: piece.x, y: piece.y, text: piece.text });
    previous = piece;
  }
  return runs;
}

/** The attributes as satori writes them, in its order: read at once, the usual case. */
const USUAL = /^x="([^"]*)" y="([^"]*)" width="[^"]*" height="[^"]*" font-weight="([^"]*)" font-style="normal" font-size="([^"]*)" font-family="([^"]*)"(?: letter-spacing="([^"]*)")? fill="(#[0-9a-fA-F]{6})"$/;

function pieceOf(attributes: string, content: string): TextPiece | undefined {
  const usual = USUAL.exec(attributes);
  if (usual) return checked({ x: Number(usual[1]), y: Number(usual[2]), weight: Number(usual[3]), size: Number(usual[4]), family: usual[5]!, letterSpacing: Number(usual[6] ?? 0), colour: usual[7]!.toLowerCase(), text: unescaped(content) });
  const values = new Map<string, string>();
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
    if (!KNOWN.has(name!)) return undefined;
    values.set(name!, value!);
  }
  const colour = values.get('fill') ?? '';
  if (!/^#[0-9a-fA-F]{6}$/.test(colour) || (values.get('font-style') ?? 'normal') !== 'normal') return undefined;
  return checked({
    x: Number(values.get('x')),
    y: Number(values.get('y')),
    size: Number(values.get('font-size')),
    weight: Number(values.get('font-weight')),
    family: values.get('font-family') ?? '',
    letterSpacing: Number(values.get('letter-spacing') ?? 0),
    colour: colour.toLowerCase(),
    text: unescaped(content),
  });
}

function unescaped(content: string): string {
  return content.includes('&') ? content.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!) : content;
}

function checked(piece: TextPiece): TextPiece | undefined {
  return Number.isFinite(piece.x) && Number.isFinite(piece.y) && Number.isFinite(piece.size) && Number.isFinite(piece.weight) && Number.isFinite(piece.letterSpacing) && piece.family !== '' ? piece : undefined;
}
