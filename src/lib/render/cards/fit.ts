import { h, type ImageElement } from './element.ts';
import { drawSvg, type LaidOutBox } from './draw.ts';
import { missingGlyphs, type FontSet } from './fonts.ts';
import { fitsIn, linesOf, textElement, unbreakableCompounds, unbreakablePieces, type ImageLayout, type ImageProblem, type TextBlock } from './layout.ts';
import { PRINT_DPI } from './sizes.ts';

/** Thrown when images cannot be made; carries every problem of every image, not just the first. */
export class ImageProblemsError extends Error {
  readonly problems: ImageProblem[];
  constructor(problems: ImageProblem[]) {
    super(problems.map((problem) => `${problem.image}: ${problem.message}`).join('\n'));
    this.name = 'ImageProblemsError';
    this.problems = problems;
  }
}

export type Measure = (items: readonly { block: TextBlock; size: number; text?: string }[]) => Promise<number[]>;

/** Lines each block takes at its size, from one satori layout of all of them stacked. */
function satoriMeasure(fonts: FontSet): Measure {
  return async (items) => {
    const width = Math.max(...items.map((item) => item.block.width));
    const elements = items.map((item, index) => textElement(fonts, { ...item.block, key: `m${index}`, text: item.text ?? item.block.text }, item.size));
    // Only the boxes are read: text elements instead of outlines save satori a third of its work.
    const { boxes } = await drawSvg(h('div', { style: { display: 'flex', flexDirection: 'column', width } }, ...elements), { width }, fonts, { embedFont: false });
    return items.map((item, index) => linesOf(item.block, item.size, boxes.get(`m${index}`)?.height ?? Number.POSITIVE_INFINITY));
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The longest run of whole words that fits the block at its smallest size, in characters. */
async function fittingLength(block: TextBlock, measure: Measure): Promise<number> {
  // Lines break after a space, or after any Chinese or Japanese character, which are written without spaces.
  const words = block.text.split(/(?<=\s)|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u);
  let fits = 0;
  let tooMany = words.length;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    const [lines] = await measure([{ block, size: block.size.min, text: words.slice(0, middle).join('').trimEnd() }]);
    if (fitsIn(block, block.size.min, lines!)) fits = middle;
    else tooMany = middle;
  }
  return words.slice(0, fits).join('').trimEnd().length;
}

async function tooLongProblem(layout: ImageLayout, block: TextBlock, measure: Measure): Promise<ImageProblem> {
  const fitting = await fittingLength(block, measure);
  const length = block.text.length;
  return {
    image: layout.name,
    origin: block.origin,
    message:
      `does not fit on ${layout.name}, even at the smallest size (${block.size.min} px): ` +
      `it has ${plural(length, 'character')} and about ${fitting} fit in ${plural(block.maxLines, 'line')}; ` +
      `shorten it by about ${plural(length - fitting, 'character')}`,
    hint: block.hint ?? 'shorten it',
  };
}

/** `"→" (U+2192), "漢" (U+6F22)`. */
export function describeCharacters(characters: readonly string[]): string {
  return characters.map((character) => `"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}

/** Blocks with characters no bundled font has: drawn, they would be empty boxes. */
export function glyphProblems(layout: ImageLayout, fonts: FontSet): ImageProblem[] {
  return layout.blocks.flatMap((block) => {
    const missing = missingGlyphs(fonts, block.family, block.text);
    if (missing.length === 0) return [];
    return [
      {
        image: layout.name,
        origin: block.origin,
        message: `has characters the image fonts cannot draw: ${describeCharacters(missing)}; they cover ${fonts.coverage[block.family]}`,
        hint: 'write them another way (e.g. "->" for an arrow) or leave them out',
      },
    ];
  });
}

/** The size words are measured at; a word's width grows in proportion to its size. */
const REFERENCE_SIZE = 100;

/** The width of each text at a size, laid out on one line each. */
async function pieceWidths(fonts: FontSet, items: readonly { block: TextBlock; text: string }[], size: number): Promise<number[]> {
  const elements = items.map((item, index) =>
    h('div', { key: `w${index}`, style: { display: 'flex', flexShrink: 0, whiteSpace: 'nowrap', fontFamily: fonts.stacks[item.block.family], fontWeight: item.block.weight, fontSize: size, letterSpacing: (item.block.tracking ?? 0) * size } }, unbreakableCompounds(item.text)),
  );
  const width = 100_000;
  const { boxes } = await drawSvg(h('div', { style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width } }, ...elements), { width }, fonts, { embedFont: false });
  return items.map((_item, index) => boxes.get(`w${index}`)?.width ?? Number.POSITIVE_INFINITY);
}

/**
 * The size each block starts its fitting at: its largest, or less when a word of a whole-words
 * block would not fit a line there. A word too wide even at the smallest size is a problem that
 * names it, since such a block never breaks inside a word.
 */
export async function startingSizes(layout: ImageLayout, fonts: FontSet): Promise<{ sizes: Map<string, number>; problems: ImageProblem[] }> {
  const sizes = new Map(layout.blocks.map((block) => [block.key, block.size.max]));
  const problems: ImageProblem[] = [];
  const pieces = layout.blocks.filter((block) => block.wholeWords).flatMap((block) => unbreakablePieces(block.text).map((text) => ({ block, text })));
  if (pieces.length === 0) return { sizes, problems };
  const widths = await pieceWidths(fonts, pieces, REFERENCE_SIZE);
  const widest = new Map<TextBlock, { text: string; width: number }>();
  pieces.forEach((piece, index) => {
    if (widths[index]! > (widest.get(piece.block)?.width ?? 0)) widest.set(piece.block, { text: piece.text, width: widths[index]! });
  });
  for (const [block, word] of widest) {
    // The largest whole size at which the widest word still fits the line.
    const cap = Math.floor((block.width * REFERENCE_SIZE) / word.width - 0.01);
    if (cap >= block.size.max) continue;
    if (cap < block.size.min) {
      problems.push({
        image: layout.name,
        origin: block.origin,
        message: `has a word too wide for a line of ${layout.name}, even at the smallest size (${block.size.min} px): "${word.text}"; words on cards are never broken`,
        hint: `${block.hint ?? 'shorten it'}, or write the word shorter`,
      });
    }
    sizes.set(block.key, Math.max(block.size.min, cap));
  }
  return { sizes, problems };
}

/**
 * Sizes tried first around a guess, within the block's room: one below and three above, as the
 * guess leaves out kerning, which mostly makes text narrower.
 */
function sizesAround(guess: number | undefined, block: TextBlock, start: number): number[] {
  if (guess === undefined) return [];
  const sizes = [];
  for (let size = Math.max(block.size.min, guess - 1); size <= Math.min(start - 1, guess + 3); size++) sizes.push(size);
  return sizes;
}

/**
 * About how many lines a block takes at a size: its words set one after another at the fonts'
 * advance widths (no kerning, so it is a guess that satori then checks).
 */
function estimatedLines(block: TextBlock, size: number, widths: { words: number[]; space: number }): number {
  const line = block.width / size;
  let lines = 1;
  let used = 0;
  for (const word of widths.words) {
    if (used > 0 && used + widths.space + word <= line) used += widths.space + word;
    else {
      if (used > 0) lines++;
      // A word wider than the line is broken across lines.
      lines += Math.max(0, Math.ceil(word / line) - 1);
      used = word > line ? word % line : word;
    }
  }
  return lines;
}

/** Words' widths in ems, and a space's, with the block's letter spacing; an unknown character counts half an em. */
function wordWidths(block: TextBlock, fonts: FontSet): { words: number[]; space: number } {
  const width = (text: string) => Array.from(text).reduce((sum, character) => sum + (fonts.advance(block.family, block.weight, character.codePointAt(0)!) ?? 0.5) + (block.tracking ?? 0), 0);
  const text = block.uppercase ? block.text.toLocaleUpperCase() : block.text;
  return { words: text.split(/\s+/u).filter((word) => word.length > 0).map(width), space: width(' ') };
}

/**
 * The size each block is guessed to fit at, for blocks guessed not to fit at their starting
 * size: the fit search starts around it, which spares a drawing at sizes that do not fit.
 */
export function guessedSizes(layout: ImageLayout, fonts: FontSet, start: ReadonlyMap<string, number>): Map<string, number> {
  const guesses = new Map<string, number>();
  for (const block of layout.blocks) {
    const widths = wordWidths(block, fonts);
    let size = start.get(block.key)!;
    while (size > block.size.min && !fitsIn(block, size, estimatedLines(block, size, widths))) size--;
    if (size < start.get(block.key)!) guesses.set(block.key, size);
  }
  return guesses;
}

/** Sizes tried in one step of the fit search: the floor first, then at most 6 spread between what fits and what does not. */
const TRIES_A_STEP = 6;
function sizesToTry(fits: number, tooBig: number, min: number): number[] {
  if (fits < min) {
    // Nothing measured fits yet: the floor, and sizes spread between it and the size that did not fit.
    return [min, ...spread(min, tooBig)];
  }
  return spread(fits, tooBig);
}

/** Up to TRIES_A_STEP whole sizes strictly between `low` and `high`, evenly spread. */
function spread(low: number, high: number): number[] {
  const between = high - low - 1;
  if (between <= 0) return [];
  if (between <= TRIES_A_STEP) return Array.from({ length: between }, (_unused, index) => low + 1 + index);
  return Array.from({ length: TRIES_A_STEP }, (_unused, index) => low + Math.round(((index + 1) * (high - low)) / (TRIES_A_STEP + 1)));
}

/**
 * Chooses each block's font size: the largest, from its starting size (`max`, or less for a
 * whole-words block with a long word) down to its `min`, at which it fits its lines. Text is never
 * cut: a block that does not fit at `min` is a problem naming the image, the field and how much
 * too long it is. `known` holds lines already measured at the starting sizes (from a first
 * drawing), which saves measuring the blocks that fit there again.
 */
export async function fitText(
  layout: ImageLayout,
  fonts: FontSet,
  known: ReadonlyMap<string, number> = new Map(),
  measure: Measure = satoriMeasure(fonts),
  start?: Awaited<ReturnType<typeof startingSizes>>,
  guesses: ReadonlyMap<string, number> = new Map(),
): Promise<{ sizes: Map<string, number>; problems: ImageProblem[] }> {
  const problems = glyphProblems(layout, fonts);
  if (problems.length > 0) return { sizes: new Map(layout.blocks.map((block) => [block.key, block.size.max])), problems };
  const { sizes, problems: wordProblems } = start ?? (await startingSizes(layout, fonts));
  if (wordProblems.length > 0) return { sizes, problems: wordProblems };

  // Every block not yet measured is tried at its starting size, and a block with a guess at the
  // sizes around it too, all in one layout.
  const firstTries = [
    ...layout.blocks.filter((block) => !known.has(block.key)).map((block) => ({ block, size: sizes.get(block.key)! })),
    ...layout.blocks.flatMap((block) => sizesAround(guesses.get(block.key), block, sizes.get(block.key)!).map((size) => ({ block, size }))),
  ];
  const firstLines = firstTries.length > 0 ? await measure(firstTries) : [];
  const fitsAt = new Map(layout.blocks.map((block) => [block.key, new Map<number, boolean>()]));
  for (const [key, lines] of known) {
    const block = layout.blocks.find((candidate) => candidate.key === key);
    if (block) fitsAt.get(key)!.set(sizes.get(key)!, fitsIn(block, sizes.get(key)!, lines));
  }
  firstTries.forEach(({ block, size }, index) => fitsAt.get(block.key)!.set(size, fitsIn(block, size, firstLines[index]!)));
  const overflowing = layout.blocks.filter((block) => !fitsAt.get(block.key)!.get(sizes.get(block.key)!));
  if (overflowing.length === 0) return { sizes, problems };

  // A search on whole pixels that tries several sizes of every block in one layout: the smallest
  // (whether it fits at all) and sizes spread over the rest, then every size left between the
  // largest that fit and the smallest that did not. Two or three satori calls, not one a halving.
  const searching = overflowing.map((block) => {
    const tried = [...fitsAt.get(block.key)!];
    const tooBig = Math.min(...tried.filter(([, fits]) => !fits).map(([size]) => size));
    const fitting = tried.filter(([size, fits]) => fits && size < tooBig).map(([size]) => size);
    return { block, fits: Math.max(block.size.min - 1, ...fitting), tooBig };
  });
  for (let pending = searching.filter((item) => item.fits < item.block.size.min || item.tooBig - item.fits > 1); pending.length > 0; pending = pending.filter((item) => item.fits >= item.block.size.min && item.tooBig - item.fits > 1)) {
    const tries = pending.flatMap((item) => sizesToTry(item.fits, item.tooBig, item.block.size.min).map((size) => ({ item, size })));
    const lines = await measure(tries.map(({ item, size }) => ({ block: item.block, size })));
    const fitting = tries.filter(({ item, size }, index) => {
      const fits = fitsIn(item.block, size, lines[index]!);
      if (!fits) item.tooBig = Math.min(item.tooBig, size);
      return fits;
    });
    // The largest size that fit below the smallest that did not (should a larger one fit again, it is not taken).
    for (const { item, size } of fitting) if (size < item.tooBig) item.fits = Math.max(item.fits, size);
  }
  for (const item of searching.filter((candidate) => candidate.fits < candidate.block.size.min)) problems.push(await tooLongProblem(layout, item.block, measure));
  for (const item of searching) if (item.fits >= item.block.size.min) sizes.set(item.block.key, item.fits);
  return { sizes, problems };
}

/** Lines each block takes in a drawing, from the height satori gave its box. */
export function linesByBlock(layout: ImageLayout, sizes: ReadonlyMap<string, number>, boxes: ReadonlyMap<string, LaidOutBox>): Map<string, number> {
  return new Map(layout.blocks.map((block) => [block.key, linesOf(block, sizes.get(block.key)!, boxes.get(block.key)?.height ?? Number.POSITIVE_INFINITY)]));
}

function millimetres(pixels: number): string {
  return `${((pixels / PRINT_DPI) * 25.4).toFixed(1)} mm`;
}

/**
 * What sticks out of the layout's safe area (text blocks and the elements it names), with by how
 * much and on which side: printed, it could be cut into.
 */
export function safeAreaProblems(layout: ImageLayout, boxes: ReadonlyMap<string, LaidOutBox>): ImageProblem[] {
  const { safeArea, canvas } = layout;
  if (!safeArea) return [];
  const edge = canvas.bleed + safeArea.inset;
  const safe = { left: edge, top: edge, right: canvas.width - edge, bottom: canvas.height - edge };
  const shapes = [
    ...layout.blocks.map((block) => ({ key: block.key, what: `the text "${block.text.length > 40 ? `${block.text.slice(0, 39)}…` : block.text}"`, origin: block.origin, hint: block.hint ?? 'shorten it' })),
    ...safeArea.elements,
  ];
  return shapes.flatMap((shape) => {
    const box = boxes.get(shape.key);
    if (!box) return [];
    const outside = { left: safe.left - box.left, top: safe.top - box.top, right: box.left + box.width - safe.right, bottom: box.top + box.height - safe.bottom };
    const sides = (Object.entries(outside) as [string, number][]).filter(([, by]) => by > 0.5);
    if (sides.length === 0) return [];
    return [
      {
        image: layout.name,
        origin: shape.origin,
        message: `${shape.what} sticks out of the safe area of ${layout.name} (${sides.map(([side, by]) => `${millimetres(by)} at the ${side}`).join(', ')}): text and the QR code stay ${millimetres(safeArea.inset)} inside the cut`,
        hint: shape.hint,
      },
    ];
  });
}

/**
 * Fits a layout's text and draws it: the sizes, the element tree, satori's SVG (glyph outlines, or
 * with `embedFont: false` text elements a PDF can set in its own fonts) and every problem (text
 * that does not fit, a word too wide, something outside the safe area).
 */
export async function drawFitted(
  layout: ImageLayout,
  fonts: FontSet,
  options: { embedFont?: boolean } = {},
): Promise<{ sizes: Map<string, number>; tree: ImageElement; svg: string; boxes: Map<string, LaidOutBox>; problems: ImageProblem[] }> {
  const glyphs = glyphProblems(layout, fonts);
  const start = glyphs.length > 0 ? { sizes: new Map(layout.blocks.map((block) => [block.key, block.size.max])), problems: glyphs } : await startingSizes(layout, fonts);
  let { sizes } = start;
  let tree = layout.draw(sizes);
  if (start.problems.length > 0) return { sizes, tree, svg: '', boxes: new Map(), problems: start.problems };
  // Text guessed too long for its starting size is fitted before anything is drawn; other text is
  // drawn at once, and fitted only if the drawing shows it does not fit after all.
  const guesses = guessedSizes(layout, fonts, sizes);
  let drawn = guesses.size > 0 ? undefined : await drawSvg(tree, layout.canvas, fonts, options);
  const firstLines = drawn ? linesByBlock(layout, sizes, drawn.boxes) : new Map<string, number>();
  if (!drawn || layout.blocks.some((block) => !fitsIn(block, sizes.get(block.key)!, firstLines.get(block.key)!))) {
    const fitted = await fitText(layout, fonts, firstLines, satoriMeasure(fonts), start, guesses);
    if (fitted.problems.length > 0) return { sizes, tree, svg: '', boxes: new Map(), problems: fitted.problems };
    sizes = fitted.sizes;
    tree = layout.draw(sizes);
    drawn = await drawSvg(tree, layout.canvas, fonts, options);
  }
  return { sizes, tree, svg: drawn.svg, boxes: drawn.boxes, problems: safeAreaProblems(layout, drawn.boxes) };
}
