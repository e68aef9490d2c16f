import type { CollectionName, Visibility } from '../../schemas/index.ts';
import type { LoadedContent, LoadedEntry } from '../content/load-content.ts';
import { forEachAt, freeTextFields, localizedFields } from '../content/schema-fields.ts';
import { isVisibleTo, visibleContent, type Audience } from '../model/visibility.ts';

/**
 * A value that must never appear in the published site, and where it came from, so a leak can be
 * traced back to the file and field a person would edit.
 */
export interface Secret {
  /** The value as written in the content. */
  value: string;
  /** The content file it came from. */
  source: string;
  /** The field (or `body`) it came from. */
  field: string;
  /** How to look for it: normalised text, or the digits of a phone number in any formatting. */
  kind: 'text' | 'digits';
}

export interface Leak {
  /** The published file that contains the secret. */
  file: string;
  secret: Secret;
}

/** Shorter text is too likely to appear by coincidence ("Go", "on call"). */
const MIN_TEXT_LENGTH = 10;
/** Phone numbers are matched on their last digits, so reformatting (+44 vs 0) does not hide them. */
const PHONE_DIGITS = 8;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'", '#x2F': '/' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text as compared: entities decoded, typographic quotes and dashes plain, case and spacing ignored. */
export function normaliseText(text: string): string {
  return decodeEntities(text)
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Sentences of an MDX body with the markup removed; each may be rendered on its own. */
export function bodySentences(body: string): string[] {
  const prose = body
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`]/g, '');
  return prose
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= MIN_TEXT_LENGTH);
}

/** Every string in a value (a text, or a localized field's texts per language), with its dotted path. */
function stringsOf(value: unknown, path: string[], visit: (text: string, field: string) => void): void {
  if (typeof value === 'string') {
    visit(value, path.join('.'));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => stringsOf(item, [...path, String(index)], visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringsOf(item, [...path, key], visit);
  }
}

/**
 * The texts at an entry's free-text fields, as its schema marks them (ids, dates and shared
 * labels are vocabulary, not personal text), with the dotted path of each: `impact.0.label`,
 * `title.de` for a localized field's German text.
 */
function freeTexts(collection: CollectionName, data: unknown, visit: (text: string, field: string) => void): void {
  for (const field of freeTextFields(collection)) forEachAt(data, field, (value, at) => stringsOf(value, at.map(String), visit));
}

// Every language counts: `raw` holds each localized field's text per language (`title.de`), `bodies` the translated bodies.
function entryTexts(collection: CollectionName, entry: { data: unknown; raw?: unknown; body?: string | undefined; bodies?: Record<string, string> | undefined }): string[] {
  const texts: string[] = [];
  freeTexts(collection, entry.data, (text) => texts.push(text));
  // Only the localized fields of `raw`: the rest of it is what `data` holds, before visibility filtered it (a private address).
  for (const field of localizedFields(collection)) forEachAt(entry.raw, field, (value) => stringsOf(value, [], (text) => texts.push(text)));
  for (const body of [entry.body, ...Object.values(entry.bodies ?? {})]) if (body) texts.push(...bodySentences(body));
  return texts;
}

function entrySecrets(entry: LoadedEntry): Secret[] {
  const secrets: Secret[] = [];
  freeTexts(entry.collection, entry.raw, (text, field) => secrets.push({ value: text, source: entry.file, field, kind: 'text' }));
  for (const sentence of bodySentences(entry.body)) secrets.push({ value: sentence, source: entry.file, field: 'body', kind: 'text' });
  for (const [language, body] of Object.entries(entry.bodies)) {
    for (const sentence of bodySentences(body)) secrets.push({ value: sentence, source: entry.file.replace(/\.mdx$/, `.${language}.mdx`), field: 'body', kind: 'text' });
  }
  return secrets;
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Every value an audience's outputs must not contain: the text of entries and contact details it
 * may not see. For `public` (the website) that is everything not public; for `resume` (direct-send
 * resumes in out/) everything private. Values that also appear in what the audience may see (a
 * private entry's skill names, a city that is also your public location) are left out.
 */
export function collectSecrets(content: LoadedContent, audience: Audience = 'public'): Secret[] {
  const publicView = visibleContent(content, audience);
  const publicIds = new Map<CollectionName, Set<string>>(
    (Object.keys(publicView) as CollectionName[]).map((name) => [name, new Set(publicView[name].map((entry) => entry.id))]),
  );
  const publicText = (Object.keys(publicView) as CollectionName[])
    .flatMap((name) => (publicView[name] as readonly { data: unknown; body?: string | undefined }[]).flatMap((entry) => entryTexts(name, entry)))
    .map(normaliseText)
    .join('\n');

  const secrets: Secret[] = [];
  for (const name of Object.keys(content) as CollectionName[]) {
    if (name === 'profile') continue;
    for (const entry of content[name] as LoadedEntry[]) {
      if (!publicIds.get(name)?.has(entry.id)) secrets.push(...entrySecrets(entry));
    }
  }
  // Contact details carry their own visibility: the profile's, and each referee's on a reference.
  const withContact = [...content.profile, ...content.references] as readonly { file: string; data: { contact: Record<string, { value: string; visibility: Visibility } | undefined> } }[];
  for (const entry of withContact) {
    for (const [key, field] of Object.entries(entry.data.contact)) {
      if (!field || isVisibleTo(field.visibility, audience)) continue;
      const where = { source: entry.file, field: `contact.${key}` };
      secrets.push({ value: field.value, ...where, kind: 'text' });
      if (key === 'phone' && digitsOf(field.value).length >= PHONE_DIGITS) secrets.push({ value: field.value, ...where, kind: 'digits' });
      if (key === 'address') {
        for (const part of field.value.split(/[,\n]/)) secrets.push({ value: part.trim(), ...where, kind: 'text' });
      }
    }
  }
  return secrets.filter((secret) => {
    if (secret.kind === 'digits') return true;
    const needle = normaliseText(secret.value);
    return needle.length >= MIN_TEXT_LENGTH && !publicText.includes(needle);
  });
}

function phonePattern(value: string): RegExp {
  const digits = digitsOf(value).slice(-PHONE_DIGITS);
  return new RegExp(digits.split('').join('[\\s().\\-/]{0,3}'));
}

/** The searchable forms of a published file: its text with tags removed, and its raw source (for attributes). */
export function searchableForms(content: string, extension: string): string[] {
  const raw = normaliseText(content);
  // A vCard folds long lines and escapes commas, semicolons and backslashes (RFC 6350): read it as a contacts app would.
  if (extension === '.vcf') return [raw, normaliseText(content.replace(/\r?\n[ \t]/g, '').replace(/\\([\\,;nN])/g, (_match, character: string) => (/n/i.test(character) ? '\n' : character)))];
  if (!['.html', '.htm', '.xml', '.svg', '.rss'].includes(extension)) return [raw];
  const withoutTags = normaliseText(content.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' '));
  return [withoutTags, raw];
}

/** Every secret found in the given published files, in file order. */
export function findLeaks(files: Iterable<{ path: string; text: string; extension: string }>, secrets: readonly Secret[]): Leak[] {
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  const textNeedles = secrets.filter((secret) => secret.kind === 'text').map((secret) => ({ secret, needle: normaliseText(secret.value) }));
  const digitNeedles = secrets.filter((secret) => secret.kind === 'digits').map((secret) => ({ secret, pattern: phonePattern(secret.value) }));
  for (const file of files) {
    const forms = searchableForms(file.text, file.extension);
    const report = (secret: Secret) => {
      const key = `${file.path}\u0000${secret.source}\u0000${secret.field}`;
      if (seen.has(key)) return;
      seen.add(key);
      leaks.push({ file: file.path, secret });
    };
    for (const { secret, needle } of textNeedles) if (forms.some((form) => form.includes(needle))) report(secret);
    for (const { secret, pattern } of digitNeedles) if (forms.some((form) => pattern.test(form))) report(secret);
  }
  return leaks;
}
