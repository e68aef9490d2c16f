import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import { hintForRejectedValue } from './problem-hints.ts';
import { closestMatch } from './similar.ts';

/** Where an entry lives, so its problems can point at the right line. */
export interface EntrySource {
  file: string;
  lineOf(path: readonly PropertyKey[]): number;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

type Issue = z.core.$ZodIssue;

/**
 * The one place where content meets a schema. It turns every zod issue into a Problem that names
 * the file, line, field and received value, and says how to fix it.
 */
export function validateEntry<S extends z.ZodType>(schema: S, data: unknown, source: EntrySource): Validation<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.flatMap((issue) => describeIssue(issue, schema, data, source));
  return { ok: false, problems };
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function hasKey(data: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return true;
  const parent = valueAt(data, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && (path[path.length - 1] as PropertyKey) in parent;
}

function describeIssue(issue: Issue, schema: z.ZodType, data: unknown, source: EntrySource): Problem[] {
  const path = issue.path;
  const base = { file: source.file, line: source.lineOf(path) };
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const suggestion = closestMatch(key, known);
      return {
        ...base,
        line: source.lineOf([...path, key]),
        field: fieldName([...path, key]),
        message: 'is not a field here',
        hint: suggestion
          ? `did you mean "${suggestion}"?`
          : `allowed fields: ${known.join(', ')}`,
      };
    });
  }
  if (!hasKey(data, path)) {
    return [{ ...base, field: fieldName(path), message: 'is required but missing', hint: `add "${String(path[path.length - 1])}:" to the frontmatter` }];
  }
  const received = valueAt(data, path);
  return [{ ...base, field: fieldName(path), message: issue.message, received, hint: hintForRejectedValue(path, received) }];
}

/** The field names a strict object accepts at `path`, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (value: unknown): unknown => {
    let current = value;
    for (let step = 0; step < 10; step++) {
      const def = (current as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def) return current;
      if (def['shape']) return current;
      const inner = def['innerType'] ?? def['in'] ?? (def['type'] === 'array' ? def['element'] : undefined);
      if (inner) {
        current = inner;
        continue;
      }
      if (Array.isArray(def['options'])) {
        current = (def['options'] as unknown[]).find((option) => (option as { _zod?: { def?: { shape?: unknown } } })._zod?.def?.shape) ?? current;
        const nextDef = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
        if (nextDef?.['shape']) return current;
      }
      return current;
    }
    return current;
  };
  node = unwrap(node);
  for (const key of path) {
    const shape = (node as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def?.shape;
    if (typeof key === 'number') continue;
    if (!shape || !(String(key) in shape)) return [];
    node = unwrap(shape[String(key)]);
  }
  const shape = (node as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}
