import type { LaidOutBox } from './draw.ts';
import type { TextBlock } from './layout.ts';
import type { Shaper } from './shaping.ts';
import { flowText, measurerFor, type FlowedText, type FlowStyle } from './text-flow.ts';
import type { TextPiece } from './text-pieces.ts';
import { OG_CANVAS } from './sizes.ts';

/**
 * Where a page image's text goes, worked out the way satori works it out for og-template.ts's
 * tree, so the image needs no satori call: the same boxes, rounded to whole pixels as satori
 * rounds them, and the same pieces of text (text-flow.ts). og-template.ts builds its tree from
 * the constants here, and tests hold both to satori's own layout.
 */
export const OG_GEOMETRY = {
  paddingX: 72,
  paddingY: 56,
  contentWidth: OG_CANVAS.width - 2 * 72,
  band: { width: 56, height: 6, below: 22 },
  /** The message's column: the room below it, and the space above each block after the title. */
  messagePaddingBottom: 12,
  marginTop: { subtitle: 14, figure: 26, 'figure-label': 4, description: 24 } as Record<string, number>,
  footer: { rule: 2, above: 22 },
  monogram: { size: 48, ring: 2, gap: 18, fontSize: 19, weight: 600 },
} as const;

/** The image's text as satori would write it, the boxes of its blocks, and what its ground depends on. */
export interface PlacedText {
  pieces: TextPiece[];
  boxes: Map<string, LaidOutBox>;
  /** Equal for two images exactly when their grounds (everything but the text) are the same. */
  ground: string;
}

export interface OgTextInput {
  blocks: readonly TextBlock[];
  sizes: ReadonlyMap<string, number>;
  /** Each block's colour, `#rrggbb`. */
  colours: ReadonlyMap<string, string>;
  /** The CSS font-family list of each family. */
  stacks: Record<TextBlock['family'], string>;
  /** The initials in the ring, when it is drawn, and their colour. */
  monogram?: { text: string; colour: string } | undefined;
  /** What besides the geometry the ground shows: its colours. */
  groundColours: string;
}

/** The family list as satori writes it on a piece: names lowercased, no spaces. */
function satoriFamily(stack: string): string {
  return stack
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .join(',');
}

/** How a block's text is set: as og-template.ts's text elements style it. */
function flowStyle(block: TextBlock, size: number, family: string): FlowStyle {
  return {
    family,
    weight: block.weight,
    size,
    lineHeight: block.lineHeight,
    letterSpacing: (block.tracking ?? 0) * size,
    uppercase: block.uppercase ?? false,
    balance: block.balance ?? false,
    breakWords: !block.wholeWords,
    align: block.key === 'footer-site' ? 'right' : 'left',
  };
}

/**
 * The height a block's text takes at a size (its own, or shorter text for a fit message), as
 * satori lays it out; undefined when only satori can lay it out.
 */
export function ogBlockHeight(block: TextBlock, size: number, text: string, stacks: OgTextInput['stacks'], shaper: Shaper): number | undefined {
  const family = satoriFamily(stacks[block.family]);
  const style = flowStyle(block, size, family);
  return flowText(text, block.width, style, measurerFor(shaper, family, block.weight, style.letterSpacing !== 0))?.height;
}

/** The blocks of the message column, top to bottom. */
const MESSAGE = ['title', 'subtitle', 'figure', 'figure-label', 'description'];

/**
 * The text of a page image at its sizes, placed; undefined when some text needs what only satori
 * does (text-flow.ts).
 */
