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

type Measure = (items: readonly { block: TextBlock; size: number; text?: string }[]) => Promise<number[]>;

/** Lines each block takes at its size, from one satori layout of all of them stacked. */
function satoriMeasure(fonts: FontSet): Measure {
  return async (items) => {
    const width = Math.max(...items.map((item) => item.block.width));
    const elements = items.map((item, index) => textElement(fonts, { ...item.block, key: `m${index}`, text: item.text ?? item.block.text }, item.size));
    const { boxes } = await drawSvg(h('div', { style: { display: 'flex', flexDirection: 'column', width } }, ...elements), { width }, fonts);
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
  const { boxes } = await drawSvg(h('div', { style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width } }, ...elements), { width }, fonts);
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
): Promise<{ sizes: Map<string, number>; problems: ImageProblem[] }> {
  const problems = glyphProblems(layout, fonts);
  if (problems.length > 0) return { sizes: new Map(layout.blocks.map((block) => [block.key, block.size.max])), problems };
  const { sizes, problems: wordProblems } = start ?? (await startingSizes(layout, fonts));
  if (wordProblems.length > 0) return { sizes, problems: wordProblems };

  const atStart = layout.blocks.filter((block) => !known.has(block.key));
  const measured = atStart.length > 0 ? await measure(atStart.map((block) => ({ block, size: sizes.get(block.key)! }))) : [];
  const linesAtStart = new Map([...known, ...atStart.map((block, index) => [block.key, measured[index]!] as const)]);
  const overflowing = layout.blocks.filter((block) => !fitsIn(block, sizes.get(block.key)!, linesAtStart.get(block.key)!));
  if (overflowing.length === 0) return { sizes, problems };

  const linesAtMin = await measure(overflowing.map((block) => ({ block, size: block.size.min })));
  const searching: { block: TextBlock; fits: number; tooBig: number }[] = [];
  for (const [index, block] of overflowing.entries()) {
    if (!fitsIn(block, block.size.min, linesAtMin[index]!)) problems.push(await tooLongProblem(layout, block, measure));
    else searching.push({ block, fits: block.size.min, tooBig: sizes.get(block.key)! });
  }
  // Binary search on whole pixels, all blocks of the image in one layout per step.
  for (let pending = searching.filter((item) => item.tooBig - item.fits > 1); pending.length > 0; pending = pending.filter((item) => item.tooBig - item.fits > 1)) {
    const tries = pending.map((item) => Math.floor((item.fits + item.tooBig) / 2));
    const lines = await measure(pending.map((item, index) => ({ block: item.block, size: tries[index]! })));
    pending.forEach((item, index) => {
      if (fitsIn(item.block, tries[index]!, lines[index]!)) item.fits = tries[index]!;
      else item.tooBig = tries[index]!;
    });
  }
  for (const item of searching) sizes.set(item.block.key, item.fits);
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
  let drawn = await drawSvg(tree, layout.canvas, fonts, options);
  const firstLines = linesByBlock(layout, sizes, drawn.boxes);
  if (layout.blocks.some((block) => !fitsIn(block, sizes.get(block.key)!, firstLines.get(block.key)!))) {
    const fitted = await fitText(layout, fonts, firstLines, satoriMeasure(fonts), start);
    if (fitted.problems.length > 0) return { sizes, tree, svg: '', boxes: new Map(), problems: fitted.problems };
    sizes = fitted.sizes;
    tree = layout.draw(sizes);
    drawn = await drawSvg(tree, layout.canvas, fonts, options);
  }
  return { sizes, tree, svg: drawn.svg, boxes: drawn.boxes, problems: safeAreaProblems(layout, drawn.boxes) };
}
