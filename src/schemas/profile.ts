import { z } from 'astro/zod';
import { HexColourSchema, LinkSchema, SafeUrlSchema, VisibilitySchema, singleLine } from './common.ts';

/**
 * A contact detail with who may see it. Written either as plain text, which takes the field's
 * default visibility, or as `{ value, visibility }`.
 */
function contactField(defaultVisibility: 'public' | 'resume', what: string) {
  const detailed = z.strictObject({
    /** The detail itself, e.g. `+1 415 555 0134`. */
    value: singleLine(what),
    /** Who may see it. Default: `${defaultVisibility}`. */
    visibility: VisibilitySchema.default(defaultVisibility),
  });
  return z
    .union([singleLine(what), detailed], {
      error: `must be text or { value: "…", visibility: public | resume | private }`,
    })
    .transform((field) => (typeof field === 'string' ? { value: field, visibility: defaultVisibility } : field));
}

export const ContactSchema = z.strictObject({
  /** Email address. Default visibility: public. Example: `maya@example.com`. */
  email: contactField('public', 'an email address')
    .refine((field) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(field.value), {
      error: 'must be an email address, e.g. maya@example.com',
    })
    .optional(),
  /** Phone number. Default visibility: resume (on resumes you send, never on the website). */
  phone: contactField('resume', 'a phone number').optional(),
  /** Postal address. Default visibility: resume. */
  address: contactField('resume', 'a postal address').optional(),
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

export const ProfileSchema = z.strictObject({
  /** Full name as it should appear everywhere. Example: `Maya Okafor`. */
  name: singleLine('your name', 80),
  /** A short professional headline. Example: `Staff platform engineer`. */
  headline: singleLine('a short headline', 90),
  /** One sentence that says what value you bring. Example: `I make slow systems fast and keep them that way.` */
  valueProposition: singleLine('one sentence about the value you bring', 220),
  /** Where you are based, as you want it shown. Example: `Lisbon, Portugal`. */
  location: singleLine('a city and country').optional(),
  /** Portrait photo: a path under public/ (e.g. `/photo.jpg`) or a web address. Optional. */
  photo: z.string().trim().min(1).optional(),
  /** The address the site is published at; used for canonical links, feeds and the sitemap. */
  site: SafeUrlSchema,
  /** Profiles elsewhere (GitHub, LinkedIn, …), in the order to show them. Default: none. */
  links: z.array(LinkSchema).default([]),
  /** Contact details, each with its own visibility. */
  contact: ContactSchema.default({}),
  /** Brand colours used by the site, resumes and cards. */
  brand: BrandSchema.default({ primary: '#1f5f4f', accent: '#b45309' }),
});
export type Profile = z.output<typeof ProfileSchema>;
