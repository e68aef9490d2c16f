import path from 'node:path';
import type { LoadedContent, LoadedEntry } from '../content/load-content.ts';
import { letterCourtesies } from '../model/letter-view.ts';
import { MESSAGE_TABLES } from '../model/i18n/messages.ts';
import { collectSecrets, findLeaks, normaliseText, type Leak, type Secret } from './secrets.ts';
import { pdfExtractors, readPublishedFiles } from './published-files.ts';

/**
 * The privacy check of out/letters/. Each copy there is written to be sent, so it may carry
 * `resume`-level details but nothing private — except what its own letter says: a `private`
 * letter (the default) is still sent to its addressee, and a company you name in the letter may
 * also be named in your private interview notes. So a letter's copies are checked against every
 * private value except its own text; another letter's private words are still a leak.
 */

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The secrets that may not appear in a letter's own copies. */
export function secretsForLetter(secrets: readonly Secret[], letter: LoadedEntry<'letters'>): Secret[] {
  // What the letter prints by default is its own too (in whichever language it is printed): another letter may write "Kind regards," out.
  const courtesies = Object.keys(MESSAGE_TABLES).flatMap((language) => Object.values(letterCourtesies(letter.data, language)));
  const own = normaliseText([...strings(letter.data), ...courtesies, letter.body].join('\n'));
  return secrets.filter((secret) => secret.source !== letter.file && !(secret.kind === 'text' && own.includes(normaliseText(secret.value))));
}

/** Every private value found in the letter copies in `folder` (out/letters/). */
export function scanLetterCopies(folder: string, content: LoadedContent, pdfTextCache: string): Leak[] {
  const secrets = collectSecrets(content, 'resume');
  const letters = new Map(content.letters.map((entry) => [entry.id, entry]));
  return readPublishedFiles(folder, pdfExtractors(pdfTextCache, [folder])).flatMap((file) => {
    const letter = letters.get(path.basename(file.path, file.extension));
    return findLeaks([file], letter ? secretsForLetter(secrets, letter) : secrets);
  });
}
