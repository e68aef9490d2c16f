import { describe, expect, it } from 'vitest';
import { cardCanvas, cardPagePoints, cardSizeLabel, OG_CANVAS } from '../../../../../src/lib/render/cards/sizes.ts';

describe('card sizes', () => {
  it('are 300 dpi pixels of the trimmed card, plus 1/8 in a side with bleed', () => {
    expect(cardCanvas('us', false)).toEqual({ width: 1050, height: 600, bleed: 0 });
    expect(cardCanvas('eu', false)).toEqual({ width: 1004, height: 650, bleed: 0 });
    expect(cardCanvas('us', true)).toEqual({ width: 1125, height: 675, bleed: 37.5 });
    expect(cardCanvas('eu', true)).toEqual({ width: 1079, height: 725, bleed: 37.5 });
  });

  it('are the exact physical size in PDF points, with the trim box inside the bleed', () => {
    expect(cardPagePoints('us', false)).toEqual({ width: 252, height: 144, trim: { x: 0, y: 0, width: 252, height: 144 } });
    const eu = cardPagePoints('eu', true);
    expect(eu.trim.width).toBeCloseTo((85 / 25.4) * 72, 6);
    expect(eu.trim.height).toBeCloseTo((55 / 25.4) * 72, 6);
    expect(eu).toMatchObject({ trim: { x: 9, y: 9 } });
    expect(eu.width).toBeCloseTo(eu.trim.width + 18, 6);
  });

  it('name themselves as a printer would', () => {
    expect(cardSizeLabel('us')).toBe('3.5 × 2 in');
    expect(cardSizeLabel('eu')).toBe('85 × 55 mm');
  });

  it('give Open Graph images the 1200 × 630 link previews expect', () => {
    expect(OG_CANVAS).toEqual({ width: 1200, height: 630, bleed: 0 });
  });
});
