import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtBasePath } from '../../../../src/lib/gates/built-base-path.ts';

function siteWithHome(html?: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-built-base-'));
  if (html !== undefined) writeFileSync(path.join(folder, 'index.html'), html);
  return folder;
}

describe('builtBasePath', () => {
  it('reads the base path from the home page’s canonical address', () => {
    expect(builtBasePath(siteWithHome('<head><link rel="canonical" href="https://someone.github.io/career/"></head>'))).toBe('/career/');
    expect(builtBasePath(siteWithHome('<link rel="canonical" href="https://someone.github.io/a/b">'))).toBe('/a/b/');
    expect(builtBasePath(siteWithHome('<link rel="canonical" href="https://someone.example/">'))).toBe('/');
  });

  it('takes the root when the home page is missing or names no valid address', () => {
    expect(builtBasePath(siteWithHome())).toBe('/');
    expect(builtBasePath(siteWithHome('<h1>Home</h1>'))).toBe('/');
    expect(builtBasePath(siteWithHome('<link rel="canonical" href="not a url">'))).toBe('/');
  });
});
