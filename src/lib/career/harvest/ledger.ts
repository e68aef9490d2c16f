import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../../build/safe-write.ts';

/**
 * What harvest remembers: the commits each draft was made from, in `content/.harvest.json`. The
 * content loader skips files whose names start with a dot, so `npm run check` and the build never
 * read it; it travels with the content in git, so a second machine does not harvest twice.
 */
export const LEDGER_FILE = '.harvest.json';

export interface LedgerPiece {
  /** The draft written, relative to the content folder: `accomplishments/2026-06-05-….mdx`. */
  file: string;
  repository: string;
  /** Full commit hashes. */
  commits: string[];
}

export interface Ledger {
  pieces: LedgerPiece[];
}

export type LedgerRead = { ok: true; ledger: Ledger; harvested: Set<string> } | { ok: false; reason: string };

const ABOUT = 'Commits npm run harvest has drafted accomplishments from; it never proposes them again. Remove a piece to let harvest propose it again.';

export function ledgerPath(contentDir: string): string {
  return path.join(contentDir, LEDGER_FILE);
}

/** The ledger of a content folder: empty when there is none yet. */
export function readLedger(contentDir: string): LedgerRead {
  let text: string;
  try {
    text = readFileSync(ledgerPath(contentDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, ledger: { pieces: [] }, harvested: new Set() };
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const pieces = (data as { pieces?: unknown } | null)?.pieces;
  const valid =
    Array.isArray(pieces) &&
    pieces.every(
      (piece) =>
        typeof piece === 'object' &&
        piece !== null &&
        typeof (piece as LedgerPiece).file === 'string' &&
        typeof (piece as LedgerPiece).repository === 'string' &&
        Array.isArray((piece as LedgerPiece).commits) &&
        (piece as LedgerPiece).commits.every((sha) => typeof sha === 'string'),
    );
  if (!valid) return { ok: false, reason: 'is not a harvest ledger (expected { "pieces": [ { "file", "repository", "commits": [...] } ] })' };
  const ledger = { pieces: pieces as LedgerPiece[] };
  return { ok: true, ledger, harvested: new Set(ledger.pieces.flatMap((piece) => piece.commits)) };
}

/** The ledger as written: one piece a line, so a diff of two harvests reads as the pieces added. */
export function formatLedger(ledger: Ledger): string {
  const lines = ledger.pieces.map((piece) => `    ${JSON.stringify(piece)}`);
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "pieces": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** Adds a piece to the ledger on disk, whole or not at all. */
export function rememberPiece(contentDir: string, piece: LedgerPiece): void {
  const read = readLedger(contentDir);
  // A ledger someone broke since it was read is not replaced: what it remembers would be lost.
  if (!read.ok) throw new Error(`${ledgerPath(contentDir)} ${read.reason}`);
  writeFileAtomically(ledgerPath(contentDir), formatLedger({ pieces: [...read.ledger.pieces, piece] }), { overwrite: true });
}
