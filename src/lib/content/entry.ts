import type { CollectionName, EntryData } from '../../schemas/index.ts';

/** The part of an entry the model needs; both Astro's collections and our file loader provide it. */
export interface Entry<C extends CollectionName> {
  id: string;
  data: EntryData<C>;
  body?: string | undefined;
  /** In a language other than the default: the fields (dotted paths, and `body`) shown in the default language for want of a translation. */
  untranslated?: readonly string[] | undefined;
}

export type ContentInput = { [C in CollectionName]: readonly Entry<C>[] };
