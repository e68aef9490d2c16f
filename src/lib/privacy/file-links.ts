import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSealed, writeSealed } from '../build/sealed-file.ts';
import { PRIVACY_CODE } from './code-version.ts';
import { guardReads, type GuardReads } from './guard-reads.ts';
import { possibleLinks } from './link-tokens.ts';

/**
 * What each published file may link to (its `possibleLinks`), kept between builds by the SHA-256 of
 * the file's bytes, so the check that every file is linked from somewhere parses again only the
 * files whose bytes changed. The record is sealed like every cache entry (a changed or cut-short
 * record is dropped and every file parsed again), holds only the files of the last check, and is
 * trusted only from the same guard code and for a site with no file name without a dot that the
 * record's entries did not look for.
 */

interface LinkRecord {
  code: string;
  /** The file names without a dot that the entries looked for (see `possibleLinks`). */
  undotted: string[];
  /** Every token once; the entries hold their places in this list. */
  tokens: string[];
  /** By the SHA-256 of a file's bytes. */
  files: Record<string, number[]>;
}

export interface FileLinks {
  /** The tokens of a file's text that may name a file of the site. */
  of(file: string): readonly string[];
  /** Keeps the entries of the files looked at since this record was opened, for the next check. */
  save(): void;
}

function isLinkRecord(value: unknown): value is LinkRecord {
  const record = value as Partial<LinkRecord> | null;
  if (typeof record !== 'object' || record === null || typeof record.files !== 'object' || record.files === null) return false;
  const { tokens, undotted } = record;
  if (!Array.isArray(tokens) || !tokens.every((token) => typeof token === 'string') || !Array.isArray(undotted) || !undotted.every((name) => typeof name === 'string')) return false;
  return Object.values(record.files).every((places) => Array.isArray(places) && places.every((place) => Number.isInteger(place) && place >= 0 && place < tokens.length));
}

/** The entries of the last check's record, when it can be trusted for a site whose undotted file names are `undotted`. */
function previousEntries(record: string, undotted: ReadonlySet<string>): LinkRecord | undefined {
  if (!existsSync(record)) return undefined;
  const read = readSealed(record);
  if (read.state !== 'ok') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isLinkRecord(parsed) || parsed.code !== PRIVACY_CODE) return undefined;
  const lookedFor = new Set(parsed.undotted);
  return [...undotted].every((name) => lookedFor.has(name)) ? parsed : undefined;
}

/** Each file's possible links, parsed anew every time: for a check with nowhere to keep them. */
export function uncachedFileLinks(undotted: ReadonlySet<string>): FileLinks {
  return { of: (file) => possibleLinks(readFileSync(file, 'utf8'), undotted), save: () => {} };
}

/** The record in `cacheFolder`, for a site whose file names without a dot are `undotted`; files are hashed through `reads`. */
export function fileLinks(cacheFolder: string, undotted: ReadonlySet<string>, reads: GuardReads = guardReads()): FileLinks {
  const record = path.join(cacheFolder, 'file-links.json');
  const previous = previousEntries(record, undotted);
  const looked = new Map<string, readonly string[]>();
  return {
    of(file) {
      let bytes: Buffer | undefined;
      const read = () => (bytes ??= readFileSync(file));
      const key = reads.digestOf(file, read);
      const places = previous && Object.hasOwn(previous.files, key) ? previous.files[key] : undefined;
      const links = places ? places.map((place) => previous!.tokens[place]!) : possibleLinks(read().toString('utf8'), undotted);
      looked.set(key, links);
      return links;
    },
    save() {
      const places = new Map<string, number>();
      const placeOf = (token: string) => {
        let place = places.get(token);
        if (place === undefined) {
          place = places.size;
          places.set(token, place);
        }
        return place;
      };
      const files = Object.fromEntries([...looked].map(([key, links]) => [key, links.map(placeOf)]));
      const next: LinkRecord = { code: PRIVACY_CODE, undotted: [...undotted].sort(), tokens: [...places.keys()], files };
      writeSealed(record, Buffer.from(`${JSON.stringify(next)}\n`));
    },
  };
}
