import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../../src/lib/content/frontmatter.ts';

const file = `---
title: Cut latency
date: 2024-13-01
impact:
  - label: p99
    to: 90
---
Body text.
`;

describe('parseContentFile', () => {
  it('splits frontmatter from the body', () => {
    const parsed = parseContentFile(file);
    expect(parsed.data['title']).toBe('Cut latency');
    expect(parsed.body.trim()).toBe('Body text.');
  });

  it('keeps unquoted dates as the text written, so impossible dates can be reported', () => {
    expect(parseContentFile(file).data['date']).toBe('2024-13-01');
  });

  it('knows the line of each field, counting the opening ---', () => {
    const parsed = parseContentFile(file);
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['date'])).toBe(3);
    expect(parsed.lineOf(['impact', 0, 'to'])).toBe(6);
  });

  it('points a missing field at its nearest written parent', () => {
    expect(parseContentFile(file).lineOf(['impact', 0, 'unit'])).toBe(5);
  });

  it('reports YAML syntax errors with their line', () => {
    const parsed = parseContentFile('---\ntitle: ok\nbullet: "unclosed\n---\n');
    expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
    expect(parsed.syntaxErrors[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a key written twice', () => {
    expect(parseContentFile('---\ntitle: a\ntitle: b\n---\n').syntaxErrors[0]?.message).toMatch(/unique/i);
  });

  it('reports aliases that expand too far (a "billion laughs") on the line of the first alias, without expanding them', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e', 'f', 'g'].map((key, index, keys) => `${key}: &${key} [${Array(9).fill(`*${index === 0 ? 'a' : keys[index - 1]}`).join(', ')}]`)];
    const parsed = parseContentFile(`---\ntitle: ok\n${bomb.join('\n')}\n---\nBody.\n`);
    expect(parsed.data).toEqual({});
    expect(parsed.readErrors).toEqual([{ line: 4, field: 'b', message: expect.stringMatching(/aliases .* expand to more than 100/), hint: expect.any(String) }]);
  });

  it('still reads a few aliases', () => {
    const parsed = parseContentFile('---\ntags: &t [go, sql]\nkeywords: *t\n---\n');
    expect(parsed.readErrors).toEqual([]);
    expect(parsed.data['keywords']).toEqual(['go', 'sql']);
  });

  it('names each value with a control character in it, with its field and line, and leaves tabs alone', () => {
    const parsed = parseContentFile('---\ntitle: "Cut\\0 latency"\nbullet: "tab\\tis fine"\nimpact:\n  - label: "p99\x07"\n---\nBody.\n');
    expect(parsed.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'title', message: expect.stringContaining('control character (U+0000)'), received: 'Cut\0 latency' }),
      expect.objectContaining({ line: 5, field: 'impact.0.label', message: expect.stringContaining('control character (U+0007)') }),
    ]);
  });

  it('names the first body line with a control character, and how many more there are', () => {
    const parsed = parseContentFile('---\ntitle: ok\n---\nFine.\n\nNot\x00 fine.\nAlso\x1b not.\n');
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 6, field: 'body', message: expect.stringMatching(/U\+0000.*\(as do 1 more line\)$/) })]);
  });
});
