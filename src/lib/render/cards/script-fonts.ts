import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as readFont } from 'fontkitten';
import type { SatoriFont, Weight } from './fonts.ts';

/**
 * Fonts for the scripts Inter and Source Serif do not draw: Arabic, Hebrew, Devanagari, Thai,
 * Chinese, Japanese and Korean, from Fontsource's Noto Sans packages. Fontsource splits each into many small files by
 * Unicode range (a CJK font is a hundred of them), so only the files holding characters an image
 * actually shows are read, and a Latin-only site reads none of them.
 */
interface ScriptPackage {
  name: string;
  prefix: string;
  /** The scripts it is here for, in words, for messages. */
  scripts: string;
}

/** In the order they are asked: Han characters take the Chinese (SC) shapes, Hangul the Korean font. */
const PACKAGES: readonly ScriptPackage[] = [
  { name: '@fontsource/noto-sans-arabic', prefix: 'noto-sans-arabic', scripts: 'Arabic' },
  { name: '@fontsource/noto-sans-hebrew', prefix: 'noto-sans-hebrew', scripts: 'Hebrew' },
  { name: '@fontsource/noto-sans-devanagari', prefix: 'noto-sans-devanagari', scripts: 'Devanagari (Hindi, Marathi, Nepali)' },
  { name: '@fontsource/noto-sans-thai', prefix: 'noto-sans-thai', scripts: 'Thai' },
  { name: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc', scripts: 'Chinese, Japanese' },
  { name: '@fontsource/noto-sans-kr', prefix: 'noto-sans-kr', scripts: 'Korean' },
];

/** The main fonts already cover these; the Noto copies would only shadow them. */
const LEFT_TO_MAIN_FONTS = new Set(['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext']);

const WEIGHTS: readonly Weight[] = [400, 600];

interface Subset {
  /** The name satori knows the font by, e.g. `noto-sans-sc-119`. */
  name: string;
  packageName: string;
  /** File name without weight, e.g. `noto-sans-sc-119`. */
  file: string;
  ranges: [number, number][];
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from!, 16), Number.parseInt(to!, 16)];
  });
}

export interface ScriptFonts {
  /** The subset font that draws a code point, if any. */
  subsetFor(codePoint: number): string | undefined;
  /** Satori fonts (both weights) of the named subsets, read from disk once each. */
  fontsOf(subsets: Iterable<string>): SatoriFont[];
  /** `Arabic, Hebrew, …`, for messages. */
  scripts: string;
  /** Package names and versions: part of every image's cache key (reading every file to hash it would cost seconds). */
  versions: string;
}

export function loadScriptFonts(): ScriptFonts {
  const require = createRequire(import.meta.url);
  const subsets: Subset[] = [];
  const versions: string[] = [];
  for (const pkg of PACKAGES) {
    const manifest = JSON.parse(readFileSync(require.resolve(`${pkg.name}/package.json`), 'utf8')) as { version: string };
    versions.push(`${pkg.name}@${manifest.version}`);
    const unicode = JSON.parse(readFileSync(require.resolve(`${pkg.name}/unicode.json`), 'utf8')) as Record<string, string>;
    for (const [key, range] of Object.entries(unicode)) {
      if (LEFT_TO_MAIN_FONTS.has(key)) continue;
      // Numbered CJK slices are keyed "[119]" and their files named "…-119-400-normal.woff".
      const file = `${pkg.prefix}-${key.replace(/[[\]]/g, '')}`;
      subsets.push({ name: file, packageName: pkg.name, file, ranges: parseRanges(range) });
    }
  }

  type Face = { hasGlyphForCodePoint(codePoint: number): boolean };
  const faces = new Map<string, Face | null>();
  const fontData = new Map<string, SatoriFont[]>();
  const byCodePoint = new Map<number, string | undefined>();

  const fileOf = (subset: Subset, weight: Weight) => require.resolve(`${subset.packageName}/files/${subset.file}-${weight}-normal.woff`);
  const faceOf = (subset: Subset): Face | null => {
    if (!faces.has(subset.name)) {
      const face = readFont(readFileSync(fileOf(subset, 400)));
      faces.set(subset.name, 'hasGlyphForCodePoint' in face ? face : null);
    }
    return faces.get(subset.name)!;
  };
  const draws = (subset: Subset, codePoint: number): boolean => {
    if (!subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) return false;
    try {
      // A range is what the slice was cut for, not a promise: the glyph itself must be there.
      return faceOf(subset)?.hasGlyphForCodePoint(codePoint) ?? false;
    } catch {
      // A few slices ship without a character map; they draw nothing we could ask for.
      return false;
    }
  };
  const subsetByName = new Map(subsets.map((subset) => [subset.name, subset]));

  return {
    subsetFor(codePoint) {
      if (!byCodePoint.has(codePoint)) byCodePoint.set(codePoint, subsets.find((subset) => draws(subset, codePoint))?.name);
      return byCodePoint.get(codePoint);
    },
    fontsOf(names) {
      return [...names].flatMap((name) => {
        const subset = subsetByName.get(name);
        if (!subset) return [];
        if (!fontData.has(name)) fontData.set(name, WEIGHTS.map((weight) => ({ name, data: readFileSync(fileOf(subset, weight)), weight, style: 'normal' as const })));
        return fontData.get(name)!;
      });
    },
    scripts: PACKAGES.map((pkg) => pkg.scripts).join(', '),
    versions: versions.join(' '),
  };
}
