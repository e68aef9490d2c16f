import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '../../src/lib/print/chrome.ts';
import { CHROME } from '../support/build-context.ts';
import { serveSite } from '../../src/lib/print/http-server.ts';
import { astroBuild } from '../support/astro-build.ts';
import { minimalContent, writeContentFolder } from '../support/content-fixture.ts';

const executablePath = CHROME;

/** A case study written the way people write them: a table of figures, a quote, code and a footnote. */
const STORY = [
  '## Result',
  '',
  'Latency fell by nine tenths.[^1]',
  '',
  '| metric | before | after |',
  '| --- | ---: | :---: |',
  '| p99 | 820 ms | 95 ms |',
  '',
  '> The pager went quiet.',
  '',
  '```sh',
  'pgbouncer --pool-size 40',
  '```',
  '',
  '[^1]: Measured over the following quarter.',
  '',
].join('\n');

/** The same story with one MDX element in it, so it is compiled as MDX rather than rendered as Markdown. */
const MDX_STORY = `${STORY}\n<abbr title="99th percentile">p99</abbr> is the slowest request in a hundred.\n`;

/** Puts a body under an accomplishment's frontmatter. */
const withBody = (file: string, body: string) => file.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}`);

describe.skipIf(!executablePath)('a case study written in Markdown, in Chromium', () => {
  it('shows its table with the columns aligned as written, with no style the CSP refuses, on both the Markdown and the MDX path', async () => {
    const files = minimalContent();
    files['accomplishments/2021-05-04-latency.mdx'] = withBody(files['accomplishments/2021-05-04-latency.mdx']!, STORY);
    files['accomplishments/2018-03-02-billing.mdx'] = withBody(files['accomplishments/2018-03-02-billing.mdx']!, MDX_STORY);
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-story-')), 'dist');
    const result = astroBuild({ contentDir: writeContentFolder(files), outDir: dist });
    expect(result.status, result.output).toBe(0);

    const server = await serveSite(dist);
    const browser = await chromium.launch({ executablePath: executablePath!, args: CHROME_ARGS });
    try {
      for (const [story, mdxElement] of [['work/2021-05-04-latency/', 0], ['work/2018-03-02-billing/', 1]] as const) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const consoleErrors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        await page.goto(`${server.url}/${story}`, { waitUntil: 'networkidle' });
        const looks = await page.evaluate(() => {
          const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
          const heading = document.querySelector('.footnotes h2')!.getBoundingClientRect();
          return {
            cells: [...document.querySelectorAll('.story tbody td')].map((cell) => getComputedStyle(cell).textAlign),
            styleAttributes: document.querySelectorAll('.story [style]').length,
            abbreviations: document.querySelectorAll('.story abbr').length,
            ruled: style('.story th').borderBottomStyle,
            quote: style('.story blockquote').borderInlineStartStyle,
            footnotesHeading: { width: heading.width, height: heading.height },
          };
        });
        expect(looks.abbreviations, story).toBe(mdxElement);
        expect(looks.cells, story).toEqual(['start', 'right', 'center']);
        expect(looks.styleAttributes, story).toBe(0);
        expect(consoleErrors, story).toEqual([]);
        expect(looks.ruled).toBe('solid');
        expect(looks.quote).toBe('solid');
        expect(looks.footnotesHeading.width).toBeLessThanOrEqual(1);
        expect(looks.footnotesHeading.height).toBeLessThanOrEqual(1);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
