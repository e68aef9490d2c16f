import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { mdx, minimalContent, withoutFolder, writeContentFolder } from '../../../support/content-fixture.ts';

function problemLines(files: Record<string, string>): string[] {
  const folder = writeContentFolder(files);
  return withoutFolder(folder, loadContent(folder).problems.map(formatProblem));
}

describe('loadContent', () => {
  it('reads every collection of a valid folder without problems', () => {
    const folder = writeContentFolder(minimalContent());
    const { content, problems } = loadContent(folder);
    expect(problems).toEqual([]);
    expect(content.profile).toHaveLength(1);
    expect(content.accomplishments.map((entry) => entry.id).sort()).toEqual([
      '2018-03-02-billing',
      '2021-05-04-latency',
      '2022-07-01-secret-reorg',
    ]);
  });

  it('reports every broken file in one pass, with file, line, field, message, received value and hint', () => {
    const lines = problemLines({
      ...minimalContent(),
      'accomplishments/2024-01-01-bad-date.mdx': mdx(`
title: Bad date
date: 2024-02-30
role: acme
bullet: Did a thing.
`),
      'roles/typo-date.mdx': mdx(`
organisation: Typo Inc
title: Engineer
start: 2024-13-01
summary: A role with a mistyped month.
`),
      'skills/sql.mdx': mdx(`
name: SQL
category: Data
level: guru
sinse: 2015
`),
      'roles/empty.mdx': mdx(`
organisation: Empty Co
start: "2019-01"
summary: Nothing here.
`),
    });
    expect(lines).toEqual([
      'accomplishments/2024-01-01-bad-date.mdx:3  date  not a real date: use YYYY-MM-DD; received "2024-02-30"',
      'roles/empty.mdx:2  title  is required but missing  (add "title:" to the frontmatter)',
      'roles/typo-date.mdx:4  start  not a real date: use YYYY-MM-DD or YYYY-MM; received "2024-13-01"',
      'skills/sql.mdx:4  level  must be one of learning, working, advanced, expert; received "guru"',
      'skills/sql.mdx:5  sinse  is not a field here  (did you mean "since"?)',
    ]);
  });

  it('names files that will never be read', () => {
    const lines = problemLines({ ...minimalContent(), 'skills/Fancy Name.mdx': mdx('name: X'), 'roles/notes.txt': 'hello', 'roles/lead.mdx ': mdx('title: Lead'), 'accomplishments/chart.PNG': 'png' });
    expect(lines).toEqual([
      'accomplishments/chart.PNG  (file)  is a picture, and content folders hold only .mdx entries  (move it to public/ and show it in a body as ![what it shows](/chart.PNG))',
      'roles/lead.mdx   (file)  is not read: content files end in .mdx, and this one ends in ".mdx "  (rename it to lead.mdx)',
      'roles/notes.txt  (file)  is not read: content files end in .mdx, and this one ends in ".txt"  (rename it to notes.mdx)',
      'skills/Fancy Name.mdx  (file)  file name must be lowercase letters, digits and hyphens: it becomes the entry id and its web address  (rename it to fancy-name.mdx)',
    ]);
  });

  it('reports broken YAML with its line instead of a stack trace', () => {
    const lines = problemLines({ ...minimalContent(), 'skills/bad.mdx': '---\nname: "unclosed\ncategory: X\n---\n' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^skills\/bad\.mdx:\d+  \(file\)  the frontmatter is not valid YAML: /);
  });

  it('says where to look when the content folder is missing', () => {
    const { problems } = loadContent('/nonexistent/cairn-content');
    expect(problems[0]?.message).toBe('the content folder does not exist');
  });
});

describe('loadContent on bodies and encodings', () => {
  it('reports MDX that will not compile, with the line in the file', () => {
    const lines = problemLines({
      ...minimalContent(),
      'roles/acme.mdx': mdx('organisation: Acme Corp\ntitle: Senior Engineer\nstart: "2020-01"\nsummary: Led the platform team.', '\nIntro line.\n\nWe shipped <div>without closing it.\n'),
    });
    expect(lines).toEqual([
      'roles/acme.mdx:10  body  the text is not valid MDX: Expected a closing tag for `<div>` before the end of `paragraph`  (close the tag, or write < and { as &lt; and &#123; (or put them in `code`))',
    ]);
  });

  it('refuses links and images that would run code or embed data, each with its line, in every language', () => {
    const lines = problemLines({
      ...minimalContent(),
      'roles/acme.mdx': mdx(
        'organisation: Acme Corp\ntitle: Senior Engineer\nstart: "2020-01"\nsummary: Led the platform team.',
        '\nSee [the report](JavaScript:alert(1)), [the wiki](/work/wiki/) and [mail](mailto:a@b.example).\n\n![chart](data:image/png;base64,iVBORw0KGgo=)\n\n<a href="vbscript:msgbox">old</a>\n',
      ),
      'roles/acme.de.mdx': mdx('title: Leitender Ingenieur', '[Bericht](javascript:void(0))\n'),
    });
    expect(lines).toEqual([
      'roles/acme.de.mdx:4  body  the link address "javascript:void(0)" is not a web, mail or phone address: a browser would run or embed it rather than open a page  (link to an https:// address (or mailto:, tel:), or remove the link)',
      'roles/acme.mdx:8  body  the link address "JavaScript:alert(1)" is not a web, mail or phone address: a browser would run or embed it rather than open a page  (link to an https:// address (or mailto:, tel:), or remove the link)',
      'roles/acme.mdx:10  body  the image address "data:image/png;base64,iVBORw0KGgo=" is not a web, mail or phone address: a browser would run or embed it rather than open a page  (put the picture in public/ and use its path, e.g. ![…](/pictures/diagram.png))',
      'roles/acme.mdx:12  body  the link address "vbscript:msgbox" is not a web, mail or phone address: a browser would run or embed it rather than open a page  (link to an https:// address (or mailto:, tel:), or remove the link)',
    ]);
  });

  it('names empty files and files that are not UTF-8', () => {
    const folder = writeContentFolder({ ...minimalContent(), 'skills/empty.mdx': '' });
    writeFileSync(path.join(folder, 'skills/latin1.mdx'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]));
    expect(withoutFolder(folder, loadContent(folder).problems.map(formatProblem))).toEqual([
      'skills/empty.mdx  (file)  the file is empty  (add frontmatter between --- lines, or delete the file)',
      'skills/latin1.mdx  (file)  the file is not UTF-8 text  (save it as UTF-8 in your editor)',
    ]);
  });
});

