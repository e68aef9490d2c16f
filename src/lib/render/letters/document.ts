import { escapeHtml } from '../resume/html.ts';
import type { LetterView } from '../../model/letter-view.ts';
import { messagesFor, textDirection } from '../../model/i18n/messages.ts';

/**
 * Cover letters as whole HTML documents. The printed one links the resume's fonts and
 * stylesheets from the print server; the copy written to out/ carries its styles inline, so it
 * opens the same from disk or pastes into an email without a server (fonts then fall back to the
 * reader's Inter, Helvetica or Georgia, the fallbacks resume.css names).
 */

/** `Maya Okafor – Cover letter (Engineering Manager, Platform, Larchmont Rail)`: the PDF's title too. */
export function letterTitle(view: LetterView): string {
  return `${view.letterhead.name} – ${messagesFor(view.language).coverLetter} (${view.role}, ${view.company})`;
}

/** The document's language and direction, so hyphenation, quotes and right-to-left text follow the letter's. */
function htmlAttributes(view: LetterView): string {
  return `lang="${escapeHtml(view.language)}" dir="${textDirection(view.language)}"`;
}

/** The colours resume.css reads; validated as hex by the profile schema. */
function brandStyle(view: LetterView): string {
  return `:root{--brand:${view.brand.primary};--accent:${view.brand.accent}}`;
}

export function printDocument(view: LetterView, article: string, stylesheets: readonly string[]): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  return `<!doctype html><html ${htmlAttributes(view)}><head><meta charset="utf-8"><title>${escapeHtml(letterTitle(view))}</title><style>${brandStyle(view)}</style>${links}</head><body>${article}</body></html>`;
}

export function selfContainedDocument(view: LetterView, article: string, css: string): string {
  return `<!doctype html><html ${htmlAttributes(view)}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(letterTitle(view))}</title><style>${brandStyle(view)}\n${css}</style></head><body>${article}</body></html>\n`;
}
