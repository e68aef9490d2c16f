/**
 * WCAG 2 contrast between colours, for checking that a person's brand colours stay readable
 * where the site uses them: white text on the primary colour, the primary and accent colours as
 * text on the light background, and their lightened forms on the dark background.
 */

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((start) => Number.parseInt(value.slice(start, start + 2), 16)) as Rgb;
}

export function toHex([red, green, blue]: Rgb): string {
  return `#${[red, green, blue].map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0')).join('')}`;
}

function channelLuminance(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const [red, green, blue] = parseHex(hex).map(channelLuminance) as Rgb;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The same hue moved towards black (or white) in small steps until it reaches `target` contrast against `against`. */
export function adjustForContrast(hex: string, against: string, target: number): string {
  const [red, green, blue] = parseHex(hex);
  const towards = relativeLuminance(against) > 0.5 ? 0 : 255;
  for (let step = 0; step <= 100; step++) {
    const mix = step / 100;
    const candidate = toHex([red + (towards - red) * mix, green + (towards - green) * mix, blue + (towards - blue) * mix]);
    if (contrastRatio(candidate, against) >= target) return candidate;
  }
  return towards === 0 ? '#000000' : '#ffffff';
}

/** The light page background and text colours of the site's stylesheet (src/styles/global.css). */
export const SITE_BACKGROUND = '#fbfaf7';

export interface ContrastFinding {
  field: 'brand.primary' | 'brand.accent';
  colour: string;
  use: string;
  ratio: number;
  needed: number;
  suggestion: string;
}

/** Normal-size text needs 4.5:1 (WCAG AA); the primary colour carries both link text and white button text. */
const AA_TEXT = 4.5;

export function brandContrastFindings(brand: { primary: string; accent: string }): ContrastFinding[] {
  const checks: { field: ContrastFinding['field']; colour: string; against: string; use: string }[] = [
    { field: 'brand.primary', colour: brand.primary, against: '#ffffff', use: 'white button text on it' },
    { field: 'brand.primary', colour: brand.primary, against: SITE_BACKGROUND, use: 'links and headings on the page background' },
    { field: 'brand.accent', colour: brand.accent, against: SITE_BACKGROUND, use: 'impact figures on the page background' },
  ];
  return checks.flatMap(({ field, colour, against, use }) => {
    const ratio = contrastRatio(colour, against);
    if (ratio >= AA_TEXT) return [];
    return [{ field, colour, use, ratio, needed: AA_TEXT, suggestion: adjustForContrast(colour, against, AA_TEXT + 0.1) }];
  });
}
