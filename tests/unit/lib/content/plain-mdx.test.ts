import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../../../src/lib/content/plain-mdx.ts';

describe('isPlainMarkdown', () => {
  it('accepts what most entries are written in: headings, paragraphs, lists, links, emphasis and fenced code', () => {
    const body = [
      '## Situation',
      '',
      'Checkout p99 was **820 ms**; see [the write-up](https://example.com/post) and `EXPLAIN ANALYZE`.',
      '',
      '- cut the pool from 400 to 40 connections',
      '  - per service, not per pod',
      '1. measured first',
      '',
      '```sql',
      'select 1;',
      '```',
      '> Quoted & "smart" -- dashes.',
    ].join('\n');
    expect(isPlainMarkdown(body)).toBe(true);
  });

  it.each([
    ['a component', 'Before <Chart data="x" /> after.'],
    ['an HTML tag', 'Line one<br>line two.'],
    ['an HTML comment', '<!-- note to self -->'],
    ['an autolink', 'See <https://example.com>.'],
    ['an expression', 'Saved {2 * 40} hours.'],
    ['a lone closing brace', 'A brace } alone.'],
    ['an import', "import Chart from '../components/Chart.astro';\n\nText."],
    ['an export', 'export const year = 2024;\n\nText.'],
    ['code indented by four spaces', 'Text.\n\n    indented code\n'],
    ['code indented by a tab', 'Text.\n\n\tindented code\n'],
    ['an image beside the entry', '![Dashboard](./dashboard.png)'],
  ])('leaves %s to the MDX compiler', (_what, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });
});
