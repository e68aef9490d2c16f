import type { LoadedContent } from '../content/load-content.ts';
import type { RawContentInput } from '../content/localize.ts';

/** Content read by `loadContent`, as written (every language), for `localizeContent` to resolve into another language. */
export function loadedAsRaw(content: LoadedContent): RawContentInput {
  return Object.fromEntries(
    Object.entries(content).map(([collection, entries]) => [collection, entries.map((entry) => ({ id: entry.id, data: entry.raw, body: entry.body, bodies: entry.bodies }))]),
  ) as unknown as RawContentInput;
}
