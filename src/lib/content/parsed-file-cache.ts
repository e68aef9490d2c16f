import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { installedVersion } from '../build/installed-version.ts';
import { readSealed, writeSealed } from '../build/sealed-file.ts';
import type { BodyCheck, BodyCheckSource } from './body-checks.ts';
import type { ParsedParts, ParsedPartsSource } from './frontmatter.ts';

/**
 * Each content file's parsed frontmatter and each body's check (body-checks.ts), kept between
 * builds by the hash of its text: reading the YAML of a thousand files, then compiling their bodies
 * to check them, is most of what loading the content costs, and a rebuild after one edit has one
 * file that changed. The cache is one sealed file rewritten with only the texts of the last load,
 * so it never grows past the content; a cache that is missing, cut short or from other code is
 * simply not used.
 */

/** The code whose output is cached, and the packages it uses (YAML, the MDX compiler): another version parses afresh. */
const PARSER_VERSION = (() => {
  const hash = createHash('sha256').update(`cairn-parsed-files 2 ${process.version}\0`);
  try {
    const require = createRequire(import.meta.url);
    const sources = ['./frontmatter.ts', './body-checks.ts', './mdx-syntax.ts', './body-links.ts'].map((source) => new URL(source, import.meta.url));
    for (const source of [...sources, new URL(import.meta.url)]) hash.update(readFileSync(fileURLToPath(source)));
    for (const name of ['yaml', 'gray-matter', 'satteri']) hash.update(`${name}@${installedVersion(require, name)}\0`);
  } catch {
    // Bundled, where the sources are not beside this module: a version no stored cache matches.
    hash.update(`unversioned ${Math.random()}`);
  }
  return hash.digest('hex');
})();

const textKey = (text: string) => createHash('sha256').update(text).digest('base64url');

interface Stored {
  parts: Map<string, ParsedParts>;
  checks: Map<string, BodyCheck>;
}

type Kind = keyof Stored;
type ValueOf<K extends Kind> = Stored[K] extends Map<string, infer V> ? V : never;

export class ParsedFileCache implements ParsedPartsSource, BodyCheckSource {
  readonly #file: string;
  readonly #stored: Stored;
  readonly #used: Stored = { parts: new Map(), checks: new Map() };
  readonly #afresh: Record<Kind, number> = { parts: 0, checks: 0 };

  private constructor(file: string, stored: Stored) {
    this.#file = file;
    this.#stored = stored;
  }

  /** The cache kept in `file`, empty when there is none or it cannot be trusted. */
  static open(file: string): ParsedFileCache {
    let stored: Stored = { parts: new Map(), checks: new Map() };
    try {
      const read = readSealed(file);
      if (read.state === 'ok') {
        const { version, entries, checks } = deserialize(read.bytes) as { version: string; entries: [string, ParsedParts][]; checks: [string, BodyCheck][] };
        if (version === PARSER_VERSION) stored = { parts: new Map(entries), checks: new Map(checks) };
      }
    } catch {
      // Unreadable: start empty, and the save below replaces it.
    }
    return new ParsedFileCache(file, stored);
  }

  /** What `make` gives for `text`, found in this load or the stored one, else made now; kept for `save`. */
  #known<K extends Kind>(kind: K, text: string, make: (text: string) => ValueOf<K>): ValueOf<K> {
    const key = textKey(text);
    const used = this.#used[kind] as Map<string, ValueOf<K>>;
    let value = used.get(key) ?? (this.#stored[kind] as Map<string, ValueOf<K>>).get(key);
    if (!value) {
      value = make(text);
      this.#afresh[kind]++;
    }
    used.set(key, value);
    return value;
  }

  parts(text: string, parse: (text: string) => ParsedParts): ParsedParts {
    return this.#known('parts', text, parse);
  }

  bodyCheck(body: string, check: (body: string) => BodyCheck): BodyCheck {
    return this.#known('checks', body, check);
  }

  /** How many texts were parsed rather than found, since the cache was opened. */
  get parsedAfresh(): number {
    return this.#afresh.parts;
  }

  /** How many bodies were checked rather than found, since the cache was opened. */
  get checkedAfresh(): number {
    return this.#afresh.checks;
  }

  /** Keeps the texts of this load, only when that differs from what is stored; a failed write costs only the next load's time. */
  save(): void {
    const unchanged = (kind: Kind) => this.#afresh[kind] === 0 && this.#used[kind].size === this.#stored[kind].size;
    if (unchanged('parts') && unchanged('checks')) return;
    try {
      writeSealed(this.#file, serialize({ version: PARSER_VERSION, entries: [...this.#used.parts], checks: [...this.#used.checks] }));
    } catch {
      // A full disk or a read-only cache folder.
    }
  }
}
