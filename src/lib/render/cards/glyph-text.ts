import type { CoverageCanvas } from './coverage-canvas.ts';
import { coverageOf, Outline, type CoverageBox } from './path-fill.ts';
import { OUTLINE, type Face, type Shaper } from './shaping.ts';
import type { TextRun, TextWord } from './text-pieces.ts';

/**
 * Draws text runs' glyphs where satori would have written them as paths: each word shaped from
 * the left of its first piece, each glyph moved by its shaped offset and scaled from font units,
 * its points on the tenth-of-a-pixel grid satori rounds its path text to. A glyph is filled once
 * for each size and place on that grid within a pixel, and its coverage reused wherever it is
 * drawn so: a site's images draw the same few glyphs thousands of times.
 */

/** A paragraph's box and whether satori puts its words on whole pixels (as it does in a paragraph of several lines, or aligned right or centred). */
export interface Paragraph {
  left: number;
  top: number;
  right: number;
  bottom: number;
  wholePixels: boolean;
}

/** Rounds to a tenth, half away from zero, as satori writes path numbers. */
function tenth(value: number): number {
  return (value < 0 ? -Math.round(-value * 10) : Math.round(value * 10)) / 10;
}

/** Where satori starts a word: at its first piece, moved onto a whole pixel from its paragraph's left where satori does that. */
function wordLeft(word: TextWord, paragraphs: readonly Paragraph[]): number {
  const paragraph = paragraphs.find((candidate) => word.x >= candidate.left - 0.01 && word.x <= candidate.right + 0.01 && word.y >= candidate.top && word.y <= candidate.bottom);
  return paragraph?.wholePixels ? paragraph.left + Math.round(word.x - paragraph.left) : word.x;
}

/** Positions within a pixel a glyph is drawn at, across and down: tenths, as satori rounds. */
const STEPS = 10;

/** Glyph coverage kept for reuse, by face, size and glyph with its place in the pixel; let go past this many cells. */
const CELLS_KEPT = 8_000_000;
const masks = new Map<Face, Map<number, Map<number, CoverageBox>>>();
let cellsKept = 0;
const scratch = new Outline();

/** The coverage kept for a face at a size, by glyph and place in the pixel. */
function masksOf(face: Face, size: number): Map<number, CoverageBox> {
  let bySize = masks.get(face);
  if (!bySize) masks.set(face, (bySize = new Map()));
  let byGlyph = bySize.get(size);
  if (!byGlyph) bySize.set(size, (byGlyph = new Map()));
  return byGlyph;
}

/** A glyph filled at a size, its origin the given tenths into a pixel; counted against what is kept, which starts again when full. */
function glyphCoverage(face: Face, glyph: number, size: number, stepX: number, stepY: number): CoverageBox {
  scratch.reset();
  addGlyph(scratch, face.outline(glyph), stepX / STEPS, stepY / STEPS, size / face.upem);
  const box = coverageOf(scratch);
  if (cellsKept + box.coverage.length > CELLS_KEPT) {
    masks.clear();
    cellsKept = 0;
  }
  cellsKept += box.coverage.length;
  return box;
}

/** Adds a run's glyphs to the canvas; false when a word has a character its fonts lack. */
export function drawRun(run: TextRun, canvas: CoverageCanvas, shaper: Shaper, paragraphs: readonly Paragraph[]): boolean {
  const shape = shaper.words(run.family, run.weight, run.letterSpacing !== 0);
  for (const word of run.words) {
    const shaped = shape(word.text.includes('\t') ? word.text.replaceAll('\t', '') : word.text);
    if (!shaped) return false;
    let cursor = wordLeft(word, paragraphs);
    for (const { face, glyphs } of shaped) {
      const scale = run.size / face.upem;
      const kept = masksOf(face, run.size);
      for (let index = 0; index < glyphs.length; index++) {
        const glyph = glyphs[index]!;
        // The glyph's origin to the nearest tenth of a pixel, as a whole pixel and the tenths past it.
        const tenthsX = Math.round((cursor + glyph.dx * scale) * STEPS);
        const tenthsY = Math.round((word.y + glyph.dy * scale) * STEPS);
        const x = Math.floor(tenthsX / STEPS);
        const y = Math.floor(tenthsY / STEPS);
        const key = (glyph.glyph * STEPS + tenthsX - x * STEPS) * STEPS + tenthsY - y * STEPS;
        let box = kept.get(key);
        if (!box) kept.set(key, (box = glyphCoverage(face, glyph.glyph, run.size, tenthsX - x * STEPS, tenthsY - y * STEPS)));
        canvas.add(box, x, y);
        cursor += glyph.advance * scale;
        // Letter spacing follows the last glyph of each character.
        if (glyphs[index + 1]?.cluster !== glyph.cluster) cursor += run.letterSpacing;
      }
    }
  }
  return true;
}

/** A glyph's outline (font units, y up) placed with its origin at (x, y) in pixels, its points rounded to tenths. */
function addGlyph(outline: Outline, commands: Float64Array, x: number, y: number, scale: number): void {
  const px = (at: number) => tenth(x + commands[at]! * scale);
  const py = (at: number) => tenth(y - commands[at]! * scale);
  for (let at = 0; at < commands.length; ) {
    switch (commands[at]) {
      case OUTLINE.move:
        outline.moveTo(px(at + 1), py(at + 2));
        at += 3;
        break;
      case OUTLINE.line:
        outline.lineTo(px(at + 1), py(at + 2));
        at += 3;
        break;
      case OUTLINE.quadratic:
        outline.quadraticTo(px(at + 1), py(at + 2), px(at + 3), py(at + 4));
        at += 5;
        break;
      case OUTLINE.cubic:
        outline.cubicTo(px(at + 1), py(at + 2), px(at + 3), py(at + 4), px(at + 5), py(at + 6));
        at += 7;
        break;
      default:
        outline.close();
        at += 1;
    }
  }
}
