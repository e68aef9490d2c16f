import type { SatoriNode } from 'satori';
import { drawnTextsOf, type ImageElement } from './element.ts';
import type { FontSet } from './fonts.ts';

export interface LaidOutBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * satori, loaded with the first drawing: a build whose images are all in the cache (most rebuilds)
 * plans them in the Astro process without drawing, and loading satori there costs about 0.1 s.
 */
let satoriModule: Promise<typeof import('satori')> | undefined;

/**
 * Runs satori on a tree: the SVG (text as glyph outlines, so it needs no font to display, or with
 * `embedFont: false` as text elements a PDF sets in its own fonts) and the
 * box satori gave each keyed element, which is how text is measured: by the engine that draws it.
 */
export async function drawSvg(tree: ImageElement, size: { width: number; height?: number }, fonts: FontSet, options: { embedFont?: boolean } = {}): Promise<{ svg: string; boxes: Map<string, LaidOutBox> }> {
  const boxes = new Map<string, LaidOutBox>();
  const onNodeDetected = (node: SatoriNode) => {
    if (typeof node.key === 'string') boxes.set(node.key, { left: node.left, top: node.top, width: node.width, height: node.height });
  };
  const { default: satori } = await (satoriModule ??= import('satori'));
  // satori types its input as a React node; our plain element objects are exactly that shape.
  const element = tree as unknown as Parameters<typeof satori>[0];
  const { fonts: fontList, graphemeImages } = fonts.forTexts(drawnTextsOf(tree));
  const svg = await satori(element, { ...size, fonts: fontList, graphemeImages, onNodeDetected, embedFont: options.embedFont ?? true } as Parameters<typeof satori>[1]);
  return { svg, boxes };
}
