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

/** Text this long is guarded whatever it is; shorter text only when it is distinctive (see isDistinctive). */
const MIN_TEXT_LENGTH = 10;

/**
 * Whether a short value is unlikely to appear by coincidence: one with a digit ("SW1A 1AA",
 * "1200-195") or of two words or more ("Acme Ltd") is; a lone short word ("Go", "Kafka") is not.
 * Such values are matched as whole words only.
 */
function isDistinctive(needle: string): boolean {
  if (needle.length >= MIN_TEXT_LENGTH) return true;
  return (needle.length >= 5 && /\p{N}/u.test(needle)) || (needle.length >= 6 && /\S \S/.test(needle));
}

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

/** Characters that change nothing a reader sees but split a word for a search: soft hyphens, zero-width spaces and joiners, word joiners, BOMs. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Text as compared: entities decoded, invisible characters dropped, typographic quotes and dashes plain, case and spacing ignored. */
export function normaliseText(text: string): string {
  return decodeEntities(text)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
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
    return isDistinctive(needle) && !publicText.includes(needle);
  });
}

function phonePattern(value: string): RegExp {
  const digits = digitsOf(value).slice(-PHONE_DIGITS);
  return new RegExp(digits.split('').join('[\\s().\\-/]{0,3}'));
}

/** JSON string escapes (`\u00e9`, `\n`, `\/`) as the characters they stand for. */
function decodeJsonEscapes(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_whole, escape: string) =>
    escape.startsWith('u') ? String.fromCharCode(Number.parseInt(escape.slice(1), 16)) : ({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[escape] ?? escape,
  );
}

const MARKUP = new Set(['.html', '.htm', '.xml', '.svg', '.rss']);
const SCRIPT_OR_DATA = new Set(['.json', '.js', '.mjs', '.map', '.webmanifest']);

/**
 * The searchable forms of a published file: its raw source (for attributes), and the text a
 * reader or a program decoding it would see. Each form undoes one way of splitting or encoding a
 * value: tags between words or inside one, JSON escapes, Markdown emphasis inside a word,
 * vCard folding.
 */
export function searchableForms(content: string, extension: string): string[] {
  const forms = [normaliseText(content)];
  // A vCard folds long lines and escapes commas, semicolons and backslashes (RFC 6350): read it as a contacts app would.
  if (extension === '.vcf') forms.push(normaliseText(content.replace(/\r?\n[ \t]/g, '').replace(/\\([\\,;nN])/g, (_match, character: string) => (/n/i.test(character) ? '\n' : character))));
  if (MARKUP.has(extension) || SCRIPT_OR_DATA.has(extension)) {
    const decoded = SCRIPT_OR_DATA.has(extension) || /\\u[0-9a-fA-F]{4}/.test(content) ? decodeJsonEscapes(content) : content;
    const withoutCode = decoded.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, (block) => (/^<script[^>]*application\/(ld\+)?json/i.test(block) ? block.replace(/<\/?script[^>]*>/gi, ' ') : ' '));
    if (decoded !== content) forms.push(normaliseText(decoded));
    // Tags as spaces (between words), and tags as nothing (inside a word: `con<em>fi</em>dential`, SVG `<tspan>`s).
    forms.push(normaliseText(withoutCode.replace(/<[^>]+>/g, ' ')), normaliseText(withoutCode.replace(/<[^>]+>/g, '')));
  }
  // Markdown or text emphasis inside a word: `con**fi**dential`.
  if (['.md', '.txt'].includes(extension)) forms.push(normaliseText(content.replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '')));
  return forms;
}

/** Every secret found in the given published files, in file order. */
export function findLeaks(files: Iterable<{ path: string; text: string; extension: string }>, secrets: readonly Secret[]): Leak[] {
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  const textNeedles = secrets
    .filter((secret) => secret.kind === 'text')
    .map((secret) => {
      const needle = normaliseText(secret.value);
      // A short value is found as a whole word only: "SW1A 1AA" but not inside "SW1A 1AAB".
      const word = needle.length < MIN_TEXT_LENGTH ? new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u') : undefined;
      return { secret, found: (form: string) => form.includes(needle) && (!word || word.test(form)) };
    });
  const digitNeedles = secrets.filter((secret) => secret.kind === 'digits').map((secret) => ({ secret, pattern: phonePattern(secret.value) }));
  for (const file of files) {
    const forms = searchableForms(file.text, file.extension);
    const report = (secret: Secret) => {
      const key = `${file.path}\u0000${secret.source}\u0000${secret.field}`;
      if (seen.has(key)) return;
      seen.add(key);
      leaks.push({ file: file.path, secret });
    };
    for (const { secret, found } of textNeedles) if (forms.some(found)) report(secret);
    for (const { secret, pattern } of digitNeedles) if (forms.some((form) => pattern.test(form))) report(secret);
  }
  return leaks;
}
