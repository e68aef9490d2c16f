import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../../src/lib/content/body-checks.ts';
import { parseContentFile, parseParts } from '../../../../src/lib/content/frontmatter.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { ParsedFileCache } from '../../../../src/lib/content/parsed-file-cache.ts';

const SAMPLE_CONTENT = path.resolve(import.meta.dirname, '../../../../content');

/** Texts whose reading has an edge: a byte-order mark, Windows line ends, no frontmatter, bad YAML, control characters, an alias bomb, YAML's infinity. */
const TEXTS = [
  '---\ntitle: Cut checkout latency\ndate: "2024-03-12"\n---\n\nBody with **bold**.\n',
  '\uFEFF---\ntitle: Mit BOM\n---\nText\n',
  '---\r\ntitle: Windows\r\ntags: [a, b]\r\n---\r\n\r\nLine one\r\n',
  'No frontmatter at all.\n',
  '---\ntitle: [unclosed\n---\nBody\n',
  '---\ntitle: "bell \\a here"\n---\nBody\n',
  `---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n`,
  '---\nratio: .inf\nnothing: .nan\nzero: -0\n---\n',
  '---\nnested:\n  list:\n    - name: 王小明\n      level: 3\n---\nنص عربي\n',
];

/** What a reader of a parsed file sees: everything but the line lookup, and that lookup for a few paths. */
function seen(text: string, parsed: ReturnType<typeof parseContentFile>) {
  const { lineOf, ...rest } = parsed;
  return { ...rest, lines: [['title'], ['nested', 'list', 0, 'level'], ['missing']].map((at) => lineOf(at)), text };
}

