import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, userEnvironment } from '../support/astro-build.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/**
 * Content a new user could plausibly get wrong, each with the line `npm run check` and
 * `npm run build` must print: file, line where known, field, what is wrong and how to fix it.
 */
interface BrokenCase {
  name: string;
  /** Files added to (or replacing) a valid minimal content folder; `null` deletes one. */
  files: Record<string, string | Buffer | null>;
  expected: RegExp;
}

const role = (extra: string) => mdx(`organisation: Acme Corp\ntitle: Senior Engineer\nstart: "2020-01"\nsummary: Led the platform team.\n${extra}`);
const accomplishment = (extra: string, body = '') =>
  mdx(`title: Shipped it\ndate: "2021-05-04"\nrole: acme\nbullet: Shipped the thing.\n${extra}`, body);
const letter = (resume: string) => mdx(`addressee: { name: Grace Hopper }\ncompany: Globex\nrole: Platform Engineer\n${resume}\ndate: "2026-03-05"`, '\nI would like to join Globex.\n');
const profile = (replace: [string, string]) => minimalContent()['profile.mdx']!.replace(replace[0], replace[1]);

const cases: BrokenCase[] = [
  { name: 'a month that does not exist', files: { 'roles/acme.mdx': role('').replace('"2020-01"', '2024-13-01') }, expected: /^roles\/acme\.mdx:4  start  not a real date: use YYYY-MM-DD or YYYY-MM; received "2024-13-01"$/m },
  { name: '29 February in a common year', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('').replace('"2021-05-04"', '"2023-02-29"') }, expected: /^accomplishments\/2021-05-04-x\.mdx:3  date  not a real date: use YYYY-MM-DD; received "2023-02-29"$/m },
  { name: 'a date written in words', files: { 'roles/acme.mdx': role('').replace('"2020-01"', 'January 2020') }, expected: /^roles\/acme\.mdx:4  start  not a real date: use YYYY-MM-DD or YYYY-MM; received "January 2020"$/m },
  { name: 'a role that ends before it starts', files: { 'roles/acme.mdx': role('end: "2019-06"') }, expected: /^roles\/acme\.mdx:6  end  ends \(2019-06\) before it starts \(2020-01\); received "2019-06"  \(swap them, or fix the year\)$/m },
  { name: 'an unknown role', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('').replace('role: acme', 'role: acme-corp') }, expected: /^accomplishments\/2021-05-04-x\.mdx:4  role  no role with id "acme-corp" exists in content\/roles\/  \(did you mean "acme"\?\)$/m },
  { name: 'an unknown skill', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('skills: [golang]') }, expected: /^accomplishments\/2021-05-04-x\.mdx:6  skills\.0  no skill with id "golang" exists in content\/skills\/  \(did you mean "go"\?\)$/m },
  { name: 'two files with the same id', files: { 'skills/go.md': mdx('name: Go\ncategory: Languages\nlevel: expert') }, expected: /^skills\/go\.mdx  \(file\)  duplicate id "go" in skills: .*skills\/go\.md has it too  \(rename one of the two files\)$/m },
  { name: 'text where a flag belongs', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('featured: "yes"') }, expected: /^accomplishments\/2021-05-04-x\.mdx:6  featured  must be true or false; received "yes"$/m },
  { name: 'a word where a number belongs', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('impact:\n  - { label: p99, to: ninety }') }, expected: /^accomplishments\/2021-05-04-x\.mdx:7  impact\.0\.to  must be a number, e\.g\. 90; received "ninety"$/m },
  { name: 'a missing bullet', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('').replace('bullet: Shipped the thing.\n', '') }, expected: /^accomplishments\/2021-05-04-x\.mdx:2  bullet  is required but missing  \(add "bullet:" to the frontmatter\)$/m },
  { name: 'a profile without a name', files: { 'profile.mdx': profile(['name: Ada Example\n', '']) }, expected: /^profile\.mdx:2  name  is required but missing  \(add "name:" to the frontmatter\)$/m },
  { name: 'a visibility that does not exist', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('visibility: secret') }, expected: /^accomplishments\/2021-05-04-x\.mdx:6  visibility  must be one of public, resume or private; received "secret"$/m },
  { name: 'a javascript: link', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('links:\n  - { label: Demo, url: "javascript:alert(1)" }') }, expected: /^accomplishments\/2021-05-04-x\.mdx:7  links\.0\.url  must be a full web address starting with https:\/\/ \(or mailto:\), e\.g\. https:\/\/example\.com; received "javascript:alert\(1\)"$/m },
  { name: 'a site address without https://', files: { 'profile.mdx': profile(['site: https://ada.example', 'site: ada.example']) }, expected: /^profile\.mdx:6  site  must be the web address the site is published at, starting with https:\/\/, e\.g\. https:\/\/example\.com; received "ada\.example"$/m },
  { name: 'a mail address as the site', files: { 'profile.mdx': profile(['site: https://ada.example', 'site: mailto:someone@example.com']) }, expected: /^profile\.mdx:6  site  must be the web address the site is published at, starting with https:\/\/, e\.g\. https:\/\/example\.com; received "mailto:someone@example\.com"$/m },
  { name: 'an email without a domain', files: { 'profile.mdx': profile(['email: ada@ada.example', 'email: ada-at-home']) }, expected: /^profile\.mdx:10  contact\.email  must be an email address, e\.g\. maya@example\.com; received "ada-at-home"$/m },
  { name: 'an unclosed MDX tag', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('', '\nWe moved <b>fast.\n') }, expected: /^accomplishments\/2021-05-04-x\.mdx:8  body  the text is not valid MDX: Expected a closing tag for `<b>`/m },
  { name: 'an unclosed brace in MDX', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('', '\nCost went from {a lot.\n') }, expected: /^accomplishments\/2021-05-04-x\.mdx:8  body  the text is not valid MDX: Unexpected end of file in expression/m },
  { name: 'frontmatter that is not YAML', files: { 'skills/sql.mdx': '---\nname: SQL\n  category: Data\nlevel: expert\n---\n' }, expected: /^skills\/sql\.mdx:\d+  \(file\)  the frontmatter is not valid YAML: /m },
  { name: 'a folder name with a typo', files: { 'skils/sql.mdx': mdx('name: SQL\ncategory: Data\nlevel: expert') }, expected: /^skils  \(file\)  is not a content folder, so nothing in it is read  \(did you mean skills\?\)$/m },
  { name: 'an empty file', files: { 'skills/sql.mdx': '' }, expected: /^skills\/sql\.mdx  \(file\)  the file is empty  \(add frontmatter between --- lines, or delete the file\)$/m },
  { name: 'a file that is not UTF-8', files: { 'skills/sql.mdx': Buffer.from('---\nname: Caf\xe9\ncategory: Data\nlevel: expert\n---\n', 'latin1') }, expected: /^skills\/sql\.mdx  \(file\)  the file is not UTF-8 text  \(save it as UTF-8 in your editor\)$/m },
  { name: 'a misspelled field', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('tilte: Shipped') }, expected: /^accomplishments\/2021-05-04-x\.mdx:6  tilte  is not a field here  \(did you mean "title"\?\)$/m },
  { name: 'a bullet that is too long', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('').replace('Shipped the thing.', 'x'.repeat(230)) }, expected: /^accomplishments\/2021-05-04-x\.mdx:5  bullet  is 230 characters; keep it to 220 or fewer; received "x+…"$/m },
  { name: 'a bullet on two lines', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('').replace('bullet: Shipped the thing.', 'bullet: |\n  Shipped\n  the thing.') }, expected: /^accomplishments\/2021-05-04-x\.mdx:5  bullet  must fit on one line; received "Shipped\\nthe thing\.\\n"$/m },
  { name: 'a skill level that does not exist', files: { 'skills/sql.mdx': mdx('name: SQL\ncategory: Data\nlevel: guru') }, expected: /^skills\/sql\.mdx:4  level  must be one of learning, working, advanced, expert; received "guru"$/m },
  { name: 'a goal marked public', files: { 'goals/lead.mdx': mdx('title: Lead a team\nhorizon: 12-months\ntargetDate: "2027-01"\nvisibility: public') }, expected: /^goals\/lead\.mdx:5  visibility  is not a field here  \(allowed fields: title, horizon, targetDate, skills\)$/m },
  { name: 'a file name with capitals and spaces', files: { 'skills/Machine Learning.mdx': mdx('name: ML\ncategory: Data\nlevel: working') }, expected: /^skills\/Machine Learning\.mdx  \(file\)  file name must be lowercase letters, digits and hyphens: it becomes the entry id and its web address  \(rename it to machine-learning\.mdx\)$/m },
  { name: 'a file name whose date disagrees', files: { 'accomplishments/2021-05-05-x.mdx': accomplishment('') }, expected: /^accomplishments\/2021-05-05-x\.mdx:3  date  the file name says 2021-05-05 but date is 2021-05-04  \(rename the file to 2021-05-04-x\.mdx\)$/m },
  { name: 'a pitch of zero seconds', files: { 'pitches/intro.mdx': mdx('audience: Recruiters\nvenue: Phone\nduration: 0', '\nHello.\n') }, expected: /^pitches\/intro\.mdx:4  duration  must be at least 5 seconds; received 0$/m },
  { name: 'a brand colour by name', files: { 'profile.mdx': profile(['site: https://ada.example', 'site: https://ada.example\nbrand: { primary: blue }']) }, expected: /^profile\.mdx:7  brand\.primary  must be a colour as six-digit hex, e\.g\. #1f6f5c; received "blue"$/m },
  { name: 'a photo path with no file in public/', files: { 'profile.mdx': profile(['site: https://ada.example', 'site: https://ada.example\nphoto: /portrait-missing.jpg']) }, expected: /^profile\.mdx:7  photo  no file public\/portrait-missing\.jpg for the photo; received "\/portrait-missing\.jpg"  \(put the picture at public\/portrait-missing\.jpg, or give its web address \(https:\/\/…\)\)$/m },
  { name: 'a brand colour too light to read', files: { 'profile.mdx': profile(['site: https://ada.example', 'site: https://ada.example\nbrand: { primary: "#7fb3ff" }']) }, expected: /^profile\.mdx:7  brand\.primary  #7fb3ff is too light for white button text on it: contrast 2\.\d\d:1, readable text needs 4\.5:1  \(a darker shade of the same hue that passes: #[0-9a-f]{6}\)$/m },
  { name: 'a text file in a content folder', files: { 'roles/notes.txt': 'remember to add dates' }, expected: /^roles\/notes\.txt  \(file\)  is not read: content files end in \.mdx, and this one ends in "\.txt"  \(rename it to notes\.mdx\)$/m },
  { name: 'a cover letter for a resume variant that does not exist', files: { 'resumes/general.mdx': mdx('title: General\ntargetRole: Engineer'), 'letters/acme.mdx': letter('resume: genral') }, expected: /^letters\/acme\.mdx:5  resume  no resume variant with this id exists in content\/resumes\/; received "genral"  \(did you mean "general"\?\)$/m },
  { name: 'a cover letter dated a day that does not exist', files: { 'resumes/general.mdx': mdx('title: General\ntargetRole: Engineer'), 'letters/acme.mdx': letter('resume: general').replace('"2026-03-05"', '"2026-02-30"') }, expected: /^letters\/acme\.mdx:6  date  not a real date: use YYYY-MM-DD; received "2026-02-30"$/m },
  {
    name: 'a business card headline too long to print',
    files: { 'pitches/recruiters.mdx': mdx(`audience: Recruiters\nvenue: Phone screen\nduration: 60\ncard:\n  headline: ${'Staff platform engineer for card payments, developer platforms, observability, incident command and calm, sustainable on-call'}`, '\nI make slow systems fast.\n') },
    expected: /^pitches\/recruiters\.mdx:6  card\.headline  does not fit on the front of business card "recruiters", even at the smallest size \(27 px\): it has 125 characters and about 105 fit in 2 lines; shorten it by about 20 characters  \(shorten card\.headline in this pitch\)$/m,
  },
  {
    name: 'YAML aliases that expand a few lines into gigabytes',
    files: { 'skills/sql.mdx': mdx(`name: SQL\ncategory: Data\nlevel: expert\na: &a [x, x, x, x, x, x, x, x, x]\n${['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((key, index, keys) => `${key}: &${key} [${Array(9).fill(`*${index === 0 ? 'a' : keys[index - 1]}`).join(', ')}]`).join('\n')}`) },
    expected: /^skills\/sql\.mdx:6  b  the frontmatter's aliases \(\*name\) expand to more than 100 copies of what they repeat  \(write the values out instead of repeating them with & and \* aliases\)$/m,
  },
  { name: 'a NUL character in a frontmatter value', files: { 'skills/sql.mdx': mdx('name: "SQL\\0"\ncategory: Data\nlevel: expert') }, expected: /^skills\/sql\.mdx:2  name  contains a control character \(U\+0000\), which an editor does not show and a page, feed or PDF cannot hold; received "SQL\\u0000"  \(delete it, or retype the text if you cannot see where it is\)$/m },
  { name: 'an escape character pasted into a body', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('', '\nWe cut it by \u001b[1mhalf\u001b[0m.\n') }, expected: /^accomplishments\/2021-05-04-x\.mdx:8  body  contains a control character \(U\+001B\), which an editor does not show and a page, feed or PDF cannot hold; received "We cut it by \\u001b\[1mhalf\\u001b\[0m\."  \(delete it, or retype the text if you cannot see where it is\)$/m },
  { name: 'a name in braces that nothing defines', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('', '\nWe saved {undefinedThing} a year.\n') }, expected: /^accomplishments\/2021-05-04-x\.mdx:8  body  uses undefinedThing, which nothing in this file defines, so its page cannot be built \("undefinedThing is not defined"\)  \(define it in an export line, e\.g\. export const undefinedThing = …; or write \{ as &#123; to show the braces as text\)$/m },
  { name: 'an import of a file that does not exist', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('', "\nimport Chart from './missing-chart.mdx'\n\n<Chart />\n") }, expected: /^accomplishments\/2021-05-04-x\.mdx:8  body  imports "\.\/missing-chart\.mdx", and there is no such file \(accomplishments\/missing-chart\.mdx\)  \(an import is read from beside this file; fix the path, or remove the import\)$/m },
  { name: 'a component that is not imported', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('', '\n<Chart rows={3} />\n') }, expected: /^accomplishments\/2021-05-04-x\.mdx:8  body  the tag <Chart> is a component, and this file neither imports nor exports one called Chart  \(import it, e\.g\. import Chart from '\.\/Chart\.astro'; write the tag in lowercase if you meant HTML, or as &lt;Chart&gt; to show it as text\)$/m },
  { name: 'a picture beside the entry that is not there', files: { 'accomplishments/2021-05-04-x.mdx': accomplishment('', '\n![The new pipeline](./pipeline.png)\n') }, expected: /^accomplishments\/2021-05-04-x\.mdx:8  body  shows the picture "\.\/pipeline\.png", and there is no such file \(accomplishments\/pipeline\.png\)  \(a picture is read from beside this file; fix the path, or put the picture in public\/ and write its path from \/\)$/m },
  { name: 'no profile at all', files: { 'profile.mdx': null }, expected: /profile\.mdx  \(file\)  the profile is missing/m },
];

