import type { Brand } from '../../../schemas/profile.ts';
import { adjustForContrast, contrastRatio } from '../../content/contrast.ts';

/**
 * The colours of every image, from the two brand colours: light paper with the primary colour for
 * type, and the primary colour as a ground with light type. Text colours are moved towards white
 * (or black) until they read at WCAG AA contrast on their ground, so any brand stays legible.
 */
export interface Palette {
  paper: string;
  ink: string;
  inkMuted: string;
  primary: string;
  /** The accent as text on paper. */
  accentOnPaper: string;
  /** On the primary ground: body text, quieter text, and the accent as text. */
  onPrimary: string;
  onPrimaryMuted: string;
  accentOnPrimary: string;
  /** Hairlines on the primary ground. */
  ruleOnPrimary: string;
}

const PAPER = '#fbfaf7';
const AA = 4.5;

/**
 * Palettes by brand colours. Every image of a build asks for the same one, and finding a contrast
 * shade steps through colours one at a time, which showed in the image pass's profile uncached.
 */
const palettes = new Map<string, Readonly<Palette>>();

export function paletteFor(brand: Brand): Readonly<Palette> {
  const key = `${brand.primary} ${brand.accent}`;
  let palette = palettes.get(key);
  if (!palette) {
    palette = Object.freeze(computePalette(brand));
    palettes.set(key, palette);
  }
  return palette;
}

function computePalette(brand: Brand): Palette {
  // A primary colour too light to carry white text gets a darker shade of itself as the ground.
  const primary = contrastRatio('#ffffff', brand.primary) >= AA ? brand.primary : adjustForContrast(brand.primary, '#ffffff', AA);
  return {
    paper: PAPER,
    ink: '#1d232a',
    inkMuted: '#4f5964',
    primary,
    accentOnPaper: adjustForContrast(brand.accent, PAPER, AA),
    onPrimary: '#ffffff',
    onPrimaryMuted: adjustForContrast(mix(primary, '#ffffff', 0.72), primary, 7),
    accentOnPrimary: adjustForContrast(brand.accent, primary, AA),
    ruleOnPrimary: mix(primary, '#ffffff', 0.22),
  };
}

/** `weight` of the way from colour `from` to colour `to`. */
export function mix(from: string, to: string, weight: number): string {
  const channels = (hex: string) => [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  const a = channels(from);
  const b = channels(to);
  return `#${a.map((value, index) => Math.round(value + (b[index]! - value) * weight).toString(16).padStart(2, '0')).join('')}`;
}
