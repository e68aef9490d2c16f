import type { PaperSize } from '../../schemas/resume.ts';
import type { Entry, Model } from './model.ts';
import { printableUrl, summaryMarkdown, type LinkView } from './resume/selection.ts';
import { isVisibleTo, type Audience } from './visibility.ts';
import { defaultPaper } from './paper.ts';
import { messagesFor } from './i18n/messages.ts';
import { dateLocale } from './i18n/format.ts';

/**
 * Everything a cover letter prints, for one audience: the letterhead from the profile as that
 * audience may see it (the phone number is `resume`-level by default, so only the out/ copy has
 * it), the addressee, and the paper and design of the resume variant it accompanies.
 */

export interface LetterheadView {
  name: string;
  headline: string;
  location: string | undefined;
  address: string | undefined;
  email: string | undefined;
  phone: string | undefined;
  site: LinkView;
}

export interface LetterView {
  id: string;
  /** The language the letter is written in: its date, courtesies, labels and letterhead. */
  language: string;
  audience: Exclude<Audience, 'private'>;
  letterhead: LetterheadView;
  /** `November 20, 2026`, in the project's date style. */
  date: string;
  /** The date as written, `YYYY-MM-DD`. */
  isoDate: string;
  addressee: { name: string; title: string | undefined };
  company: string;
  role: string;
  /** The resume variant it accompanies, and the look taken from it. */
  resume: string;
  paper: PaperSize;
  design: 'branded' | 'plain';
  brand: { primary: string; accent: string };
  greeting: string;
  closing: string;
  /** The letter's Markdown body, without MDX import/export lines. */
  body: string;
}

/** The salutation and the words before the name, as printed: the letter's own, or the defaults of its language. */
export function letterCourtesies(data: Pick<Entry<'letters'>['data'], 'addressee' | 'greeting' | 'closing'>, language = 'en'): { greeting: string; closing: string } {
  const words = messagesFor(language);
  return { greeting: data.greeting ?? words.letterGreeting(data.addressee.name), closing: data.closing ?? words.letterClosing };
}

/** `2026-11-20` → `November 20, 2026`, `20. November 2026`: a letter spells its date out, in its language. */
export function letterDate(isoDate: string, language = 'en'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/**
 * The letter as `audience` sees it. `model` is already narrowed to that audience (its profile
 * carries only the contact details the audience may see); `variant` is the accompanying resume
 * variant as written. Its headline heads the letter only when the audience may see the variant,
 * so a public letter never prints a resume-only variant's words.
 */
export function letterView(entry: Entry<'letters'>, model: Model, variant: Entry<'resumes'>, audience: Exclude<Audience, 'private'>): LetterView {
  const profile = model.profile.data;
  const { data } = entry;
  const headline = isVisibleTo(variant.data.visibility, audience) ? (variant.data.headline ?? profile.headline) : profile.headline;
  return {
    id: entry.id,
    language: model.language,
    audience,
    letterhead: {
      name: profile.name,
      headline,
      location: profile.location,
      address: profile.contact.address?.value,
      email: profile.contact.email?.value,
      phone: profile.contact.phone?.value,
      site: { label: messagesFor(model.language).labelWebsite, url: profile.site, text: printableUrl(profile.site) },
    },
    date: letterDate(data.date, model.language),
    isoDate: data.date,
    addressee: { name: data.addressee.name, title: data.addressee.title },
    company: data.company,
    role: data.role,
    resume: variant.id,
    paper: variant.data.paper ?? defaultPaper(model.language, { country: model.profile.data.country, isDefaultLanguage: model.language === model.languages[0] }),
    // A letter has no columns or role heads: the resume's plain design stays plain, every other one is drawn branded.
    design: variant.data.design === 'plain' ? 'plain' : 'branded',
    brand: profile.brand,
    ...letterCourtesies(data, model.language),
    body: summaryMarkdown(entry.body, ''),
  };
}
