import { escapeHtml, personHeader } from '../resume/html.ts';
import { markdownToHtml } from '../resume/markdown.ts';
import type { LetterView } from '../../model/letter-view.ts';
import { messagesFor } from '../../model/i18n/messages.ts';

/**
 * The cover letter as one `<article class="resume cover-letter">`: the letterhead is the resume's
 * own header markup, so resume.css draws it exactly as on the resume it accompanies (same name,
 * rule, colours, contact line), and the letter's parts below it are styled by the letter sheet.
 */

/** The line naming the job, so whoever opens the letter files it with the right application. */
export function subjectLine(view: LetterView): string {
  return messagesFor(view.language).letterSubject(view.role);
}

export function renderLetterArticle(view: LetterView): string {
  const recipient = [view.addressee.name, view.addressee.title, view.company].filter((line): line is string => line !== undefined);
  return [
    `<article class="resume cover-letter" data-letter="${view.id}" data-design="${view.design}" data-paper="${view.paper}">`,
    personHeader(view.letterhead),
    `<p class="letter-date"><time datetime="${view.isoDate}">${escapeHtml(view.date)}</time></p>`,
    `<p class="letter-recipient">${recipient.map(escapeHtml).join('<br>')}</p>`,
    `<p class="letter-subject">${escapeHtml(subjectLine(view))}</p>`,
    `<p class="letter-greeting">${escapeHtml(view.greeting)}</p>`,
    `<div class="letter-body">${markdownToHtml(view.body)}</div>`,
    `<p class="letter-closing">${escapeHtml(view.closing)}</p>`,
    `<p class="letter-signature">${escapeHtml(view.letterhead.name)}</p>`,
    '</article>',
  ].join('');
}
