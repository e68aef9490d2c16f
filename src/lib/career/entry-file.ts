import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { CONTENT_TYPES, type CollectionName } from '../../schemas/index.ts';
import { asTemporaryFolderError, makeScratchFolder } from '../build/temporary-folder.ts';
import { loadContent, type LoadedContent, type LoadedEntry } from '../content/load-content.ts';
import { checkCrossReferences } from '../content/cross-references.ts';
import type { Problem } from '../content/problems.ts';

const DATE_TEXT = /^\d{4}(?:-\d{2}){0,2}$/;

/**
 * A content file as a person would write it by hand: YAML frontmatter with dates in quotes
 * (`date: "2026-11-24"`), short lists on one line (`skills: [go, kubernetes]`), one line per list
 * item of objects (`- { label: p99, from: 820, to: 95, unit: ms }`), then the body.
 */
export function formatEntryFile(data: Record<string, unknown>, body = ''): string {
  const document = new Document(data);
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && DATE_TEXT.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item) || isMap(item))) node.flow = node.items.every(isScalar);
    },
    Map(_key, node, ancestors) {
      if (isSeq(ancestors[ancestors.length - 1] as Node)) node.flow = true;
    },
  });
  // Lists read `[go, kubernetes]` and list items `{ label: p99, to: 95 }`, as in the sample files.
  const frontmatter = document
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/^(\s*- )\{(.*)\}$/gm, '$1{ $2 }');
  const text = body.trim() === '' ? '' : `\n${body.replace(/^\n+/, '').replace(/\s*$/, '\n')}`;
  return `---\n${frontmatter}---\n${text}`;
}

export type EntryCheck<C extends CollectionName> = { ok: true; entry: LoadedEntry<C> } | { ok: false; problems: Problem[] };

/**
 * Checks a file before it is written, exactly as `npm run check` will read it afterwards: the same
 * loader (YAML, schema, body), then the cross-reference rules against the rest of the content.
 * The file goes to a private temporary folder for this, never into the content folder.
 */
export function checkEntryFile<C extends CollectionName>(
  collection: C,
  file: string,
  text: string,
  content?: LoadedContent,
): EntryCheck<C> {
  const scratch = makeScratchFolder('cairn-entry-');
  try {
    const folder = path.join(scratch, CONTENT_TYPES[collection].folder);
    const scratchFile = path.join(folder, path.basename(file));
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(scratchFile, text);
    } catch (error) {
      throw asTemporaryFolderError(error);
    }
    const relocate = (problem: Problem): Problem => ({ ...problem, file: problem.file === scratchFile || problem.file.endsWith(path.basename(scratchFile)) ? file : problem.file });
    const loaded = loadContent(scratch);
    if (loaded.problems.length > 0) return { ok: false, problems: loaded.problems.map(relocate) };
    const entry = loaded.content[collection][0] as LoadedEntry<C> | undefined;
    if (!entry) return { ok: false, problems: [{ file, message: 'could not be read back after formatting', hint: 'report this as a Cairn bug' }] };
    const placed = { ...entry, file } as LoadedEntry<C>;
    if (content) {
      const merged = { ...content, [collection]: [...content[collection].filter((other) => other.id !== placed.id), placed] } as LoadedContent;
      const problems = checkCrossReferences(merged).filter((problem) => problem.file === file);
      if (problems.length > 0) return { ok: false, problems };
    }
    return { ok: true, entry: placed };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
