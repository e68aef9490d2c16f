import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/astro-build.ts';

/** The README is the front door; the guides in docs/ hold the rest. Paths are relative to the project. */
const README = 'README.md';
const guides = readdirSync(path.join(PROJECT_ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => `docs/${name}`);
const documents = [README, ...guides];
const text = new Map(documents.map((file) => [file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8')]));
const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The text without fenced code blocks (also those indented inside a list item). */
function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm, '');
}

/** Where Markdown links live: outside code blocks and inline code. */
function prose(markdown: string): string {
  return withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, '');
}

/** Every link and image target in a document, as written. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
}

/** A link into this repository: no scheme (https:, mailto:) and not protocol-relative. */
function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//');
}

/** `docs/x.md#part` linked from `from`, as a project-relative file (the linking document itself for `#part`) and an anchor. */
function resolve(from: string, target: string): { file: string; anchor: string | undefined } {
  const [filePart = '', anchor] = target.split('#', 2);
  const file = filePart === '' ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURI(filePart)));
  return { file, anchor };
}

/** The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutCodeBlocks(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const heading = match[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Every relative link: the document it is in (`from`), as written (`target`), and where it leads (`file`, `anchor`). */
const relativeLinks = documents.flatMap((from) => linkTargets(text.get(from)!).filter(isRelative).map((target) => ({ from, target, ...resolve(from, target) })));

describe('the README and the guides in docs/', () => {
  it('name only npm scripts that package.json defines', () => {
    const named = documents.flatMap((file) => [...text.get(file)!.matchAll(/npm run ([a-z][a-z:-]*)/g)].map((match) => ({ file, name: match[1]! })));
    expect(new Set(named.map(({ name }) => name)).size).toBeGreaterThan(10);
    expect(named.filter(({ name }) => !(name in scripts)).map(({ file, name }) => `${file}: npm run ${name}`)).toEqual([]);
  });

  it('link only to files that exist', () => {
    expect(relativeLinks.length).toBeGreaterThan(20);
    const broken = relativeLinks.filter(({ file }) => !existsSync(path.join(PROJECT_ROOT, file)));
    expect(broken.map(({ from, target }) => `${from}: ${target}`)).toEqual([]);
  });

  it('link to a section only where a heading of that name exists', () => {
    const intoMarkdown = relativeLinks.filter(({ file, anchor }) => anchor !== undefined && file.endsWith('.md') && existsSync(path.join(PROJECT_ROOT, file)));
    expect(intoMarkdown.length).toBeGreaterThan(0);
    const missing = intoMarkdown.filter(({ file, anchor }) => !headingAnchors(text.get(file) ?? readFileSync(path.join(PROJECT_ROOT, file), 'utf8')).has(anchor!));
    expect(missing.map(({ from, target }) => `${from}: ${target}`)).toEqual([]);
  });

  it('open each guide with its title and a paragraph saying what it covers', () => {
    const unexplained = guides.filter((file) => {
      const [title = '', summary = ''] = text.get(file)!.split(/\n\s*\n/);
      return !/^# \S/.test(title) || title.includes('\n') || !/^[A-Z]/.test(summary) || summary.replace(/\s+/g, ' ').length < 120;
    });
    expect(unexplained).toEqual([]);
  });
});

describe('the README', () => {
  const readme = text.get(README)!;

  it('links to every guide in docs/', () => {
    expect(guides.length).toBeGreaterThan(5);
    const linked = new Set(linkTargets(readme).filter(isRelative).map((target) => resolve(README, target).file));
    expect(guides.filter((file) => !linked.has(file))).toEqual([]);
  });

  it('is the front door, not the manual: under 200 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThan(200);
  });
});
