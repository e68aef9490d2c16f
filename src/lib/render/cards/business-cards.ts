import { messagesFor } from '../../model/i18n/messages.ts';
import { asciiSlug } from '../../content/slug.ts';
import { DEFAULT_CARD_CONTACT, type PitchCard } from '../../../schemas/pitch.ts';
import type { Brand, CardSettings } from '../../../schemas/profile.ts';
import type { Entry, Model } from '../../model/model.ts';
import type { ImageProblem, SourcedText, TextOrigin } from './layout.ts';

/** The id of the card made from the profile alone; pitch cards take their pitch's id. */
export const DEFAULT_CARD_ID = 'default';

export interface ContactLine extends SourcedText {
  /** A short label such as `Email` or `GitHub`. */
  label: string;
  /** Where the label comes from: a link's label is the person's own words. */
  labelOrigin: TextOrigin;
}

/** Everything a business card shows, resolved from the profile and (for a pitch's card) the pitch. */
export interface BusinessCard {
  id: string;
  /** Who the card is for, in words: the pitch's audience, or `Everyone` for the default card. */
  audience: string;
  name: SourcedText;
  headline: SourcedText;
  tagline: SourcedText;
  contact: ContactLine[];
  qr: {
    /** The address the code opens: the card's short page on this site, `…/c/<slug>/`. */
    url: string;
    /** The same address as printed under the code, for typing: no scheme, no trailing slash. */
    label: string;
    /** The short page's name: `/c/<slug>/`. */
    slug: string;
    /** Where the short page sends the reader: a page of this site, or any address. */
    target: string;
    /** The page of this site it leads to (`resume/staff-sre/`), when it is one. */
    sitePath: string | undefined;
    origin: TextOrigin;
  };
  brand: Brand;
  size: CardSettings['size'];
  bleed: boolean;
}

/** `https://www.maya.example/resume/x/` → `www.maya.example/resume/x`. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^mailto:/i, '').replace(/\/$/, '');
}

function cardName(id: string): string {
  return `business card "${id}"`;
}

const CONTACT_LABELS = { email: 'Email', phone: 'Phone', address: 'Address', location: 'Based in', site: 'Web' } as const;

function profileOrigin(profile: Entry<'profile'>, ...field: (string | number)[]): TextOrigin {
  return { kind: 'content', collection: 'profile', id: profile.id, field };
}

function pitchOrigin(pitch: Entry<'pitches'>, ...field: (string | number)[]): TextOrigin {
  return { kind: 'content', collection: 'pitches', id: pitch.id, field: ['card', ...field] };
}

/** One contact line, or why it cannot be on a published card. */
function contactLine(model: Model, siteUrl: string, field: string): ContactLine | string {
  const { profile } = model;
  const { contact, location, links } = profile.data;
  const hint = 'shorten it in your profile, or leave it off this card';
  switch (field) {
    case 'email':
    case 'phone':
    case 'address': {
      const detail = contact[field];
      if (!detail) return `your profile has no public ${field}`;
      return { label: CONTACT_LABELS[field], text: detail.value, origin: profileOrigin(profile, 'contact', field), labelOrigin: profileOrigin(profile, 'contact', field), hint };
    }
    case 'location':
      if (!location) return 'your profile has no location';
      return { label: CONTACT_LABELS.location, text: location, origin: profileOrigin(profile, 'location'), labelOrigin: profileOrigin(profile, 'location'), hint };
    case 'site':
      return { label: CONTACT_LABELS.site, text: displayUrl(siteUrl), origin: profileOrigin(profile, 'site'), labelOrigin: profileOrigin(profile, 'site'), hint };
    default: {
      const index = links.findIndex((link) => link.label.toLowerCase() === field.toLowerCase());
      const link = links[index];
      if (!link) return 'is not a contact field or the label of one of your links';
      return { label: link.label, text: displayUrl(link.url), origin: profileOrigin(profile, 'links', index, 'url'), labelOrigin: profileOrigin(profile, 'links', index, 'label'), hint };
    }
  }
}

/**
 * The contact lines of a card: the pitch's own list, else the profile's `cards.contact`, else the
 * defaults. A list someone wrote must name details that exist and are public; the defaults show
 * what there is and skip the rest without a word.
 */
