import { describe, expect, it } from 'vitest';
import { checkHtmlValidity } from '../../../../src/lib/gates/html-validity.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;

describe('checkHtmlValidity', () => {
  it('passes a valid page', async () => {
    const result = await checkHtmlValidity([{ path: 'index.html', html: page('<main><h1>Hi</h1><p>Text</p></main>') }]);
    expect(result).toMatchObject({ ok: true, failures: [] });
  });

  it('names the page, position and rule of each error', async () => {
    const result = await checkHtmlValidity([{ path: 'work/index.html', html: page('<main><h1>Hi</h1><div><p>unclosed</div></main>') }]);
    expect(result.ok).toBe(false);
    expect(result.failures[0]).toMatch(/^work\/index\.html:1:\d+  [a-z-]+  /);
  });
});
