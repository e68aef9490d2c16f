import { z } from 'astro/zod';

/**
 * Building blocks shared by every content schema. Each one carries the wording of its own error,
 * so `npm run check`, the build and the CLIs all say the same thing about the same mistake.
 */

/**
 * Schemas of shared vocabulary rather than personal text: ids, dates, short labels many people
 * use. Every other text field is free text, which the privacy guard looks for in what is
 * published when its entry is not public; numbers, booleans and enumerations are never text.
 */
export const VOCABULARY_SCHEMAS = new WeakSet<object>();

/** Marks a field's schema as shared vocabulary (see VOCABULARY_SCHEMAS); returns it unchanged. */
export function vocabulary<T extends z.ZodType>(schema: T): T {
  VOCABULARY_SCHEMAS.add(schema);
  return schema;
}

/** Where an entry may appear: `public` everywhere, `resume` only in resumes sent directly, `private` nowhere. */
export const VisibilitySchema = z.enum(['public', 'resume', 'private'], {
  error: 'must be one of public, resume or private',
});
export type Visibility = z.output<typeof VisibilitySchema>;

/** The id of another entry: lowercase words joined by hyphens, as in a file name (`acme-platform`). */
export const EntryIdSchema = vocabulary(
  z
    .string({ error: 'must be the id of an entry (its file name without .mdx), e.g. acme-platform' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be lowercase letters, digits and hyphens, e.g. acme-platform',
    }),
);

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(year: number, month?: number, day?: number): boolean {
  if (month === undefined) return year >= 1900 && year <= 2200;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= lastDay;
}

/** YAML readers turn `2024-03-05` into a Date at midnight UTC; give it back its written form. */
function dateToIso(value: Date): string {
  return value.toISOString().slice(0, 10);
}

type Precision = 'day' | 'month' | 'year';
const PRECISION_OF_PARTS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };
const EXAMPLE: Record<Precision, string> = { day: '2024-03-05', month: '2024-03', year: '2024' };
const SHAPE: Record<Precision, string> = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };
const PRECISIONS: Precision[] = ['year', 'month', 'day'];

/**
 * A calendar date written as text, kept as text (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) so that
 * "March 2024" never turns into "1 March 2024 00:00 UTC" on its way to a resume.
 * `coarsest` is the least precise form accepted.
 */
export function calendarDate(coarsest: Precision) {
  const shape = PRECISIONS.slice(PRECISIONS.indexOf(coarsest))
    .map((precision) => SHAPE[precision])
    .reverse()
    .join(' or ');
  const schema = z
    .union([z.string(), z.number(), z.date()], { error: `must be a date written as ${shape}` })
    .transform((raw, ctx) => {
      const text = raw instanceof Date ? dateToIso(raw) : String(raw).trim();
      const match = DATE_PATTERN.exec(text);
      const parts = match ? match.slice(1).filter((p) => p !== undefined).map(Number) : [];
      const precision = PRECISION_OF_PARTS[parts.length];
      const realDate = match && isRealDate(parts[0]!, parts[1], parts[2]);
      if (!match || !precision || !realDate) {
        ctx.addIssue({ code: 'custom', input: raw, message: `not a real date: use ${shape}` });
        return z.NEVER;
      }
      if (PRECISIONS.indexOf(precision) < PRECISIONS.indexOf(coarsest)) {
        ctx.addIssue({
          code: 'custom',
          input: raw,
          message: `needs at least a ${coarsest}: use ${shape}, e.g. ${EXAMPLE[coarsest]}`,
        });
        return z.NEVER;
      }
      return text;
    });
  return vocabulary(schema);
}

/** A web address people can follow: http(s) or mailto only, so `javascript:` never reaches a link. */
export const SafeUrlSchema = z
  .string({ error: 'must be a web address, e.g. https://example.com' })
  .trim()
  .refine((value) => /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(value) && URL.canParse(value), {
    error: 'must be a full web address starting with https:// (or mailto:), e.g. https://example.com',
  });

/**
 * True for an address a website can be published at: http(s) with a host. `mailto:` and the like
 * parse as URLs too, but no page, feed or sitemap address can be made from them.
 */
export function isSiteAddress(value: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(value) || !URL.canParse(value)) return false;
  return new URL(value).hostname !== '';
}

/** The address the site is published at: https (or http), never mailto: or another scheme. */
export const SiteAddressSchema = z
  .string({ error: 'must be the web address the site is published at, e.g. https://example.com' })
  .trim()
  .refine(isSiteAddress, {
    error: 'must be the web address the site is published at, starting with https://, e.g. https://example.com',
  });

