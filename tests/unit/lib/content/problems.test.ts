import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../../../src/lib/content/problems.ts';
import { closestMatch } from '../../../../src/lib/content/similar.ts';

describe('formatProblem', () => {
  it('prints file:line  field  message; received  (hint)', () => {
    expect(formatProblem({ file: 'content/a.mdx', line: 3, field: 'date', message: 'not a real date', received: '2024-13-01', hint: 'use YYYY-MM-DD' })).toBe(
      'content/a.mdx:3  date  not a real date; received "2024-13-01"  (use YYYY-MM-DD)',
    );
  });

  it('marks whole-file problems and shortens long received values', () => {
    expect(formatProblem({ file: 'content/a.mdx', message: 'is empty', received: 'x'.repeat(200) })).toMatch(/^content\/a\.mdx  \(file\)  is empty; received "x+…"$/);
  });

  it('sorts by file, then line', () => {
    const sorted = sortProblems([
      { file: 'b', line: 1, message: '' },
      { file: 'a', line: 9, message: '' },
      { file: 'a', line: 2, message: '' },
    ]);
    expect(sorted.map((problem) => `${problem.file}${problem.line}`)).toEqual(['a2', 'a9', 'b1']);
  });
});

describe('closestMatch', () => {
  it('suggests a near miss and stays quiet for a far one', () => {
    expect(closestMatch('sinse', ['since', 'name', 'level'])).toBe('since');
    expect(closestMatch('kubernets', ['kubernetes', 'go'])).toBe('kubernetes');
    expect(closestMatch('zzzzzz', ['since', 'name'])).toBeUndefined();
  });
});