function contactLines(model: Model, siteUrl: string, pitch: Entry<'pitches'> | undefined, cardId: string, problems: ImageProblem[]): ContactLine[] {
  const { profile } = model;
  const fromPitch = pitch?.data.card?.contact;
  const fromProfile = profile.data.cards.contact;
  const written = fromPitch ? { fields: fromPitch, origin: (index: number) => pitchOrigin(pitch!, 'contact', index), where: 'this card' } : fromProfile ? { fields: fromProfile, origin: (index: number) => profileOrigin(profile, 'cards', 'contact', index), where: 'cards.contact' } : undefined;
  if (!written) {
    return DEFAULT_CARD_CONTACT.map((field) => contactLine(model, siteUrl, field)).filter((line): line is ContactLine => typeof line !== 'string');
  }
  const linkLabels = profile.data.links.map((link) => link.label);
  return written.fields.flatMap((field, index) => {
    const line = contactLine(model, siteUrl, field);
    if (typeof line !== 'string') return [line];
    const known = field in CONTACT_LABELS;
    problems.push({
      image: cardName(cardId),
      origin: written.origin(index),
      message: known ? `lists ${field}, but ${line}: cards are published on your site, so they show public contact details only` : `"${field}" ${line}`,
      hint: known
        ? `make contact.${field} public in your profile, or take ${field} off ${written.where}`
        : `use email, phone, address, location, site${linkLabels.length > 0 ? ` or a link label: ${linkLabels.join(', ')}` : ''}`,
    });
    return [];
  });
}

/** The short page of the default card: `/c/me/`. */
export const DEFAULT_CARD_SLUG = 'me';
/** Short enough to type from a card. */
const MAX_SLUG_LENGTH = 24;

/**
 * A card's short page name, from its pitch's file name: lower-case ASCII letters, digits and
 * hyphens (`Recruiter-Zürich` → `recruiter-zurich`), cut at a hyphen to stay typeable, and
 * numbered when two cards would share one.
 */
export function cardSlug(id: string, taken: ReadonlySet<string>): string {
  let slug = id === DEFAULT_CARD_ID ? DEFAULT_CARD_SLUG : asciiSlug(id) || 'card';
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
  let numbered = slug;
  for (let count = 2; taken.has(numbered); count++) numbered = `${slug}-${count}`;
  return numbered;
}

/** The short address of a card's QR code, and where it leads: the site's home, or the pitch's `qr`. */
function qrTarget(siteUrl: string, slug: string, pitch: Entry<'pitches'> | undefined, card: PitchCard | undefined, profile: Entry<'profile'>): BusinessCard['qr'] {
  const url = new URL(`c/${slug}/`, siteUrl).href;
  const written = card?.qr;
  if (!pitch || written === undefined) return { url, label: displayUrl(url), slug, target: siteUrl, sitePath: '', origin: profileOrigin(profile, 'site') };
  const sitePath = written.startsWith('/') ? written.slice(1) : undefined;
  const target = sitePath === undefined ? written : new URL(sitePath, siteUrl).href;
  return { url, label: displayUrl(url), slug, target, sitePath, origin: pitchOrigin(pitch, 'qr') };
}

/**
 * The cards to print: one from the profile (`default`), then one for each pitch that asks for one,
 * in the model's pitch order. `model` must be the public model and `siteUrl` the published address
 * with its base path: cards are published, so they carry public details only.
 */