function contentFolder(files: BrokenCase['files']): string {
  const base = minimalContent();
  const folder = writeContentFolder(Object.fromEntries(Object.entries(base).filter(([name]) => !(name in files) || typeof files[name] === 'string')));
  for (const [name, value] of Object.entries(files)) {
    if (value === null) continue;
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, value);
  }
  return folder;
}

/** Runs a command without blocking the worker, so the cases (declared concurrent) check side by side while builds wait their turn. */
function run(command: string[], contentDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: PROJECT_ROOT, env: userEnvironment({ CAIRN_CONTENT_DIR: contentDir }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}`.split(`${contentDir}/`).join('') }));
  });
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('broken content, as a new user would write it', () => {
  it('covers at least 25 distinct mistakes', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(25);
  });

  describe.concurrent.each(cases)('$name', ({ files, expected }) => {
    it('npm run check names the file, line, field and fix, and exits 1 without a stack trace', async () => {
      const { status, output } = await run(['scripts/check.ts', '--content-only'], contentFolder(files));
      expect(output).toMatch(expected);
      expect(status).toBe(1);
      expect(output).not.toMatch(STACK_FRAME);
    });

    it('npm run build fails the same way and leaves the previous dist/ as it was', async () => {
      const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-keep-')), 'dist');
      mkdirSync(dist);
      writeFileSync(path.join(dist, 'index.html'), '<h1>last good build</h1>');
      const { status, output } = await run(['scripts/build.ts', '--outDir', dist], contentFolder(files));
      expect(output).toMatch(expected);
      expect(status).toBe(1);
      expect(output).not.toMatch(STACK_FRAME);
      expect(readdirSync(dist)).toEqual(['index.html']);
      expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('<h1>last good build</h1>');
    });
  });
});
