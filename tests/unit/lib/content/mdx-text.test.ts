import { describe, expect, it } from 'vitest';
import { findMdxSyntaxError } from '../../../../src/lib/content/mdx-syntax.ts';
import { markdownAsMdx } from '../../../../src/lib/content/mdx-text.ts';

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

  it('leaves Markdown without such characters unchanged', () => {
    expect(markdownAsMdx('**Led** ten people.\n\n- one\n- two')).toBe('**Led** ten people.\n\n- one\n- two');
  });
});
