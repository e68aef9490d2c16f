import { markdownToPlainText } from '../resume/markdown.ts';
import { subjectLine } from './html.ts';
import type { LetterView } from '../../model/letter-view.ts';
import { messagesFor } from '../../model/i18n/messages.ts';

/**
 * The cover letter as plain text, for an application form's text box or an email: the same
 * words as the PDF, one paragraph a line (forms reflow text, so nothing is hard-wrapped), contact
 * details labelled as in the resume's text export.
 */
export function letterText(view: LetterView): string {
  const person = view.letterhead;
  const words = messagesFor(view.language);
  const letterhead = [
    person.name,
    person.headline,
    ...(person.location ? [person.location] : []),
    ...(person.address ? [`${words.labelAddress}: ${person.address}`] : []),
    ...(person.email ? [`${words.labelEmail}: ${person.email}`] : []),
    ...(person.phone ? [`${words.labelPhone}: ${person.phone}`] : []),
    `${person.site.label}: ${person.site.url}`,
  ];
  const recipient = [view.addressee.name, ...(view.addressee.title ? [view.addressee.title] : []), view.company];
  const body = markdownToPlainText(view.body);
  const blocks = [letterhead.join('\n'), view.date, recipient.join('\n'), subjectLine(view), view.greeting, ...(body ? [body] : []), `${view.closing}\n${person.name}`];
  return `${blocks.join('\n\n')}\n`;
}
