import { describe, expect, it } from 'vitest';
import { checkEntryFile, formatEntryFile } from '../../../../src/lib/career/entry-file.ts';
import { parseContentFile } from '../../../../src/lib/content/frontmatter.ts';
import { careerContent } from './fixture.ts';

describe('formatEntryFile', () => {
  const text = formatEntryFile(
    {
      title: 'Cut p99: checkout "latency"',
      date: '2026-11-24',
      role: 'orbit-staff',
      skills: ['go', 'postgresql'],
      impact: [{ label: 'p99 latency', from: 820, to: 95, unit: 'ms' }],
      featured: true,
    },
    '\n\nWhat happened.\n\n\n',
  );

  it('writes frontmatter as a person would: quoted dates, one-line lists and list items', () => {
    expect(text).toBe(
      [
        '---',
        `title: 'Cut p99: checkout "latency"'`,
        'date: "2026-11-24"',
        'role: orbit-staff',
        'skills: [go, postgresql]',
        'impact:',
        '  - { label: p99 latency, from: 820, to: 95, unit: ms }',
        'featured: true',
        '---',
        '',
        'What happened.',
        '',
      ].join('\n'),
    );
  });

  it('reads back to the same data', () => {
    expect(parseContentFile(text).data).toEqual({
      title: 'Cut p99: checkout "latency"',
      date: '2026-11-24',
      role: 'orbit-staff',
      skills: ['go', 'postgresql'],
      impact: [{ label: 'p99 latency', from: 820, to: 95, unit: 'ms' }],
      featured: true,
    });
  });

  it('writes no body section when there is no body', () => {
    expect(formatEntryFile({ name: 'A' }, '  ')).toBe('---\nname: A\n---\n');
  });
});

describe('checkEntryFile', () => {
  const { content } = careerContent();
  const file = 'content/accomplishments/2026-11-24-x.mdx';

  it('accepts a valid entry and returns it as the loader reads it', () => {
    const checked = checkEntryFile('accomplishments', file, formatEntryFile({ title: 'X', date: '2026-11-24', role: 'orbit-staff', bullet: 'Did X.' }), content);
    expect(checked.ok && checked.entry.data).toMatchObject({ title: 'X', skills: [], visibility: 'public' });
    expect(checked.ok && checked.entry.file).toBe(file);
  });

  it('reports schema problems against the intended file, with lines', () => {
    const checked = checkEntryFile('accomplishments', file, formatEntryFile({ title: 'X', date: '2026-11-24', role: 'orbit-staff', bullet: 'B'.repeat(230) }));
    expect(checked).toEqual({ ok: false, problems: [{ file, line: 5, field: 'bullet', message: 'is 230 characters; keep it to 220 or fewer', received: 'B'.repeat(230) }] });
  });

  it('applies the cross-reference rules with the rest of the content', () => {
    const checked = checkEntryFile('accomplishments', file, formatEntryFile({ title: 'X', date: '2020-01-01', role: 'orbit-staff', bullet: 'Did X.' }), content);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((problem) => problem.message)).toEqual(['falls outside its role "orbit-staff" (2024-01 to now)', 'the file name says 2026-11-24 but date is 2020-01-01']);
  });
});
