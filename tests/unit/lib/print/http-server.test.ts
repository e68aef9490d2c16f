import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeOf, serveSite, siteFiles } from '../../../../src/lib/print/http-server.ts';

function builtSite(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-http-'));
  mkdirSync(path.join(folder, 'work'));
  writeFileSync(path.join(folder, 'index.html'), '<h1>Home</h1>');
  writeFileSync(path.join(folder, 'work/index.html'), '<h1>Work</h1>');
  writeFileSync(path.join(folder, '404.html'), '<h1>Not here</h1>');
  writeFileSync(path.join(folder, 'contact.vcf'), 'BEGIN:VCARD');
  writeFileSync(path.join(os.tmpdir(), 'cairn-http-outside.txt'), 'outside');
  return folder;
}

describe('contentTypeOf', () => {
  it('knows every kind of file a built site or a print document holds, by name or by bare extension', () => {
    expect(contentTypeOf('resume/general/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('fonts/Inter.WOFF2')).toBe('font/woff2');
    expect(contentTypeOf('contact.vcf')).toBe('text/vcard; charset=utf-8');
    expect(contentTypeOf('resume/general.docx')).toMatch(/wordprocessingml/);
    expect(contentTypeOf('some.folder/README')).toBe('application/octet-stream');
  });
});

describe('siteFiles', () => {
  const folder = builtSite();
  const at = (pathname: string, base = '/') => siteFiles(folder, base)(new URL(pathname, 'http://127.0.0.1'));

  it('answers a folder with its index page, under the base path only', () => {
    expect(at('/work/')?.body.toString()).toBe('<h1>Work</h1>');
    expect(at('/portfolio/work/', '/portfolio/')?.body.toString()).toBe('<h1>Work</h1>');
    expect(at('/work/', '/portfolio/')).toBeUndefined();
  });

  it('never answers with a file outside the site', () => {
    expect(at('/../cairn-http-outside.txt')).toBeUndefined();
    expect(at('/%2e%2e/cairn-http-outside.txt')).toBeUndefined();
    expect(at('/missing.html')).toBeUndefined();
  });
});

describe('serveSite', () => {
  const closing: (() => Promise<void>)[] = [];
  afterAll(async () => Promise.all(closing.map((close) => close())));

  it('serves a built site as a static host would, with its 404 page for a miss', async () => {
    const server = await serveSite(builtSite());
    closing.push(server.close);
    const home = await fetch(`${server.url}/`);
    expect([home.status, home.headers.get('content-type'), await home.text()]).toEqual([200, 'text/html; charset=utf-8', '<h1>Home</h1>']);
    const missing = await fetch(`${server.url}/nowhere/`);
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>Not here</h1>']);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a project site under its base path, as GitHub Pages serves /<repository>/, with the 404 page from that base', async () => {
    const server = await serveSite(builtSite(), '/career/');
    closing.push(server.close);
    expect(server.siteUrl).toBe(`${server.url}/career`);
    expect(await (await fetch(`${server.siteUrl}/work/`)).text()).toBe('<h1>Work</h1>');
    expect((await fetch(`${server.url}/work/`)).status).toBe(404);
    const missing = await fetch(`${server.siteUrl}/nowhere/`);
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>Not here</h1>']);
  });
});
