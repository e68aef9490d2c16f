import { describe, expect, it } from 'vitest';
import { missingEntryPage, problemsForPath, problemsPanel } from '../../../../../src/lib/render/dev/problems-panel.ts';
import type { Problem } from '../../../../../src/lib/content/problems.ts';

const ROOT = '/home/ada/career/';
const badDate: Problem = { file: `${ROOT}content/accomplishments/2023-04-30-latency.mdx`, line: 3, field: 'date', message: 'not a real date: use YYYY-MM-DD', received: '2023-04-31' };
const badRole: Problem = { file: `${ROOT}content/accomplishments/2023-05-02-billing.de.mdx`, line: 4, field: 'role', message: 'no role with id "acme-crop" exists', hint: 'did you mean "acme-corp"?' };
const script: Problem = { file: `${ROOT}content/skills/x.mdx`, field: 'name', message: 'bad', received: '<script>alert(1)</script>' };

describe('the dev server’s problem panel', () => {
  it('finds the problems of the entry a page address names, translations included', () => {
    expect(problemsForPath([badDate, badRole], '/work/2023-04-30-latency/')).toEqual([badDate]);
    expect(problemsForPath([badDate, badRole], '/de/work/2023-05-02-billing/')).toEqual([badRole]);
    expect(problemsForPath([badDate, badRole], '/work/')).toEqual([]);
  });

  it('lists every problem as npm run check prints it, relative to the project, with received text escaped', () => {
    const panel = problemsPanel([badDate, badRole, script], ROOT);
    expect(panel).toContain('Cairn: 3 problems in your content');
    expect(panel).toContain('<li>content/accomplishments/2023-04-30-latency.mdx:3  date  not a real date: use YYYY-MM-DD; received &quot;2023-04-31&quot;</li>');
    expect(panel).toContain('(did you mean &quot;acme-corp&quot;?)');
    expect(panel).not.toContain('<script>alert');
    expect(panel).not.toContain(ROOT);
  });

  it('explains a missing case study instead of a bare 404, and counts the other problems', () => {
    const page = missingEntryPage('/work/2023-04-30-latency/', [badDate], [badDate, badRole], ROOT);
    expect(page).toContain('<h1>/work/2023-04-30-latency/ is not in the preview</h1>');
    expect(page).toContain('Its entry has 1 problem, so it was left out.');
    expect(page).toContain('1 more problem elsewhere in your content');
  });
});
