import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Emoji drawn as Twemoji pictures (the @twemoji/svg package, one SVG per emoji): satori cannot
 * draw colour fonts, but it places a picture for any grapheme it is given one for, sized to the
 * text around it.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A grapheme shown as an emoji: fully qualified RGI emoji, and pictographs asked for as emoji (variation selector, joiner, keycap, skin tone). */
const EMOJI = /^\p{RGI_Emoji}$/v;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

export function isEmoji(grapheme: string): boolean {
  return EMOJI.test(grapheme) || (PICTOGRAPHIC.test(grapheme) && /\p{Emoji_Presentation}|\uFE0F|\u200D|\u20E3|\p{Emoji_Modifier}/u.test(grapheme));
}

/**
 * Characters each of which is a grapheme of its own whatever is beside it: printable Latin without
 * combining marks, general punctuation without joiners or invisible marks, currency signs. Most of
 * a site's text is only these, and splitting it needs no segmenter.
 */
const ONE_CHARACTER_GRAPHEMES = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;

export function graphemesOf(text: string): string[] {
  if (ONE_CHARACTER_GRAPHEMES.test(text)) return text.split('');
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

export interface EmojiImages {
  /** A data: URL of the emoji's picture, or undefined when Twemoji has none. */
  pictureOf(grapheme: string): string | undefined;
  version: string;
}

export function loadEmojiImages(): EmojiImages {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@twemoji/svg/package.json');
  const folder = path.dirname(manifest);
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const pictures = new Map<string, string | undefined>();

  const fileFor = (grapheme: string): string | undefined => {
    const codePoints = Array.from(grapheme, (character) => character.codePointAt(0)!.toString(16));
    // Twemoji names files by code point; sequences without a joiner drop the emoji variation selector.
    const candidates = [codePoints.join('-'), codePoints.filter((codePoint) => codePoint !== 'fe0f').join('-')];
    return candidates.map((name) => path.join(folder, `${name}.svg`)).find((file) => existsSync(file));
  };

  const pictureOf = (grapheme: string): string | undefined => {
    if (!pictures.has(grapheme)) {
      const file = fileFor(grapheme);
      pictures.set(grapheme, file ? `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}` : undefined);
    }
    return pictures.get(grapheme);
  };

  return {
    pictureOf,
    version: `@twemoji/svg@${version}`,
  };
}
