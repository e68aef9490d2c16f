import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../../src/lib/build/options.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { buildSession, startBuildSession } from '../../../../src/lib/stages/build-session.ts';
import { minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

function sessionOver(contentDir: string) {
  let reads = 0;
  const session = startBuildSession(resolveOptions({ contentDir }, {}, os.tmpdir()), (folder) => (reads++, loadContent(folder)));
  return { session, reads: () => reads };
}

describe('the build session', () => {
  it('reads the content on first use and hands every stage and page the same context', () => {
    const { session, reads } = sessionOver(writeContentFolder(minimalContent()));
    expect(reads()).toBe(0);
    const context = session.context();
    expect(buildSession().context()).toBe(context);
    expect([reads(), session.reads]).toEqual([1, 1]);
  });

  it('reads again once after a change, however many watchers report it', () => {
    const folder = writeContentFolder(minimalContent());
    const { session, reads } = sessionOver(folder);
    const before = session.context();
    const file = path.join(folder, 'skills/go.mdx');
    writeFileSync(file, `${'\n'}`, { flag: 'a' });
    expect([session.contentChanged(file), session.contentChanged(file), session.contentChanged(file)]).toEqual([true, false, false]);
    expect(session.context()).not.toBe(before);
    expect(session.context()).toBe(session.context());
    expect(reads()).toBe(2);
  });

  it('ignores changes outside the content folder', () => {
    const { session } = sessionOver(writeContentFolder(minimalContent()));
    const context = session.context();
    const elsewhere = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-elsewhere-')), 'data-store.json');
    writeFileSync(elsewhere, '{}');
    expect(session.contentChanged(elsewhere)).toBe(false);
    expect(session.context()).toBe(context);
  });

  it('says plainly when Cairn’s integration is missing from the Astro config', () => {
    const holder = globalThis as Record<symbol, unknown>;
    const key = Symbol.for('cairn.build-session');
    const saved = holder[key];
    delete holder[key];
    try {
      expect(() => buildSession()).toThrow(/astro\.config\.mjs must list cairn\(\)/);
    } finally {
      holder[key] = saved;
    }
  });
});
