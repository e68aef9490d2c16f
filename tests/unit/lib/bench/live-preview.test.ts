import { describe, expect, it } from 'vitest';
import { markTitle, runningDevServer, spreadPick } from '../../../../src/lib/bench/live-preview.ts';
import { syntheticContent } from '../../../../src/lib/bench/synthetic-content.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { writeContentFolder } from '../../../support/content-fixture.ts';

describe('spreadPick', () => {
  it('picks distinct items spread through the whole list, in order', () => {
    const items = Array.from({ length: 1000 }, (_, index) => index);
    expect(spreadPick(items, 5)).toEqual([166, 333, 500, 666, 833]);
  });

  it('never picks an item twice, even when asked for more than there are', () => {
    expect(spreadPick(['a', 'b', 'c'], 10)).toEqual(['a', 'b', 'c']);
    expect(spreadPick(['only'], 3)).toEqual(['only']);
    expect(spreadPick([], 3)).toEqual([]);
  });
});

describe('markTitle', () => {
  const file = '---\ntitle: Cut deploy time number 7\ndate: "2020-01-01"\n---\n\ntitle: in the story stays as it is\n';

  it('adds the marker to the frontmatter title only', () => {
    expect(markTitle(file, '1.1')).toBe('---\ntitle: Cut deploy time number 7 (edit 1.1)\ndate: "2020-01-01"\n---\n\ntitle: in the story stays as it is\n');
  });

  it('replaces an earlier marker instead of piling them up', () => {
    expect(markTitle(markTitle(file, '1.1'), '2.3')).toBe(markTitle(file, '2.3'));
  });

  it('keeps a synthetic accomplishment valid, with the marker in its title', () => {
    const [name, text] = [...syntheticContent(10).files].find(([path]) => path.startsWith('accomplishments/'))!;
    const { content, problems } = loadContent(writeContentFolder({ ...Object.fromEntries(syntheticContent(10).files), [name]: markTitle(text, '3.2') }));
    expect(problems).toEqual([]);
    expect(content.accomplishments.map((entry) => entry.data.title)).toContainEqual(expect.stringMatching(/ \(edit 3\.2\)$/));
  });

  it('refuses a file without a title line rather than timing an edit that changes nothing', () => {
    expect(() => markTitle('---\ndate: "2020-01-01"\n---\n', '1')).toThrow(/no "title:" line/);
  });
});

describe('runningDevServer', () => {
  const lock = JSON.stringify({ pid: 4242, port: 4321, url: 'http://localhost:4321', background: false, startedAt: '2026-01-01T00:00:00.000Z' });

  it('names the server in the lock file while its process lives', () => {
    expect(runningDevServer(lock, (pid) => pid === 4242)).toEqual({ pid: 4242, url: 'http://localhost:4321' });
  });

  it('ignores a stale lock, a missing one and one it cannot read', () => {
    expect(runningDevServer(lock, () => false)).toBeUndefined();
    expect(runningDevServer(undefined, () => true)).toBeUndefined();
    expect(runningDevServer('{"pid": "4242"', () => true)).toBeUndefined();
    expect(runningDevServer('{"port": 4321}', () => true)).toBeUndefined();
  });
});
