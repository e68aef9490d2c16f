import { h } from './element.ts';
import { drawSvg } from './draw.ts';
import { missingGlyphs, type FontSet } from './fonts.ts';
import { fitsIn, linesOf, textElement, type ImageLayout, type ImageProblem, type TextBlock } from './layout.ts';

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

/**
 * Chooses each block's font size: the largest, from its `max` down to its `min`, at which it fits
 * its lines. Text is never cut: a block that does not fit at `min` is a problem naming the image,
 * the field and how much too long it is. `known` holds lines already measured at `max` (from a
 * first drawing), which saves measuring the blocks that fit there again.
 */
export async function fitText(layout: ImageLayout, fonts: FontSet, known: ReadonlyMap<string, number> = new Map(), measure: Measure = satoriMeasure(fonts)): Promise<{ sizes: Map<string, number>; problems: ImageProblem[] }> {
  const problems = glyphProblems(layout, fonts);
  const sizes = new Map(layout.blocks.map((block) => [block.key, block.size.max]));
  if (problems.length > 0) return { sizes, problems };

  const atMax = layout.blocks.filter((block) => !known.has(block.key));
  const measured = atMax.length > 0 ? await measure(atMax.map((block) => ({ block, size: block.size.max }))) : [];
  const linesAtMax = new Map([...known, ...atMax.map((block, index) => [block.key, measured[index]!] as const)]);
  const overflowing = layout.blocks.filter((block) => !fitsIn(block, block.size.max, linesAtMax.get(block.key)!));
  if (overflowing.length === 0) return { sizes, problems };

  const linesAtMin = await measure(overflowing.map((block) => ({ block, size: block.size.min })));
  const searching: { block: TextBlock; fits: number; tooBig: number }[] = [];
  for (const [index, block] of overflowing.entries()) {
    if (!fitsIn(block, block.size.min, linesAtMin[index]!)) problems.push(await tooLongProblem(layout, block, measure));
    else searching.push({ block, fits: block.size.min, tooBig: block.size.max });
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
