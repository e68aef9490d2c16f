import type { CardSettings } from '../../../schemas/profile.ts';

/** Print resolution of every card image: 300 pixels per inch, written into the PNG. */
export const PRINT_DPI = 300;
const POINTS_PER_INCH = 72;
const MM_PER_INCH = 25.4;

/** The trimmed (finished) size of each card, in inches: US 3.5 × 2 in, EU 85 × 55 mm. */
export const CARD_TRIM_INCHES: Record<CardSettings['size'], { width: number; height: number }> = {
  us: { width: 3.5, height: 2 },
  eu: { width: 85 / MM_PER_INCH, height: 55 / MM_PER_INCH },
};

/** What printers ask for: the background runs 1/8 in past each trimmed edge. */
export const BLEED_INCHES = 1 / 8;

/** Open Graph images: the 1.91:1 size link previews expect. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The pixel area an image template draws on. */
export interface Canvas {
  width: number;
  height: number;
  /** Pixels of bleed on each side, outside the trimmed card (0 when there is none). */
  bleed: number;
}

/** Pixels of a length in inches at print resolution: 3.5 in → 1050 px. */
export function inchesToPixels(inches: number): number {
  return Math.round(inches * PRINT_DPI);
}

/** A card's canvas: 1050 × 600 px for US, 1004 × 650 px for EU, plus 37.5 px a side with bleed. */
export function cardCanvas(size: CardSettings['size'], withBleed: boolean): Canvas {
  const trim = CARD_TRIM_INCHES[size];
  const bleed = withBleed ? BLEED_INCHES * PRINT_DPI : 0;
  return { width: inchesToPixels(trim.width) + 2 * bleed, height: inchesToPixels(trim.height) + 2 * bleed, bleed };
}

export const OG_CANVAS: Canvas = { ...OG_SIZE, bleed: 0 };

/** Crop marks: 5 mm long, a bleed's width (1/8 in) outside the cut, 0.25 pt thin, and 1 mm of paper beyond them. */
const CROP_MARK = { offset: BLEED_INCHES * POINTS_PER_INCH, length: (5 / MM_PER_INCH) * POINTS_PER_INCH, lineWidth: 0.25, margin: (1 / MM_PER_INCH) * POINTS_PER_INCH };

/**
 * A card's print page in PDF points: the trimmed card, its bleed box 1/8 in larger each way, and
 * around both the room for crop marks, which start where the bleed ends so no mark reaches the card.
 */
export function cardPrintGeometry(size: CardSettings['size']) {
  const trimSize = CARD_TRIM_INCHES[size];
  const bleed = BLEED_INCHES * POINTS_PER_INCH;
  const slug = CROP_MARK.offset + CROP_MARK.length + CROP_MARK.margin;
  const trim = { x: slug, y: slug, width: trimSize.width * POINTS_PER_INCH, height: trimSize.height * POINTS_PER_INCH };
  return {
    width: trim.width + 2 * slug,
    height: trim.height + 2 * slug,
    trim,
    bleed: { x: slug - bleed, y: slug - bleed, width: trim.width + 2 * bleed, height: trim.height + 2 * bleed },
    marks: { offset: CROP_MARK.offset, length: CROP_MARK.length, lineWidth: CROP_MARK.lineWidth },
  };
}

/** `3.5 × 2 in` or `85 × 55 mm`, as people ask a printer for it. */
export function cardSizeLabel(size: CardSettings['size']): string {
  return size === 'us' ? '3.5 × 2 in' : '85 × 55 mm';
}
