import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../src/lib/content/contrast.ts';
import { brandVariables, DARK_BACKGROUND, DARK_SURFACE, darkPalette } from '../../../../src/lib/render/dark-palette.ts';

describe('darkPalette', () => {
  it('lightens a navy brand until its buttons stand out of the dark page, with text that reads on them', () => {
    const dark = darkPalette({ primary: '#1f3a5f', accent: '#b4532a' });
    expect(contrastRatio('#1f3a5f', DARK_BACKGROUND)).toBeLessThan(2);
    expect(contrastRatio(dark.button, DARK_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(dark.onButton, dark.button)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark.link, DARK_SURFACE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark.accent, DARK_SURFACE)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a brand that already reads on the dark page, and puts dark text on a light button', () => {
    const dark = darkPalette({ primary: '#7fd1ff', accent: '#ffd166' });
    expect(dark.button).toBe('#7fd1ff');
    expect(dark.onButton).toBe(DARK_BACKGROUND);
  });

  it('writes both schemes’ colours as CSS custom properties', () => {
    expect(brandVariables({ primary: '#1f3a5f', accent: '#b4532a' })).toMatch(/^:root\{--brand:#1f3a5f;--accent:#b4532a;--dark-button:#[0-9a-f]{6};--dark-on-button:#[0-9a-f]{6};--dark-link:#[0-9a-f]{6};--dark-accent:#[0-9a-f]{6}\}$/);
  });
});
