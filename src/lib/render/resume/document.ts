import { messagesFor, textDirection } from '../../model/i18n/messages.ts';
import { escapeHtml } from './html.ts';

/**
 * A complete HTML document around a resume article, for printing a variant that has no page on
 * the website (`visibility: resume`: it exists only in out/). Every other resume prints from its
 * page in dist/, which wraps the same article in the site layout.
 */
export function standaloneDocument(options: { title: string; article: string; stylesheets: readonly string[]; brand: { primary: string; accent: string }; language?: string | undefined }): string {
  const language = options.language ?? 'en';
  const links = options.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  // The same custom properties the site layout sets; the colours were validated as hex by the profile schema.
  const colours = `<style>:root{--brand:${options.brand.primary};--accent:${options.brand.accent}}</style>`;
  return `<!doctype html><html lang="${escapeHtml(language)}" dir="${textDirection(language)}"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>${colours}${links}</head><body>${options.article}</body></html>`;
}

/** The Subject of a resume's PDF and Word file, in the resume's language: `Resume of Maya Okafor for Staff SRE: Reliability leadership`. */
export function resumeSubject(name: string, targetRole: string, variantTitle: string, language = 'en'): string {
  return messagesFor(language).resumeSubject(name, targetRole, variantTitle);
}

/** The title of a resume's page and PDF: `Maya Okafor – Resume (Staff Site Reliability Engineer)`. */
export function resumeTitle(name: string, targetRole: string, language = 'en'): string {
  return `${name} – ${messagesFor(language).resumeOf} (${targetRole})`;
}