export function businessCards(model: Model, siteUrl: string): { cards: BusinessCard[]; problems: ImageProblem[] } {
  const { profile } = model;
  const problems: ImageProblem[] = [];
  const settings = profile.data.cards;
  const name: SourcedText = { text: profile.data.name, origin: profileOrigin(profile, 'name'), hint: 'shorten name in your profile' };
  const headline = (pitch?: Entry<'pitches'>): SourcedText =>
    pitch?.data.card?.headline !== undefined
      ? { text: pitch.data.card.headline, origin: pitchOrigin(pitch, 'headline'), hint: 'shorten card.headline in this pitch' }
      : { text: profile.data.headline, origin: profileOrigin(profile, 'headline'), hint: pitch ? 'shorten headline in your profile, or give this pitch its own card.headline' : 'shorten headline in your profile' };
  const tagline = (pitch?: Entry<'pitches'>): SourcedText =>
    pitch?.data.card?.tagline !== undefined
      ? { text: pitch.data.card.tagline, origin: pitchOrigin(pitch, 'tagline'), hint: 'shorten card.tagline in this pitch' }
      : {
          text: profile.data.valueProposition,
          origin: profileOrigin(profile, 'valueProposition'),
          hint: pitch ? 'shorten valueProposition in your profile, or give this pitch its own card.tagline' : 'shorten valueProposition in your profile',
        };
  const slugs = new Set<string>();
  const make = (id: string, audience: string, pitch?: Entry<'pitches'>): BusinessCard => {
    const slug = cardSlug(id, slugs);
    slugs.add(slug);
    return {
    id,
    audience,
    name,
    headline: headline(pitch),
    tagline: tagline(pitch),
    contact: contactLines(model, siteUrl, pitch, id, problems),
    qr: qrTarget(siteUrl, slug, pitch, pitch?.data.card, profile),
    brand: profile.data.brand,
    size: settings.size,
    bleed: settings.bleed,
    };
  };

  const cards = [make(DEFAULT_CARD_ID, 'Everyone')];
  for (const pitch of model.pitches) {
    if (!pitch.data.card) continue;
    if (pitch.id === DEFAULT_CARD_ID) {
      problems.push({ image: cardName(pitch.id), origin: pitchOrigin(pitch), message: `a pitch named "${DEFAULT_CARD_ID}" cannot have a card: that name belongs to the card made from your profile`, hint: 'rename the pitch file' });
      continue;
    }
    cards.push(make(pitch.id, pitch.data.audience, pitch));
  }
  return { cards, problems };
}

/** Cards whose QR code opens a page of this site that the build did not make. */
export function missingQrPages(cards: readonly BusinessCard[], pageExists: (sitePath: string) => boolean): ImageProblem[] {
  return cards
    .filter((card) => card.qr.sitePath !== undefined && !pageExists(card.qr.sitePath))
    .map((card) => ({
      image: cardName(card.id),
      origin: card.qr.origin,
      message: `the QR code would lead to /${card.qr.sitePath}, but the site has no such page`,
      hint: 'point qr at a page the site has, e.g. / or /resumes/, or at a full https:// address',
    }));
}

/**
 * Whether a card's plain sides are published: only the default card's, which the contact page
 * shows. A pitch's card and every print file are the person's own, in out/cards/.
 */
export function isPublishedCard(card: Pick<BusinessCard, 'id'>): boolean {
  return card.id === DEFAULT_CARD_ID;
}

/** The files of a card, relative to the site root (the plain sides) or the out folder (all of them). */
export function cardFiles(card: Pick<BusinessCard, 'id' | 'bleed'>) {
  const base = `cards/${card.id}`;
  return {
    front: `${base}-front.png`,
    back: `${base}-back.png`,
    frontBleed: card.bleed ? `${base}-front-bleed.png` : undefined,
    backBleed: card.bleed ? `${base}-back-bleed.png` : undefined,
    pdf: `${base}.pdf`,
  };
}

/** What a side of the card shows, in words, for the `alt` text of its picture. */
export function cardAltText(card: BusinessCard, side: 'front' | 'back', language = 'en'): string {
  const words = messagesFor(language);
  if (side === 'front') return words.cardFrontAlt([card.name.text, card.headline.text, ...card.contact.map((line) => line.text)].join(', '));
  return words.cardBackAlt(card.tagline.text, card.qr.label);
}

/** The short pages the site makes, one per card: `/c/<slug>/`, sending the reader on to the card's target. */
export function shortPages(cards: readonly BusinessCard[]): { slug: string; target: string; card: BusinessCard }[] {
  return cards.map((card) => ({ slug: card.qr.slug, target: card.qr.target, card }));
}

/** `Recruiters and hiring managers` → `For recruiters and hiring managers`; the default card is for everyone. */
export function cardHeading(card: BusinessCard): string {
  if (card.id === DEFAULT_CARD_ID) return 'For everyone';
  const lowered = /^\p{Lu}\p{Ll}/u.test(card.audience) ? card.audience[0]!.toLowerCase() + card.audience.slice(1) : card.audience;
  return `For ${lowered}`;
}
