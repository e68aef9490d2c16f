import type { PaperSize } from '../../schemas/resume.ts';

/**
 * Where US Letter is the usual paper; A4 everywhere else. The territories are CLDR's
 * measurementData `paperSize` "US-Letter" list (unicode.org/cldr, supplemental data), the same
 * data an operating system uses for its default paper.
 */
const LETTER_REGIONS = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/** The region a document in `language` is most likely read in: its own subtag (`en-GB`), else the person's country for their default language, else the language's likeliest region (`de` → DE, `en` → US). */
function regionOf(language: string, options: { country?: string | undefined; isDefaultLanguage: boolean }): string | undefined {
  try {
    const locale = new Intl.Locale(language);
    if (locale.region) return locale.region;
    if (options.isDefaultLanguage && options.country) return options.country;
    return locale.maximize().region;
  } catch {
    return options.country;
  }
}

/** The paper a resume or letter prints on when its variant does not say: Letter where people use it, A4 elsewhere. */
export function defaultPaper(language: string, options: { country?: string | undefined; isDefaultLanguage: boolean }): PaperSize {
  const region = regionOf(language, options);
  return region !== undefined && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}
