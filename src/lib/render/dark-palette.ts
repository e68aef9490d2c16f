import { adjustForContrast, contrastRatio } from '../content/contrast.ts';

/**
 * The brand colours for the dark colour scheme, derived with the rules the light scheme is checked
 * by: a navy that reads on a light page is a hole in a near-black one (about 1.7:1), so each colour
 * is lightened in its own hue until it stands out as much as the light scheme asks.
 */

/** The dark scheme's page and card backgrounds (src/styles/global.css). */
export const DARK_BACKGROUND = '#111417';
export const DARK_SURFACE = '#181c20';

/** WCAG 2.1: 3:1 for the edge of a control (1.4.11), 4.5:1 for text (1.4.3). */
const CONTROL = 3;
const TEXT = 4.5;

export interface DarkPalette {
  /** The primary button's fill and every button's edge. */
  button: string;
  /** The text on that fill: white, or the page's near-black where white would not read. */
  onButton: string;
  /** Links and the headline. */
  link: string;
  /** Figures and other accent text. */
  accent: string;
}

export function darkPalette(brand: { primary: string; accent: string }): DarkPalette {
  const button = adjustForContrast(brand.primary, DARK_BACKGROUND, CONTROL);
  return {
    button,
    onButton: contrastRatio('#ffffff', button) >= TEXT ? '#ffffff' : DARK_BACKGROUND,
    link: adjustForContrast(brand.primary, DARK_SURFACE, TEXT),
    accent: adjustForContrast(brand.accent, DARK_SURFACE, TEXT),
  };
}

/** The CSS custom properties of both schemes' brand colours, for the base layout's `:root`. */
export function brandVariables(brand: { primary: string; accent: string }): string {
  const dark = darkPalette(brand);
  return `:root{--brand:${brand.primary};--accent:${brand.accent};--dark-button:${dark.button};--dark-on-button:${dark.onButton};--dark-link:${dark.link};--dark-accent:${dark.accent}}`;
}
