import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { readSealed, writeSealed } from '../build/sealed-file.ts';
import type { ParsedParts, ParsedPartsSource } from './frontmatter.ts';

/**
 * Each content file's parsed frontmatter, kept between builds by the hash of its text: reading
 * the YAML of a thousand files is most of what loading the content costs, and a rebuild after one
 * edit has one file that changed. The cache is one sealed file rewritten with only the texts of
 * the last load, so it never grows past the content; a cache that is missing, cut short or from
 * other code is simply not used.
 */

/** The code whose output is cached, and the YAML packages it uses: another version parses afresh. */
const PARSER_VERSION = (() => {
  const hash = createHash('sha256').update(`cairn-parsed-files 1 ${process.version}\0`);
  try {
    const require = createRequire(import.meta.url);
    for (const source of [new URL('./frontmatter.ts', import.meta.url), new URL(import.meta.url)]) hash.update(readFileSync(fileURLToPath(source)));
    for (const name of ['yaml', 'gray-matter']) hash.update(readFileSync(require.resolve(`${name}/package.json`)));
  } catch {
    // Bundled, where the sources are not beside this module: a version no stored cache matches.
    hash.update(`unversioned ${Math.random()}`);
  }
  return hash.digest('hex');
})();

const textKey = (text: string) => createHash('sha256').update(text).digest('base64url');

export class ParsedFileCache implements ParsedPartsSource {
  readonly #file: string;
  readonly #stored: Map<string, ParsedParts>;
  readonly #used = new Map<string, ParsedParts>();
  #parsedAfresh = 0;

  private constructor(file: string, stored: Map<string, ParsedParts>) {
    this.#file = file;
    this.#stored = stored;
  }

  /** The cache kept in `file`, empty when there is none or it cannot be trusted. */
  static open(file: string): ParsedFileCache {
    let stored = new Map<string, ParsedParts>();
    try {
      const read = readSealed(file);
      if (read.state === 'ok') {
        const { version, entries } = deserialize(read.bytes) as { version: string; entries: [string, ParsedParts][] };
        if (version === PARSER_VERSION) stored = new Map(entries);
      }
    } catch {
      // Unreadable: start empty, and the save below replaces it.
    }
    return new ParsedFileCache(file, stored);
  }

  parts(text: string, parse: (text: string) => ParsedParts): ParsedParts {
    const key = textKey(text);
    let parts = this.#used.get(key) ?? this.#stored.get(key);
    if (!parts) {
      parts = parse(text);
      this.#parsedAfresh++;
    }
    this.#used.set(key, parts);
    return parts;
  }

  /** How many texts were parsed rather than found, since the cache was opened. */
  get parsedAfresh(): number {
    return this.#parsedAfresh;
  }

  /** Keeps the texts of this load, only when that differs from what is stored; a failed write costs only the next load's time. */
  save(): void {
    if (this.#parsedAfresh === 0 && this.#used.size === this.#stored.size) return;
    try {
      writeSealed(this.#file, serialize({ version: PARSER_VERSION, entries: [...this.#used] }));
    } catch {
      // A full disk or a read-only cache folder.
    }
  }
}