describe('the parsed-file cache', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-parsed-'));

  it('gives every reader exactly what parsing the text gives, stored or not', () => {
    const file = path.join(folder, 'same.bin');
    const first = ParsedFileCache.open(file);
    for (const text of TEXTS) expect(seen(text, parseContentFile(text, first))).toEqual(seen(text, parseContentFile(text)));
    expect(first.parsedAfresh).toBe(TEXTS.length);
    first.save();
    const second = ParsedFileCache.open(file);
    for (const text of TEXTS) expect(seen(text, parseContentFile(text, second))).toEqual(seen(text, parseContentFile(text)));
    expect(second.parsedAfresh).toBe(0);
  });

  it('parses again only a text that changed, and keeps only the texts of the last load', () => {
    const file = path.join(folder, 'changed.bin');
    const first = ParsedFileCache.open(file);
    for (const text of TEXTS) first.parts(text, parseParts);
    first.save();
    const sizeWithAll = readFileSync(file).length;

    const second = ParsedFileCache.open(file);
    second.parts(TEXTS[0]!.replace('latency', 'p99 latency'), parseParts);
    second.parts(TEXTS[1]!, parseParts);
    expect(second.parsedAfresh).toBe(1);
    second.save();
    expect(readFileSync(file).length).toBeLessThan(sizeWithAll);
    const third = ParsedFileCache.open(file);
    third.parts(TEXTS[2]!, parseParts);
    expect(third.parsedAfresh).toBe(1);
  });

  it('starts empty from a cache file that is cut short or garbled, and replaces it', () => {
    const file = path.join(folder, 'corrupt.bin');
    const first = ParsedFileCache.open(file);
    first.parts(TEXTS[0]!, parseParts);
    first.save();
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 10));
    const cutShort = ParsedFileCache.open(file);
    expect(seen(TEXTS[0]!, parseContentFile(TEXTS[0]!, cutShort))).toEqual(seen(TEXTS[0]!, parseContentFile(TEXTS[0]!)));
    expect(cutShort.parsedAfresh).toBe(1);
    cutShort.save();
    writeFileSync(file, 'not a cache');
    const garbled = ParsedFileCache.open(file);
    garbled.parts(TEXTS[0]!, parseParts);
    expect(garbled.parsedAfresh).toBe(1);
  });

  it('keeps the check of each body, found again only for the same text', () => {
    const file = path.join(folder, 'checks.bin');
    const bodies = ['Plain **text**.\n', 'An <div> left open\n', 'A [link](javascript:alert(1)) and ![x](data:image/png;base64,AA)\n', '<a href="vbscript:run">x</a>\n'];
    const first = ParsedFileCache.open(file);
    for (const body of bodies) expect(first.bodyCheck(body, checkBody)).toEqual(checkBody(body));
    expect(first.checkedAfresh).toBe(bodies.length);
    first.save();
    const second = ParsedFileCache.open(file);
    for (const body of bodies) expect(second.bodyCheck(body, checkBody)).toEqual(checkBody(body));
    expect(second.checkedAfresh).toBe(0);
    expect(second.bodyCheck('A [link](javascript:void(0)) changed\n', checkBody).unsafeLinks).toHaveLength(1);
    expect(second.checkedAfresh).toBe(1);
  });

  it('gives loadContent the same problems, with their lines, from a stored check as from a fresh one', () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'cairn-checked-'));
    const accomplishments = path.join(content, 'accomplishments');
    mkdirSync(accomplishments);
    writeFileSync(path.join(content, 'profile.mdx'), '---\nname: Ana Lima\n---\n');
    writeFileSync(path.join(accomplishments, '2024-01-02-open-tag.mdx'), '---\ntitle: Open tag\n---\n\nFirst line.\n\nAn <div> left open\n');
    writeFileSync(path.join(accomplishments, '2024-01-03-script-link.mdx'), '---\ntitle: Script link\n---\n\n[run](javascript:alert(1))\n');
    const file = path.join(folder, 'load-checks.bin');
    const plain = loadContent(content).problems.filter((problem) => problem.field === 'body');
    expect(plain.map((problem) => [path.basename(problem.file), problem.line])).toEqual([
      ['2024-01-02-open-tag.mdx', 7],
      ['2024-01-03-script-link.mdx', 5],
    ]);
    loadContent(content, { parsedFileCache: file });
    const reopened = ParsedFileCache.open(file);
    expect(readFileSync(file).length).toBeGreaterThan(0);
    expect(loadContent(content, { parsedFileCache: file }).problems.filter((problem) => problem.field === 'body')).toEqual(plain);
    for (const name of ['2024-01-02-open-tag.mdx', '2024-01-03-script-link.mdx']) reopened.bodyCheck(parseContentFile(readFileSync(path.join(accomplishments, name), 'utf8')).body, () => {
      throw new Error(`${name}: its body was checked again`);
    });
  });

  it('is found by the next process, as the next build finds it', () => {
    const file = path.join(folder, 'next-process.bin');
    const cacheModule = path.resolve(import.meta.dirname, '../../../../src/lib/content/parsed-file-cache.ts');
    const checksModule = path.resolve(import.meta.dirname, '../../../../src/lib/content/body-checks.ts');
    const frontmatterModule = path.resolve(import.meta.dirname, '../../../../src/lib/content/frontmatter.ts');
    const script = `
      import { ParsedFileCache } from ${JSON.stringify(cacheModule)};
      import { checkBody } from ${JSON.stringify(checksModule)};
      import { parseParts } from ${JSON.stringify(frontmatterModule)};
      const cache = ParsedFileCache.open(${JSON.stringify(file)});
      cache.parts(${JSON.stringify(TEXTS[0])}, parseParts);
      cache.bodyCheck('A [link](javascript:alert(1))', checkBody);
      cache.save();
      console.log(cache.parsedAfresh, cache.checkedAfresh);`;
    const run = () => execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
    expect(run()).toBe('1 1');
    expect(run()).toBe('0 0');
  });

  it('lets loadContent read the sample persona to the same result, with every file found the second time', () => {
    const file = path.join(folder, 'sample.bin');
    const plain = loadContent(SAMPLE_CONTENT);
    const cold = loadContent(SAMPLE_CONTENT, { parsedFileCache: file });
    const warm = loadContent(SAMPLE_CONTENT, { parsedFileCache: file });
    // Entries carry functions (a field's line), new for every load: compare what they hold.
    const asData = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (typeof item === 'function' ? `function ${item.name}` : item));
    expect(asData(cold.content)).toBe(asData(plain.content));
    expect(asData(warm.content)).toBe(asData(plain.content));
    expect(asData(warm.problems)).toBe(asData(plain.problems));
    expect(warm.content.accomplishments.map((entry) => entry.lineOf(['date']))).toEqual(plain.content.accomplishments.map((entry) => entry.lineOf(['date'])));
    const reopened = ParsedFileCache.open(file);
    for (const entry of plain.content.accomplishments) reopened.parts(readFileSync(entry.absolute, 'utf8'), parseParts);
    expect(reopened.parsedAfresh).toBe(0);
  });
});
