import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../../src/lib/content/contrast.ts';
import { paletteFor } from '../../../../../src/lib/render/cards/palette.ts';

describe('paletteFor', () => {
  it('keeps every text colour readable on its ground, even for a brand colour too light for white text', () => {
    const palette = paletteFor({ primary: '#f5e663', accent: '#fff3b0' });
    expect(palette.primary).not.toBe('#f5e663');
    expect(contrastRatio(palette.onPrimary, palette.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.accentOnPrimary, palette.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.accentOnPaper, palette.paper)).toBeGreaterThanOrEqual(4.5);
  });

  it('works a brand out once: the same colours give the same palette, which cannot be changed by a caller', () => {
    const first = paletteFor({ primary: '#1f5f4f', accent: '#b45309' });
    expect(paletteFor({ primary: '#1f5f4f', accent: '#b45309' })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(paletteFor({ primary: '#1f5f4f', accent: '#0369a1' })).not.toBe(first);
    expect(paletteFor({ primary: '#1f5f4f', accent: '#0369a1' }).accentOnPrimary).not.toBe(first.accentOnPrimary);
  });
});
