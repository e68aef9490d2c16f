import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { checkCrossReferences } from '../../../../src/lib/content/cross-references.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { mdx, minimalContent, withoutFolder, writeContentFolder } from '../../../support/content-fixture.ts';

function crossReferenceLines(files: Record<string, string>): string[] {
  const folder = writeContentFolder(files);
  const { content, problems } = loadContent(folder);
  expect(problems).toEqual([]);
  return withoutFolder(folder, checkCrossReferences(content).map(formatProblem));
}

const accomplishment = (name: string, frontmatter: string) => ({ [`accomplishments/${name}.mdx`]: mdx(frontmatter) });

describe('checkCrossReferences', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(crossReferenceLines(minimalContent())).toEqual([]);
  });

  it('names an unknown role and suggests the closest one', () => {
    const lines = crossReferenceLines({
      ...minimalContent(),
      ...accomplishment('2021-01-01-x', 'title: X\ndate: "2021-01-01"\nrole: acmee\nbullet: Did X.'),
    });
    expect(lines).toEqual(['accomplishments/2021-01-01-x.mdx:4  role  no role with id "acmee" exists in content/roles/  (did you mean "acme"?)']);
  });

  it('names each unknown skill with its position in the list', () => {
    const lines = crossReferenceLines({
      ...minimalContent(),
      ...accomplishment('2021-01-01-x', 'title: X\ndate: "2021-01-01"\nrole: acme\nskills: [go, kubernets, cobol]\nbullet: Did X.'),
    });
    expect(lines).toEqual([
      'accomplishments/2021-01-01-x.mdx:5  skills.1  no skill with id "kubernets" exists in content/skills/  (did you mean "kubernetes"?)',
      'accomplishments/2021-01-01-x.mdx:5  skills.2  no skill with id "cobol" exists in content/skills/  (create content/skills/cobol.mdx or use one of: go, kubernetes)',
    ]);
  });

  it('rejects a role that ends before it starts', () => {
    const lines = crossReferenceLines({
      ...minimalContent(),
      'roles/backwards.mdx': mdx('organisation: B\ntitle: T\nstart: "2020-05"\nend: "2019-01"\nsummary: S.'),
    });
    expect(lines).toEqual(['roles/backwards.mdx:5  end  ends (2019-01) before it starts (2020-05); received "2019-01"  (swap them, or fix the year)']);
  });

  it('rejects an accomplishment dated outside its role', () => {
    const lines = crossReferenceLines({
      ...minimalContent(),
      ...accomplishment('2015-01-01-early', 'title: Early\ndate: "2015-01-01"\nrole: initech\nbullet: Did it early.'),
    });
    expect(lines).toEqual([
      'accomplishments/2015-01-01-early.mdx:3  date  falls outside its role "initech" (2016-09 to 2019-12); received "2015-01-01"  (fix the date, or point role at the job you held then)',
    ]);
  });

  it('rejects a file name whose date disagrees with the date field', () => {
    const lines = crossReferenceLines({
      ...minimalContent(),
      ...accomplishment('2021-02-02-moved', 'title: Moved\ndate: "2021-03-03"\nrole: acme\nbullet: Did it.'),
    });
    expect(lines).toEqual(['accomplishments/2021-02-02-moved.mdx:3  date  the file name says 2021-02-02 but date is 2021-03-03  (rename the file to 2021-03-03-moved.mdx)']);
  });

  it('rejects two entries with the same id', () => {
    const lines = crossReferenceLines({ ...minimalContent(), 'skills/go.md': mdx('name: Go again\ncategory: Languages\nlevel: working') });
    expect(lines).toEqual(['skills/go.mdx  (file)  duplicate id "go" in skills: skills/go.md has it too  (rename one of the two files)']);
  });

  it('requires a profile', () => {
    const files = minimalContent();
    delete files['profile.mdx'];
    expect(crossReferenceLines(files)[0]).toMatch(/^content\/profile\.mdx  \(file\)  the profile is missing/);
  });
});
