import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { checkResumeReferences } from '../../../../src/lib/content/resume-references.ts';
import { withoutFolder } from '../../../support/content-fixture.ts';
import { contentFolder, resumeFile } from '../render/resume/fixtures.ts';

function problemsOf(frontmatter: string): string[] {
  const folder = contentFolder(resumeFile('path', frontmatter));
  const { content, problems } = loadContent(folder);
  expect(problems).toEqual([]);
  return withoutFolder(folder, checkResumeReferences(content).map(formatProblem));
}

describe('checkResumeReferences', () => {
  it('accepts a variant whose ids all exist', () => {
    expect(problemsOf('emphasis: { skills: { go: 2 }, tags: { performance: 1 } }\npinned: [2021-05-04-latency]\ninclude: { roles: [acme] }')).toEqual([]);
  });

  it('names every unknown skill, tag, role and accomplishment, with its line and a likely fix', () => {
    const problems = problemsOf(
      ['emphasis:', '  skills: { golang: 2 }', '  tags: { perfromance: 1 }', 'exclude:', '  roles: [acmee]', 'pinned:', '  - 2021-05-04-latncy'].join('\n'),
    );
    expect(problems).toEqual([
      'resumes/path.mdx:5  emphasis.skills.golang  no skill "golang" in content/skills/  (did you mean "go"?)',
      'resumes/path.mdx:6  emphasis.tags.perfromance  no tag "perfromance" in your accomplishments\' tags  (did you mean "performance"?)',
      'resumes/path.mdx:8  exclude.roles.0  no role "acmee" in content/roles/  (did you mean "acme"?)',
      'resumes/path.mdx:10  pinned.0  no accomplishment "2021-05-04-latncy" in content/accomplishments/  (did you mean "2021-05-04-latency"?)',
    ]);
  });

  it('refuses to pin a private accomplishment, and a pin twice', () => {
    const problems = problemsOf('pinned: [2022-07-01-secret-reorg, 2021-05-04-latency, 2021-05-04-latency]');
    expect(problems).toEqual([
      'resumes/path.mdx:4  pinned.0  pins "2022-07-01-secret-reorg", which is private and never appears on a resume  (set visibility: resume in accomplishments/2022-07-01-secret-reorg.mdx to show it on resumes you send, or unpin it)',
      'resumes/path.mdx:4  pinned  pins "2021-05-04-latency" twice  (remove the second one)',
    ]);
  });

  it('catches a date range that ends before it starts', () => {
    expect(problemsOf('include: { from: "2022-05", to: "2021" }')).toEqual(['resumes/path.mdx:4  include.to  ends (2021) before it starts (2022-05); received "2021"  (swap from and to)']);
  });
});
