import { z } from 'astro/zod';
import { HexColourSchema, LanguageCodeSchema, LinkSchema, SiteAddressSchema, contactField, emailField, localized, singleLine, vocabulary } from './common.ts';
import type { Resolved } from './common.ts';

/** A profile elsewhere: a link, with your user name there when the address does not show it. */
export const ProfileLinkSchema = LinkSchema.extend({
  /** Your user name on that network. Optional: read from the address when left out. Example: `mayaokafor`. */
  username: singleLine('a user name', 80).optional(),
});

export const ContactSchema = z.strictObject({
  /** Email address. Default visibility: public. Example: `maya@example.com`. */
  email: emailField('public').optional(),
  /** Phone number. Default visibility: resume (on resumes you send, never on the website). */
  phone: contactField('resume', 'a phone number').optional(),
  /** Postal address. Default visibility: resume. */
  address: contactField('resume', 'a postal address').optional(),
  /** Postal code, kept apart from the address so exports can name it. Default visibility: resume. Example: `SW1A 1AA`. */
  postalCode: contactField('resume', 'a postal code').optional(),
});
export type Contact = z.output<typeof ContactSchema>;
export type ContactField = NonNullable<Contact[keyof Contact]>;

export const BrandSchema = z.strictObject({
  /** Main brand colour: headings, links, card backgrounds. Default: `#1f5f4f` (deep green). */
  primary: HexColourSchema.default('#1f5f4f'),
  /** Accent for highlights such as impact figures. Default: `#b45309` (amber). */
  accent: HexColourSchema.default('#b45309'),
});
export type Brand = z.output<typeof BrandSchema>;

/** Business-card sizes: `us` is 3.5 × 2 in, `eu` the common European 85 × 55 mm. */
export const CARD_SIZES = ['us', 'eu'] as const;

export const CardSettingsSchema = z.strictObject({
  /** Card size: `us` (3.5 × 2 in) or `eu` (85 × 55 mm). Default: `us`. */
  size: z.enum(CARD_SIZES, { error: 'must be us (3.5 × 2 in) or eu (85 × 55 mm)' }).default('us'),
  /** Also make print files with a 1/8 in (3.2 mm) bleed on every side, for printers that ask for one. Default: false. */
  bleed: z.boolean({ error: 'must be true or false' }).default(false),
  /** Contact lines of the default card (and of pitch cards that list none), at most 4: email, phone, address, location, site or a link's label. Each must be public. Default: the public ones of email, site, location. */
  contact: z
    .array(singleLine('a contact field such as email, site or GitHub', 40), { error: 'must be a list such as [email, site, GitHub]' })
    .min(1, { error: 'must name at least one contact field, e.g. [email]' })
    .max(4, { error: 'a card has room for at most 4 contact lines' })
    .optional(),
});
export type CardSettings = z.output<typeof CardSettingsSchema>;

export const ProfileSchema = z.strictObject({
  /** Full name as it should appear everywhere. Example: `Maya Okafor`. */
  name: singleLine('your name', 80),
  /** Your given and family name, so documents in a language that puts the family name first (Japanese, Chinese, Korean) print it that way. Optional. Example: `{ given: Aiko, family: Tanaka }`. */
  nameParts: z
    .strictObject({
      given: singleLine('your given name(s)', 60),
      family: singleLine('your family name', 60),
    })
    .optional(),
  /** A short professional headline, per language if you like. Example: `Staff platform engineer`. */
  headline: localized(singleLine('a short headline', 90)),
  /** One sentence that says what value you bring, per language if you like. Example: `I make slow systems fast and keep them that way.` */
  valueProposition: localized(singleLine('one sentence about the value you bring', 220)),
  /** Where you are based, as you want it shown (per language if you like). Example: `Lisbon, Portugal`. */
  location: localized(singleLine('a city and country')).optional(),
  /** The country you are based in, as its ISO 3166-1 code. Optional. Example: `PT`. */
  country: vocabulary(
    z
      .string({ error: 'must be a two-letter country code such as PT, US or JP' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code (ISO 3166-1) such as PT, US or JP' }),
  ).optional(),
  /** Portrait photo: a path under public/ (e.g. `/photo.jpg`) or a web address. Optional. */
  photo: z.string().trim().min(1).optional(),
  /** The address the site is published at; used for canonical links, feeds and the sitemap. */
  site: SiteAddressSchema,
  /** Profiles elsewhere (GitHub, LinkedIn, …), in the order to show them. Default: none. */
  links: z.array(ProfileLinkSchema).default([]),
  /** `confirmed` once your career repository is private: `npm run check` then stops warning that a repository on a public code host would publish your private content. Optional. */
  privateRepository: z.literal('confirmed', { error: 'write privateRepository: confirmed once the repository is private, or leave it out' }).optional(),
  /** Set only by Cairn's fictional sample persona: its private entries are invented, so publishing its repository reveals nothing real. `npm run init` removes it with the sample. */
  samplePersona: z.literal(true, { error: 'must be true, or left out' }).optional(),
  /** Contact details, each with its own visibility. */
  contact: ContactSchema.default({}),
  /** Brand colours used by the site, resumes and cards. */
  brand: BrandSchema.default({ primary: '#1f5f4f', accent: '#b45309' }),
  /** The languages you publish in, as BCP 47 codes; the first is the default, served at the site's root. Default: `[en]`. Example: `[en, de]`. */
  languages: z
    .array(LanguageCodeSchema, { error: 'must be a list of language codes such as [en, de]' })
    .min(1, { error: 'must name at least one language, e.g. [en]' })
    .refine((codes) => new Set(codes).size === codes.length, { error: 'lists a language twice' })
    .default(['en']),
  /** Business-card print settings for every card (the default one and each pitch's). Default: `{ size: us, bleed: false }`. */
  cards: CardSettingsSchema.default({ size: 'us', bleed: false }),
  /** The languages you speak and how well, per language if you like. Default: none. Example: `[{ language: German, fluency: C1 }]`. */
  spokenLanguages: z
    .array(z.strictObject({ language: localized(singleLine('a language', 60)), fluency: localized(singleLine('how well, such as Native or C1', 60)).optional() }))
    .default([]),
  /** What you care about outside work, each with keywords if you like. Default: none. Example: `[{ name: Climbing, keywords: [bouldering] }]`. */
  interests: z.array(z.strictObject({ name: localized(singleLine('an interest', 80)), keywords: z.array(singleLine('a keyword', 60)).default([]) })).default([]),
});
export type Profile = Resolved<z.output<typeof ProfileSchema>>;
