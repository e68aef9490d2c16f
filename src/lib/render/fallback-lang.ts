import { textDirection } from '../model/i18n/messages.ts';

/**
 * The `lang` (and `dir`, when it differs from the page's) of a field a page shows in the default
 * language because its own language has no text for it, so screen readers pronounce it, browsers
 * hyphenate it and right-to-left pages lay out its punctuation as that language's; nothing for a
 * translated field.
 */
export function fallbackLang(entry: { untranslated?: readonly string[] | undefined }, field: string, model: { language: string; languages: readonly string[] }): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const defaultLanguage = model.languages[0];
  if (!defaultLanguage || model.language === defaultLanguage || !entry.untranslated?.includes(field)) return {};
  const direction = textDirection(defaultLanguage);
  return textDirection(model.language) === direction ? { lang: defaultLanguage } : { lang: defaultLanguage, dir: direction };
}
