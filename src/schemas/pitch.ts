import { z } from 'astro/zod';
import { VisibilitySchema, localized, singleLine, vocabulary } from './common.ts';
import type { Resolved } from './common.ts';

/** Contact details a card can show, besides the label of one of your links (e.g. `GitHub`). */
export const CARD_CONTACT_FIELDS = ['email', 'phone', 'address', 'location', 'site'] as const;
export type CardContactField = (typeof CARD_CONTACT_FIELDS)[number];

/** What a card shows when the pitch does not say: the public ones among these, in this order. */
export const DEFAULT_CARD_CONTACT: readonly CardContactField[] = ['email', 'site', 'location'];

/** Where a QR code may lead: a page of your site (`/resume/staff-sre/`) or a full web address. */
const QrTargetSchema = vocabulary(
  z
    .string({ error: 'must be a page of your site such as /resume/staff-sre/, or a full web address' })
    .trim()
    .refine((value) => /^\/\S*$/.test(value) || (/^https?:\/\/\S+$/i.test(value) && URL.canParse(value)), {
      error: 'must be a page of your site starting with / (e.g. /resume/staff-sre/) or a full address starting with https://',
    }),
);

/** The business card for one audience. Every field is optional; the profile fills the gaps. */
export const PitchCardSchema = z.strictObject({
  /** The line under your name on the front, for this audience; two lines at most (the build says if it does not fit). Default: the profile's headline. Example: `Staff SRE · payments reliability`. */
  headline: singleLine('the headline on the front of the card', 160).optional(),
  /** The sentence on the back; six lines at most (the build says if it does not fit). Default: the profile's valueProposition. Example: `I keep payment systems fast and quiet.` */
  tagline: singleLine('one sentence for the back of the card', 220).optional(),
  /** Contact lines on the front, in order (at most 4): email, phone, address, location, site, or a link's label (e.g. `GitHub`). Each must be public. Default: the profile's `cards.contact`, else the public ones of email, site, location. */
  contact: z
    .array(singleLine('a contact field such as email, site or GitHub', 40), { error: 'must be a list such as [email, site, GitHub]' })
    .min(1, { error: 'must name at least one contact field, e.g. [email]' })
    .max(4, { error: 'a card has room for at most 4 contact lines' })
    .optional(),
  /** The page the QR code on the back opens: a page of your site (`/resume/staff-sre/`) or a full address. Default: your site's home page. */
  qr: QrTargetSchema.optional(),
});
export type PitchCard = z.output<typeof PitchCardSchema>;

/** An elevator pitch tuned to one venue and audience. The body is what you say. */
export const PitchSchema = z.strictObject({
  /** Who it is for, per language if you like. Example: `Recruiters`. */
  audience: localized(singleLine('who the pitch is for', 80)),
  /** Where you give it, per language if you like. Example: `Networking event`. */
  venue: localized(singleLine('where you give it', 80)),
  /** How long it should take to say, in seconds. Example: `30`. */
  duration: z
    .number({ error: 'must be a number of seconds, e.g. 30' })
    .int({ error: 'must be a whole number of seconds' })
    .min(5, { error: 'must be at least 5 seconds' })
    .max(600, { error: 'must be at most 600 seconds (10 minutes)' }),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
  /** A business card for this audience: `true` for one with the defaults, or its fields (`headline`, `tagline`, `contact`, `qr`). Default: no card. */
  card: z
    .union([z.boolean(), PitchCardSchema], { error: 'must be true, false, or { headline, tagline, contact, qr }' })
    .default(false)
    .transform((card): PitchCard | undefined => (card === true ? {} : card === false ? undefined : card)),
});
export type Pitch = Resolved<z.output<typeof PitchSchema>>;