describe('loadContent on misplaced files', () => {
  it('names folders and files that no collection reads', () => {
    const lines = problemLines({ ...minimalContent(), 'skils/go.mdx': mdx('name: Go'), 'portfolio/x.mdx': mdx('title: X'), 'notes.mdx': 'hello', 'README.md': '# my content' });
    expect(lines).toEqual([
      expect.stringMatching(/^notes\.mdx  \(file\)  is not read: entries go in one of the content folders  \(content folders are: roles, accomplishments, skills, /),
      expect.stringMatching(/^portfolio  \(file\)  is not a content folder, so nothing in it is read  \(content folders are: roles, accomplishments, /),
      'skils  (file)  is not a content folder, so nothing in it is read  (did you mean skills?)',
    ]);
  });
});

describe('loadContent read again', () => {
  it('gives a frozen result, since every build stage shares one read', () => {
    const folder = writeContentFolder(minimalContent());
    const first = loadContent(folder);
    expect(Object.isFrozen(first.content.accomplishments[0]!.data)).toBe(true);
    expect(() => (first.content.skills as unknown[]).push({})).toThrow(TypeError);
  });

  it('reads afresh when a file changes, even to text of the same length', () => {
    const folder = writeContentFolder(minimalContent());
    const file = path.join(folder, 'skills/go.mdx');
    const before = loadContent(folder).content.skills.find((skill) => skill.id === 'go')!;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('name: Go', 'name: Gx'));
    const after = loadContent(folder).content.skills.find((skill) => skill.id === 'go')!;
    expect([before.data.name, after.data.name]).toEqual(['Go', 'Gx']);
  });

  it('reads afresh when a file is added or removed', () => {
    const folder = writeContentFolder(minimalContent());
    const count = loadContent(folder).content.skills.length;
    writeFileSync(path.join(folder, 'skills/rust.mdx'), mdx('name: Rust\ncategory: Languages\nlevel: learning\nsince: 2025'));
    expect(loadContent(folder).content.skills).toHaveLength(count + 1);
    rmSync(path.join(folder, 'skills/rust.mdx'));
    expect(loadContent(folder).content.skills).toHaveLength(count);
  });

  it('still knows the line of each field after the parsed YAML is let go', () => {
    const folder = writeContentFolder({ ...minimalContent(), 'skills/sql.mdx': mdx('name: SQL\ncategory: Data\nlevel: guru\nsince: 2015') });
    const problem = loadContent(folder).problems.find((item) => item.file.endsWith('sql.mdx'));
    expect(problem).toMatchObject({ line: 4, field: 'level' });
  });
});
