import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/**
 * The language a resume is written in, told from its text by franc (franc-min: the 82 languages
 * with 8 million speakers or more), so an imported French resume publishes in French with French
 * headings rather than as English. Short or mixed text says nothing.
 */

/** franc names some languages by an individual code the site writes by its macrolanguage's two letters. */
const MACROLANGUAGES: Readonly<Record<string, string>> = { cmn: 'zh', arb: 'ar', pes: 'fa', zlm: 'ms', ekk: 'et', lvs: 'lv', uzn: 'uz', azj: 'az', swh: 'sw', npi: 'ne', ory: 'or', khk: 'mn', plt: 'mg' };

/** Fewer letters than this and franc's guess is not worth a language setting. */
const MIN_LETTERS = 60;

/** The two-letter code (`fr`) of the language `texts` are written in, or undefined when the text is too short or unclear. */
export function writtenLanguage(texts: readonly (string | undefined)[]): string | undefined {
  const text = texts.filter((part): part is string => Boolean(part?.trim())).join('\n');
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const code = franc(text, { minLength: MIN_LETTERS });
  if (code === 'und') return undefined;
  return MACROLANGUAGES[code] ?? iso6393To1[code];
}
