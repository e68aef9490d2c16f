import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { writtenLanguage } from '../../src/lib/content/json-resume/language.ts';
import { pdfText } from '../../src/lib/privacy/pdf-text.ts';

/**
 * The sample's German resumes are sent as German documents: no sentence of them may read as
 * English. Each passage long enough to tell (a summary sentence, a bullet, a role summary) is
 * given to the same language detector the import uses.
 */
const dist = inject('sampleDist');
const out = path.join(path.dirname(dist), 'out', 'resumes');

/** A skills line (`Zuverlässigkeit: Observability, Incident-Management`): names, not a sentence in any language. */
const SKILL_GROUP = /^[\p{L}\p{M} &/-]{1,40}: [^.]*$/u;

/** The links line (`GitHub: github.example/maya`): addresses, not words. */
const WEB_ADDRESS = /[\w-]+\.[a-z]{2,}\/\S*/i;

/** Passages of a resume's text: split at line ends, bullets and sentence ends, joined back where a line merely wrapped. */
function passages(text: string): string[] {
  return text
    .replace(/-\n(?=\p{Ll})/gu, '')
    .replace(/([^\n.!?:;])\n(?=\p{Ll})/gu, '$1 ')
    .split(/\n|(?<=[.!?])\s+|•|·/u)
    .map((part) => part.trim())
    .filter((part) => (part.match(/\p{L}/gu)?.length ?? 0) >= 60 && !SKILL_GROUP.test(part) && !WEB_ADDRESS.test(part));
}

function englishIn(text: string): string[] {
  return passages(text).filter((passage) => writtenLanguage([passage]) === 'en');
}

const germanCopies = (folder: string, extension: string) => (existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith(`.de.${extension}`)) : []);

describe('the sample’s German resumes', () => {
  it('have German text throughout in their plain-text copies', () => {
    const files = germanCopies(out, 'txt');
    expect(files.sort()).toEqual(['general.de.txt', 'platform-lead.de.txt', 'staff-sre.de.txt']);
    for (const file of files) {
      const text = readFileSync(path.join(out, file), 'utf8');
      expect(passages(text).length, file).toBeGreaterThan(5);
      expect(englishIn(text), file).toEqual([]);
    }
  });

  it('have German text throughout in their PDFs', async () => {
    const files = germanCopies(out, 'pdf');
    if (files.length === 0) return; // Built without a browser: no PDFs to read.
    for (const file of files) expect(englishIn(await pdfText(readFileSync(path.join(out, file)))), file).toEqual([]);
  });

  it('would be caught by this test with an English bullet among them', () => {
    const text = readFileSync(path.join(out, 'general.de.txt'), 'utf8');
    expect(englishIn(`${text}\n• Cut card-authorization p99 latency from 820 to 95 ms by removing lock contention in the ledger service.`)).toHaveLength(1);
  });
});
