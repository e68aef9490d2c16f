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

export class ParsedFileCache implements ParsedPartsSource, BodyCheckSource {
  readonly #file: string;
  readonly #stored: Stored;
  readonly #used: Stored = { parts: new Map(), checks: new Map() };
  #parsedAfresh = 0;
  #checkedAfresh = 0;

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

  parts(text: string, parse: (text: string) => ParsedParts): ParsedParts {
    const key = textKey(text);
    let parts = this.#used.parts.get(key) ?? this.#stored.parts.get(key);
    if (!parts) {
      parts = parse(text);
      this.#parsedAfresh++;
    }
    this.#used.parts.set(key, parts);
    return parts;
  }

  bodyCheck(body: string, check: (body: string) => BodyCheck): BodyCheck {
    const key = textKey(body);
    let checked = this.#used.checks.get(key) ?? this.#stored.checks.get(key);
    if (!checked) {
      checked = check(body);
      this.#checkedAfresh++;
    }
    this.#used.checks.set(key, checked);
    return checked;
  }

  /** How many texts were parsed rather than found, since the cache was opened. */
  get parsedAfresh(): number {
    return this.#parsedAfresh;
  }

  /** How many bodies were checked rather than found, since the cache was opened. */
  get checkedAfresh(): number {
    return this.#checkedAfresh;
  }

  /** Keeps the texts of this load, only when that differs from what is stored; a failed write costs only the next load's time. */
  save(): void {
    const same = (kind: keyof Stored) => this.#used[kind].size === this.#stored[kind].size;
    if (this.#parsedAfresh === 0 && this.#checkedAfresh === 0 && same('parts') && same('checks')) return;
    try {
      writeSealed(this.#file, serialize({ version: PARSER_VERSION, entries: [...this.#used.parts], checks: [...this.#used.checks] }));
    } catch {
      // A full disk or a read-only cache folder.
    }
  }
}
