import type { z } from 'astro/zod';
import { LOCALIZED_SCHEMAS, VOCABULARY_SCHEMAS } from '../../schemas/common.ts';
import { CONTENT_TYPES, type CollectionName } from '../../schemas/index.ts';

/**
 * What kind of value each field of an entry holds, read off the schemas themselves, so the
 * resolver, the translation report and the privacy guard never keep a second list that could
 * drift from them:
 * - localized fields, made with `localized()`, hold text per language;
 * - free text is every text field not marked `vocabulary()` (ids, dates, shared labels), so a
 *   new text field is looked for by the privacy guard unless its schema says otherwise.
 */

/** A field as keys from the entry's data; `*` stands for every item of a list. */
export type FieldPath = readonly string[];

interface ZodDef {
  type?: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  in?: unknown;
  options?: unknown[];
}

function defOf(schema: unknown): ZodDef | undefined {
  return (schema as { _zod?: { def?: ZodDef } } | undefined)?._zod?.def;
}

/** Whether a schema is a field of the kind sought (`true`), can hold none (`false`), or is made of other schemas to look into (`undefined`). */
type Matcher = (schema: object, def: ZodDef) => boolean | undefined;

function collect(schema: unknown, prefix: string[], into: FieldPath[], matches: Matcher, depth: number): void {
  if (depth > 20 || schema === undefined) return;
  const def = defOf(schema);
  if (!def) return;
  const verdict = matches(schema as object, def);
  if (verdict !== undefined) {
    if (verdict) into.push(prefix);
    return;
  }
  if (def.shape) {
    for (const [key, field] of Object.entries(def.shape)) collect(field, [...prefix, key], into, matches, depth + 1);
  } else if (def.type === 'array') {
    collect(def.element, [...prefix, '*'], into, matches, depth + 1);
  } else if (def.innerType !== undefined) {
    collect(def.innerType, prefix, into, matches, depth + 1);
  } else if (def.type === 'pipe') {
    collect(def.in, prefix, into, matches, depth + 1);
  } else if (Array.isArray(def.options)) {
    // A union such as a pitch's `card: true | { headline, … }`: its object branches may hold such fields.
    const found: FieldPath[] = [];
    for (const option of def.options) collect(option, prefix, found, matches, depth + 1);
    for (const field of found) if (!into.some((known) => known.join('.') === field.join('.'))) into.push(field);
  }
}

/** Fields made with `localized()`. */
const isLocalized: Matcher = (schema) => (LOCALIZED_SCHEMAS.has(schema) ? true : undefined);

/** Text that is not marked as vocabulary; a localized field is text in every language it has. */
const isFreeText: Matcher = (schema, def) => {
  if (VOCABULARY_SCHEMAS.has(schema)) return false;
  if (LOCALIZED_SCHEMAS.has(schema) || def.type === 'string') return true;
  return undefined;
};

function fieldsCache(matches: Matcher) {
  const cache = new WeakMap<object, FieldPath[]>();
  return (schema: z.ZodType): FieldPath[] => {
    let fields = cache.get(schema);
    if (!fields) {
      fields = [];
      collect(schema, [], fields, matches, 0);
      cache.set(schema, fields);
    }
    return fields;
  };
}

/** The localized fields of a schema, e.g. `[[title], [bullet], [impact, *, label]]` for accomplishments. */
export const localizedFieldsOf = fieldsCache(isLocalized);

/** The free-text fields of a schema, e.g. `[[title], [bullet], [impact, *, label], [links, *, label], [links, *, url]]` for accomplishments. */
export const freeTextFieldsOf = fieldsCache(isFreeText);

export function localizedFields(collection: CollectionName): FieldPath[] {
  return localizedFieldsOf(CONTENT_TYPES[collection].schema);
}

export function freeTextFields(collection: CollectionName): FieldPath[] {
  return freeTextFieldsOf(CONTENT_TYPES[collection].schema);
}

/** Calls `visit` with each value present at a field path, and the concrete path to it (`impact.0.label`). */
export function forEachAt(data: unknown, field: FieldPath, visit: (value: unknown, path: (string | number)[]) => void, at: (string | number)[] = []): void {
  if (field.length === 0) {
    if (data !== undefined) visit(data, at);
    return;
  }
  const [head, ...rest] = field as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(data)) data.forEach((item, index) => forEachAt(item, rest, visit, [...at, index]));
    return;
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && head in data) {
    forEachAt((data as Record<string, unknown>)[head], rest, visit, [...at, head]);
  }
}

/** A copy of `data` with each value at the field paths replaced by `replace(value, path)`; other values are shared, not copied. */
export function mapAt(data: unknown, field: FieldPath, replace: (value: unknown, path: (string | number)[]) => unknown, at: (string | number)[] = []): unknown {
  if (field.length === 0) return data === undefined ? data : replace(data, at);
  const [head, ...rest] = field as [string, ...string[]];
  if (head === '*') {
    return Array.isArray(data) ? data.map((item, index) => mapAt(item, rest, replace, [...at, index])) : data;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !(head in data)) return data;
  const record = data as Record<string, unknown>;
  return { ...record, [head]: mapAt(record[head], rest, replace, [...at, head]) };
}
