import { z } from 'astro/zod';
import { EntryIdSchema, LanguageCodeSchema, VisibilitySchema, calendarDate, singleLine } from './common.ts';

/** The person a cover letter is written to. */
export const AddresseeSchema = z.strictObject({
  /** Their name as you would write it on the envelope; `Hiring Manager` when you do not know it. Example: `Hannah Osei`. */
  name: singleLine('the name of the person you write to', 100),
  /** Their job title, printed under their name. Optional. Example: `VP Engineering`. */
  title: singleLine('their job title', 100).optional(),
});
export type Addressee = z.output<typeof AddresseeSchema>;

/**
 * A cover letter for one application. File: `content/letters/<id>.mdx`, e.g.
 * `content/letters/larchmont-rail-platform.mdx`; the body is the letter itself, in Markdown. It is
 * printed in the design of the resume it accompanies, under a letterhead made from your profile,
 * and is private unless you say otherwise: built into out/letters/ for sending, never onto the site.
 */
export const LetterSchema = z.strictObject({
  /** Who you write to: `{ name, title }`. Example: `{ name: Hannah Osei, title: VP Engineering }`. */
  addressee: AddresseeSchema,
  /** The company you apply to. Example: `Larchmont Rail`. */
  company: singleLine('the company you apply to', 120),
  /** The job you apply for, as the posting names it. Example: `Engineering Manager, Platform`. */
  role: singleLine('the job you apply for', 120),
  /** The id of the resume variant the letter goes with (a file in content/resumes/); the letter takes its paper and design. Example: `platform-lead`. */
  resume: EntryIdSchema,
  /** The date printed on the letter, `YYYY-MM-DD`. Example: `2026-11-20`. */
  date: calendarDate('day'),
  /** The language the letter is written in, one of the profile's `languages`: its date, default salutation and closing, and the letterhead follow it. Default: the profile's default language. Example: `de`. */
  language: LanguageCodeSchema.optional(),
  /** The salutation. Default: the language's own (`Dear <addressee name>,`, `Guten Tag <name>,`, `Gentile <name>,` …). Example: `Dear Dr Osei,`. */
  greeting: singleLine('the salutation, e.g. Dear Dr Osei,', 120).optional(),
  /** The words before your name. Default: the language's own (`Kind regards,`, `Mit freundlichen Grüßen` …). Example: `Yours sincerely,`. */
  closing: singleLine('the words before your name, e.g. Kind regards,', 60).optional(),
  /** Where it is built: `private` or `resume` only into out/letters/ for sending; `public` also onto the site at /letters/<id>.pdf and .txt. Default: private. */
  visibility: VisibilitySchema.default('private'),
});
export type Letter = z.output<typeof LetterSchema>;
