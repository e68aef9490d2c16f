import { unzipSync } from 'fflate';

/**
 * The ZIP archive LinkedIn sends ("Get a copy of your data"), read in memory: only the files
 * asked for are inflated, each capped at the size its header declares (fflate writes into a
 * buffer of that size and no further), and the archive is refused when it declares more entries
 * or more data than an export of one person holds. Entry names are only compared, never used as
 * paths: nothing is written, so a name such as `../../etc/passwd` can do no harm.
 */

/** `PK\x03\x04`, a ZIP's first local file header, or `PK\x05\x06`, the end record of an empty ZIP. */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06));
}

export const ARCHIVE_LIMITS = {
  /** A complete export holds about a hundred files; thousands are something else. */
  entries: 5_000,
  /** The résumé files are kilobytes; a CSV of the ones read larger than this is not a profile. */
  entryBytes: 10 * 1024 * 1024,
  /** All the files read, together, once inflated: a ZIP bomb declares far more. */
  totalBytes: 50 * 1024 * 1024,
};

export interface ArchiveEntries {
  /** Inflated files by their name without folders, lower-cased (`positions.csv`). */
  files: Map<string, Uint8Array>;
  /** Every file's name without folders, as written, in the archive's order. */
  names: string[];
}

export type ReadArchive = { ok: true; archive: ArchiveEntries } | { ok: false; problem: string };

class Refused extends Error {}

/** The file name of an entry, without the folders LinkedIn (or an unzip-and-zip-again) put it in. */
export function baseName(entry: string): string {
  return entry.split(/[\\/]/).filter(Boolean).at(-1) ?? entry;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * The files whose lower-cased base names are in `wanted`. Where two entries share a base name,
 * the one nearest the top of the archive wins (an export unzipped and zipped again in a folder
 * keeps one copy; `__MACOSX/` copies sit deeper or are named `._…`).
 */
export function readArchive(bytes: Uint8Array, wanted: ReadonlySet<string>): ReadArchive {
  const names: string[] = [];
  const chosen = new Map<string, { entry: string; depth: number }>();
  let declared = 0;
  try {
    // First pass: the central directory only, nothing inflated.
    unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/')) return false;
        names.push(baseName(file.name));
        if (names.length > ARCHIVE_LIMITS.entries) throw new Refused(`it holds more than ${ARCHIVE_LIMITS.entries.toLocaleString('en')} files; a LinkedIn export holds about a hundred`);
        const name = baseName(file.name).toLowerCase();
        if (!wanted.has(name)) return false;
        if (file.originalSize > ARCHIVE_LIMITS.entryBytes) throw new Refused(`${baseName(file.name)} would inflate to ${megabytes(file.originalSize)}; LinkedIn writes it in kilobytes (at most ${megabytes(ARCHIVE_LIMITS.entryBytes)} is read)`);
        const depth = file.name.split(/[\\/]/).filter(Boolean).length;
        const previous = chosen.get(name);
        if (previous && previous.depth <= depth) return false;
        chosen.set(name, { entry: file.name, depth });
        declared += file.originalSize;
        if (declared > ARCHIVE_LIMITS.totalBytes) throw new Refused(`its files would inflate to more than ${megabytes(ARCHIVE_LIMITS.totalBytes)}; a LinkedIn export is a few megabytes, so this is not one`);
        return false;
      },
    });
    const entries = new Set([...chosen.values()].map((choice) => choice.entry));
    const inflated = entries.size > 0 ? unzipSync(bytes, { filter: (file) => entries.has(file.name) }) : {};
    const files = new Map<string, Uint8Array>();
    for (const [entry, data] of Object.entries(inflated)) files.set(baseName(entry).toLowerCase(), data);
    return { ok: true, archive: { files, names } };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.message };
    // fflate's own words ("invalid zip data", "unexpected EOF") mean a download cut short or damaged.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `it is not a ZIP archive that can be read (${reason}): it may be cut short or damaged, so download it again` };
  }
}
