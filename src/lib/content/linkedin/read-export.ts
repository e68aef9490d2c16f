import { parseJsonResume, type ParsedJsonResume } from '../json-resume/import.ts';
import { readArchive } from './archive.ts';
import { LINKEDIN_FILE_NAMES, linkedInToJsonResume } from './to-json-resume.ts';

/**
 * A LinkedIn data export (the ZIP of CSV files LinkedIn sends from "Get a copy of your data")
 * read as a JSON Resume document, through the same reading as a JSON Resume file: so the plan,
 * the check, the writing and the "read as found" report are shared. The result is a
 * ParsedJsonResume with what the export adds: notes on what was left out, and `locate`, which
 * names the file and row behind a JSON Resume path in the import's messages.
 */
export type LinkedInExport =
  | (Extract<ParsedJsonResume, { ok: true }> & { notes: string[]; locate: (text: string) => string })
  | { ok: false; problems: string[] };

export function readLinkedInExport(bytes: Uint8Array): LinkedInExport {
  const read = readArchive(bytes, LINKEDIN_FILE_NAMES);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const { files, names } = read.archive;
  if (!files.has('profile.csv') && !files.has('positions.csv')) {
    return { ok: false, problems: ['it is not a LinkedIn data export: it holds neither Profile.csv nor Positions.csv (request one at linkedin.com: Settings, Data privacy, Get a copy of your data)'] };
  }
  // LinkedIn writes UTF-8; the decoder drops a byte-order mark and shows any byte that is not UTF-8 as �.
  const decoder = new TextDecoder('utf-8');
  const texts = new Map([...files].map(([name, data]) => [name, decoder.decode(data)]));
  const otherFiles = names.filter((name) => !LINKEDIN_FILE_NAMES.has(name.toLowerCase()) && !name.startsWith('._') && name !== '.DS_Store');
  const converted = linkedInToJsonResume(texts, otherFiles);
  if (converted.problems.length > 0) return { ok: false, problems: converted.problems };

  const parsed = parseJsonResume(JSON.stringify(converted.document));
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(converted.locate) };
  return {
    ok: true,
    document: parsed.document,
    changes: [...converted.changes, ...parsed.changes.map((change) => ({ ...change, field: converted.locate(change.field) }))],
    notes: converted.notes,
    locate: converted.locate,
  };
}
