import { describe, expect, it } from 'vitest';
import { findMdxSyntaxError } from '../../../../src/lib/content/mdx-syntax.ts';
import { markdownAsMdx, mdxAsMarkdown } from '../../../../src/lib/content/mdx-text.ts';

describe('markdownAsMdx', () => {
  it('writes what MDX would run or parse as markup as characters, so outside text is only ever text', () => {
    const text = 'I scaled {process.exit(1)} to <Chart /> and 3 < 4.\nimport fs from "node:fs"\nexport const x = 1';
    const safe = markdownAsMdx(text);
    expect(safe).toBe('I scaled &#123;process.exit(1)&#125; to &lt;Chart /> and 3 &lt; 4.\n&#105;mport fs from "node:fs"\n&#101;xport const x = 1');
    expect(findMdxSyntaxError(safe, 1)).toBeUndefined();
    expect(safe.replace(/&#?\w+;/g, '')).not.toMatch(/[{}<]|^(import|export)\b/m);
  });

  it('leaves code spans and fenced code as written: MDX shows them literally', () => {
    expect(markdownAsMdx('Use `a < b` and:\n```js\nif (a < b) { run(); }\n```\nthen {done}')).toBe('Use `a < b` and:\n```js\nif (a < b) { run(); }\n```\nthen &#123;done&#125;');
  });

  it('keeps only the description of a picture that names a file, which text from outside never brings', () => {
    expect(markdownAsMdx('Before ![the pipeline](pipeline.png) and ![](x) after, ![hosted](https://example.com/a.png).')).toBe('Before the pipeline and  after, ![hosted](https://example.com/a.png).');
  });

  it('leaves Markdown without such characters unchanged', () => {
    expect(markdownAsMdx('**Led** ten people.\n\n- one\n- two')).toBe('**Led** ten people.\n\n- one\n- two');
  });
});

describe('mdxAsMarkdown', () => {
  it('leaves out author comments and import lines, keeping a comment-like text in code', () => {
    const body = 'import Chart from "../chart.astro"\n\nCut p99 {/* check the number with Sam */} by 80%.\n\n{/*\n  draft: add the cost figure\n*/}\n\nUse `{/* not a comment */}` here.';
    expect(mdxAsMarkdown(body).trim()).toBe('Cut p99  by 80%.\n\n\n\nUse `{/* not a comment */}` here.');
  });

  it('keeps other expressions, and reads a body MDX cannot parse as best it can', () => {
    expect(mdxAsMarkdown('Took {6 * 60 / 9} minutes.')).toBe('Took {6 * 60 / 9} minutes.');
    expect(mdxAsMarkdown('Broken <div {/* note */} text')).toBe('Broken <div  text');
  });
});

