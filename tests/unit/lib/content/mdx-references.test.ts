import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMdxReferenceProblems } from '../../../../src/lib/content/mdx-references.ts';

/** An entry file in a folder of its own, with a chart component and a picture beside it. */
function entryFile(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-mdx-references-'));
  mkdirSync(path.join(folder, 'accomplishments'));
  writeFileSync(path.join(folder, 'accomplishments', 'chart.astro'), '<svg></svg>\n');
  writeFileSync(path.join(folder, 'accomplishments', 'pipeline.png'), '');
  writeFileSync(path.join(folder, 'rows.json'), '[1, 2]\n');
  return path.join(folder, 'accomplishments', '2021-05-04-x.mdx');
}

describe('findMdxReferenceProblems', () => {
  it('accepts what MDX, JavaScript and Astro define: exports, imports, locals, globals, frontmatter, HTML tags', () => {
    const body = [
      "import Chart from './chart.astro'",
      "import rows from '../rows.json'",
      "import { Image } from 'astro:assets'",
      'export const saved = 3',
      'export function twice(x) { return x * 2 }',
      '',
      'Saved {saved} and {twice(saved)} of {rows.length}, for {frontmatter.title} {/* note */}.',
      '',
      '<Chart rows={rows} /> <abbr title="x">SLO</abbr> <Fragment>f</Fragment>',
      '',
      '<ul>{rows.map((row) => <li key={row}>{row}</li>)}</ul>',
      '',
      "{(() => { try { const { a, b: [c] = [1], ...rest } = { a: 1 }; return a + c } catch (error) { return String(error) } })()}",
      '',
      "{typeof maybe === 'undefined' ? Math.max(1, 2) : new Date(0).getUTCFullYear()} {`${saved}`} {props.components ? 1 : 0}",
      '',
      '![The pipeline](./pipeline.png) ![Hosted](https://example.com/a.png) ![Public](/a.png)',
      '',
    ].join('\n');
    expect(findMdxReferenceProblems(body, 1, entryFile())).toEqual([]);
  });

  it('names each undefined name, component, import and picture once, on its own line of the file', () => {
    const body = [
      '',
      "import Missing from './missing.mdx'",
      "import kit from 'no-such-package'",
      'export const total = base + 1',
      '',
      'We saved {undefinedThing}, again {undefinedThing}.',
      '',
      '<Zed /> and <charts.Bar /> and {<Inline />}',
      '',
      '{ 1 +',
      '  later }',
      '',
      '<div title={missingAttribute} {...missingSpread}>d</div>',
      '',
      '![Gone](./gone.png)',
      '',
    ].join('\n');
    const problems = findMdxReferenceProblems(body, 10, entryFile());
    const found = problems.map((problem) => [problem.line, problem.message.replace(/ \(.*\)$/, '').split(',')[0]] as const);
    expect(found.map(([line]) => line)).toEqual([...found.map(([line]) => line)].sort((a, b) => a - b));
    expect([...found].sort((a, b) => a[0] - b[0] || a[1]!.localeCompare(b[1]!))).toEqual([
      [11, 'imports "./missing.mdx"'],
      [12, 'imports "no-such-package"'],
      [13, 'uses base'],
      [15, 'uses undefinedThing'],
      [17, 'the tag <charts.…> is a component'],
      [17, 'the tag <Inline> is a component'],
      [17, 'the tag <Zed> is a component'],
      [20, 'uses later'],
      [22, 'uses missingAttribute'],
      [22, 'uses missingSpread'],
      [24, 'shows the picture "./gone.png"'],
    ]);
  });

  it('leaves a body that is plain Markdown alone without compiling it', () => {
    expect(findMdxReferenceProblems('Just *text*, no braces.\n', 1, entryFile())).toEqual([]);
  });
});