/** A colour as six-digit hex, e.g. `#1f6f5c`. */
export const HexColourSchema = z
  .string({ error: 'must be a colour as six-digit hex, e.g. #1f6f5c' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour as six-digit hex, e.g. #1f6f5c' })
  .transform((value) => value.toLowerCase());

/** A labelled link, e.g. `{ label: "Design doc", url: "https://…" }`. */
export const LinkSchema = z.strictObject({
  /** What the link is, shown as its text. Example: `Write-up on the team blog`. */
  label: z.string({ error: 'must be the text shown for the link' }).trim().min(1, { error: 'must not be empty' }),
  /** Where it goes: an http(s) or mailto address. */
  url: SafeUrlSchema,
});
export type Link = z.output<typeof LinkSchema>;

/** Non-empty text on one line. */
export function singleLine(what: string, max?: number) {
  let schema = z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(1, { error: `must not be empty (${what})` })
    .refine((value) => !/[\r\n]/.test(value), { error: 'must fit on one line' });
  if (max !== undefined) {
    schema = schema.refine((value) => value.length <= max, {
      error: (issue) => `is ${String(issue.input).length} characters; keep it to ${max} or fewer`,
    });
  }
  return schema;
}

/**
 * A language as a BCP 47 tag (`en`, `de`, `pt-BR`, `ar`), written in its canonical form so the
 * same language is never two keys. `Intl.getCanonicalLocales` decides what is well-formed.
 */
export const LanguageCodeSchema = z
  .string({ error: 'must be a language code such as en, de or pt-BR' })
  .trim()
  .superRefine((value, ctx) => {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(value)[0];
    } catch {
      canonical = undefined;
    }
    if (canonical === undefined) {
      ctx.addIssue({ code: 'custom', input: value, message: 'is not a language code: use a BCP 47 tag such as en, de or pt-BR' });
    } else if (canonical !== value) {
      ctx.addIssue({ code: 'custom', input: value, message: `write the language code as ${canonical}` });
    }
  });

declare const localizedBrand: unique symbol;
/** A field's text per language, as written: `{ en: "…", de: "…" }`. Resolved to one language before any view reads it. */
export type LocalizedText<T = string> = Readonly<Record<string, T>> & { readonly [localizedBrand]: true };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** A key of a per-language object that is not a language code, told as such rather than as "Invalid key". */
function languageKeyIssue(issue: z.core.$ZodIssueInvalidKey): z.core.$ZodRawIssue {
  const key = String(issue.path.at(-1) ?? '');
  const reason = issue.issues[0]?.message ?? 'is not a language code';
  return { code: 'custom', path: issue.path, input: key, message: `"${key}" as a language key: ${reason}` };
}

/**
 * A text field that may be given per language: plain text (the default language's) or an object
 * keyed by language codes, e.g. `title: { en: "Cut latency", de: "Latenz gesenkt" }`. Each text is
 * checked by `inner`, so a translation obeys the same limits as the original. Whether the keys
 * are published languages is checked against the profile by `npm run check`.
 */
export function localized<T extends z.ZodType<string, unknown>>(inner: T) {
  const perLanguage = z.record(LanguageCodeSchema, inner).refine((values) => Object.keys(values).length > 0, {
    error: 'must give the text in at least one language, e.g. { en: "…", de: "…" }',
  });
  const schema = z.unknown().transform((value, ctx): z.output<T> | LocalizedText<z.output<T>> => {
    const result = isPlainObject(value) ? perLanguage.safeParse(value, { reportInput: true }) : inner.safeParse(value, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        // The inner schema's own issue, with its path inside this field; `invalid_key` is reworded for languages.
        ctx.addIssue((issue.code === 'invalid_key' ? languageKeyIssue(issue) : issue) as Parameters<typeof ctx.addIssue>[0]);
      }
      return z.NEVER;
    }
    return result.data as z.output<T> | LocalizedText<z.output<T>>;
  });
  LOCALIZED_SCHEMAS.add(schema);
  return schema;
}

/** Every schema made by `localized()`, so the fields that hold text per language are read off the schemas themselves. */
export const LOCALIZED_SCHEMAS = new WeakSet<object>();

/**
 * The type of entry data once every localized field holds one language's text: what the model,
 * the pages, the resumes and the commands read.
 */
export type Resolved<T> =
  T extends LocalizedText<infer U>
    ? U
    : T extends string | number | boolean | bigint | symbol | null | undefined | Date
      ? T
      : T extends readonly (infer E)[]
        ? Resolved<E>[]
        : T extends object
          ? { [K in keyof T]: Resolved<T[K]> }
          : T;

/**
 * A contact detail with who may see it. Written either as plain text, which takes the field's
 * default visibility, or as `{ value, visibility }`.
 */
export function contactField(defaultVisibility: 'public' | 'resume', what: string) {
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

/** An email address with who may see it. */
export function emailField(defaultVisibility: 'public' | 'resume') {
  return contactField(defaultVisibility, 'an email address').refine((field) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(field.value), {
    error: 'must be an email address, e.g. maya@example.com',
  });
}