export function placeOgText(input: OgTextInput, shaper: Shaper): PlacedText | undefined {
  const { paddingX, paddingY, contentWidth, band, footer, monogram: ring } = OG_GEOMETRY;
  const flowed = new Map<string, { block: TextBlock; family: string; size: number; flow: FlowedText }>();
  for (const block of input.blocks) {
    const size = input.sizes.get(block.key)!;
    const family = satoriFamily(input.stacks[block.family]);
    const style = flowStyle(block, size, family);
    const flow = flowText(block.text, block.width, style, measurerFor(shaper, family, block.weight, style.letterSpacing !== 0));
    if (!flow) return undefined;
    flowed.set(block.key, { block, family, size, flow });
  }
  const heightOf = (key: string) => flowed.get(key)?.flow.height ?? 0;
  const serif = satoriFamily(input.stacks.serif);
  const initials = input.monogram && flowText(input.monogram.text, ring.size, { family: serif, weight: ring.weight, size: ring.fontSize, lineHeight: 'normal', letterSpacing: 0, uppercase: false, balance: false, breakWords: false, align: 'left' }, measurerFor(shaper, serif, ring.weight, false));
  if (input.monogram && (!initials || initials.width > ring.size || initials.lines > 1)) return undefined;

  // Unrounded tops, as the layout engine computes them; rounded where each box is placed.
  const tops = new Map<string, number>();
  const lefts = new Map<string, number>();
  tops.set('eyebrow', paddingY + band.height + band.below);
  lefts.set('eyebrow', paddingX);
  const messageTop = paddingY + band.height + band.below + heightOf('eyebrow');

  const ringOuter = ring.size + 2 * ring.ring;
  const nameHeight = heightOf('footer-name');
  const siteHeight = heightOf('footer-site');
  const leftRowHeight = Math.max(input.monogram ? ringOuter : 0, nameHeight);
  const rowHeight = Math.max(leftRowHeight, siteHeight);
  // The message takes the room left between the eyebrow and the footer, or, when it needs more,
  // its own height, which pushes the footer down.
  const present = MESSAGE.filter((key) => flowed.has(key));
  const messageHeight = present.reduce((sum, key) => sum + (OG_GEOMETRY.marginTop[key] ?? 0) + heightOf(key), 0);
  const room = OG_CANVAS.height - paddingY - (footer.rule + footer.above + rowHeight) - messageTop;
  const footerTop = messageTop + Math.max(room, messageHeight + OG_GEOMETRY.messagePaddingBottom);
  const rowTop = footerTop + footer.rule + footer.above;
  const leftRowTop = rowTop + (rowHeight - leftRowHeight) / 2;
  const ringTop = leftRowTop + (leftRowHeight - ringOuter) / 2;
  const leftRowWidth = (input.monogram ? ringOuter + ring.gap : 0) + (flowed.has('footer-name') ? flowed.get('footer-name')!.block.width : 0);
  tops.set('footer-name', leftRowTop + (leftRowHeight - nameHeight) / 2);
  lefts.set('footer-name', paddingX + (input.monogram ? ringOuter + ring.gap : 0));
  const site = flowed.get('footer-site');
  if (site) {
    // Pushed to the end of the row when there is room, else straight after the name.
    const free = contentWidth - leftRowWidth - site.block.width;
    tops.set('footer-site', rowTop + (rowHeight - siteHeight) / 2);
    lefts.set('footer-site', paddingX + leftRowWidth + Math.max(0, free));
  }

  // The message sits in the middle of its room.
  let top = messageTop + (footerTop - messageTop - OG_GEOMETRY.messagePaddingBottom - messageHeight) / 2;
  for (const key of present) {
    top += OG_GEOMETRY.marginTop[key] ?? 0;
    tops.set(key, top);
    lefts.set(key, paddingX);
    top += heightOf(key);
  }

  const pieces: TextPiece[] = [];
  const boxes = new Map<string, LaidOutBox>();
  const place = (flow: FlowedText, left: number, top: number, style: Omit<TextPiece, 'x' | 'y' | 'text'>) => {
    for (const piece of flow.pieces) pieces.push({ x: left + piece.x, y: top + piece.y, text: piece.text, ...style });
  };
  // In the tree's order: the eyebrow, the message, the initials in their ring, the name, the site.
  for (const key of ['eyebrow', ...MESSAGE, 'monogram', 'footer-name', 'footer-site']) {
    if (key === 'monogram') {
      if (initials) {
        const inside = { left: paddingX + ring.ring, top: ringTop + ring.ring };
        const left = Math.round(inside.left + (ring.size - initials.width) / 2);
        const top = Math.round(inside.top + (ring.size - initials.height) / 2);
        place(initials, left, top, { size: ring.fontSize, weight: ring.weight, family: serif, letterSpacing: 0, colour: input.monogram!.colour });
      }
      continue;
    }
    const entry = flowed.get(key);
    if (!entry) continue;
    const left = Math.round(lefts.get(key)!);
    const top = Math.round(tops.get(key)!);
    boxes.set(key, { left, top, width: entry.block.width, height: Math.round(tops.get(key)! + entry.flow.height) - top });
    place(entry.flow, left, top, { size: entry.size, weight: entry.block.weight, family: entry.family, letterSpacing: (entry.block.tracking ?? 0) * entry.size, colour: input.colours.get(key)! });
  }
  // The ground holds the colours, the band, the footer's rule and the ring: the message's blocks leave no mark on it.
  const ground = [input.groundColours, input.monogram ? 'ring' : '', flowed.has('footer-name') ? 'name' : '', flowed.has('footer-site') ? 'site' : '', footerTop, rowHeight, ringTop].join('|');
  return { pieces, boxes, ground };
}
