import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { checkContentRules } from '../../../../src/lib/content/content-rules.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { mdx, minimalContent, withoutFolder, writeContentFolder } from '../../../support/content-fixture.ts';

/** Every problem `npm run check` would print for these files, as a person sees them. */
function checkLines(files: Record<string, string>): string[] {
  const folder = writeContentFolder(files);
  const { content, problems } = loadContent(folder);
  return withoutFolder(folder, [...problems, ...checkContentRules(content)].map(formatProblem)).sort();
}

const LETTER = mdx('addressee: { name: Grace Hopper }\ncompany: Globex\nrole: Platform Engineer\nresume: for-globex\ndate: "2026-03-05"', '\nI would like to join Globex.\n');

describe('checkContentRules on an entry whose own file is broken', () => {
  it('names only the broken file, not every entry that points at it', () => {
    const files = minimalContent();
    // acme has two accomplishments and go three; a variant pins the latency story and names acme and go; a letter goes with a broken variant.
    files['roles/acme.mdx'] = files['roles/acme.mdx']!.replace('"2020-01"', '"2020-13"');
    files['skills/go.mdx'] = files['skills/go.mdx']!.replace('level: expert', 'level: guru');
    files['accomplishments/2021-05-04-latency.mdx'] = files['accomplishments/2021-05-04-latency.mdx']!.replace('featured: true', 'featured: yes please');
    files['resumes/platform.mdx'] = mdx('title: Platform\ntargetRole: Platform Engineer\npinned: [2021-05-04-latency]\nemphasis: { skills: { go: 2 } }\ninclude: { roles: [acme] }');
    files['resumes/for-globex.mdx'] = mdx('title: For Globex\ntargetRole: Platform Engineer\npaper: a5');
    files['letters/globex.mdx'] = LETTER;

    expect(checkLines(files)).toEqual([
      'accomplishments/2021-05-04-latency.mdx:10  featured  must be true or false; received "yes please"',
      'resumes/for-globex.mdx:4  paper  must be letter or a4; received "a5"',
      'roles/acme.mdx:4  start  not a real date: use YYYY-MM-DD or YYYY-MM; received "2020-13"',
      'skills/go.mdx:4  level  must be one of learning, working, advanced, expert; received "guru"',
    ]);
  });

  it('still suggests the broken entry for a misspelt reference to it', () => {
    const files = minimalContent();
    files['roles/acme.mdx'] = files['roles/acme.mdx']!.replace('"2020-01"', '"2020-13"');
    files['accomplishments/2021-05-04-latency.mdx'] = files['accomplishments/2021-05-04-latency.mdx']!.replace('role: acme', 'role: acmee');
    expect(checkLines(files)).toEqual([
      'accomplishments/2021-05-04-latency.mdx:4  role  no role with id "acmee" exists in content/roles/  (did you mean "acme"?)',
      'roles/acme.mdx:4  start  not a real date: use YYYY-MM-DD or YYYY-MM; received "2020-13"',
    ]);
  });

  it('still names a reference to an id that no file has', () => {
    const files = minimalContent();
    files['accomplishments/2021-05-04-latency.mdx'] = files['accomplishments/2021-05-04-latency.mdx']!.replace('role: acme', 'role: acme-corp');
    expect(checkLines(files)).toEqual(['accomplishments/2021-05-04-latency.mdx:4  role  no role with id "acme-corp" exists in content/roles/  (did you mean "acme"?)']);
  });
});

describe('checkContentRules on a photo written as a path', () => {
  const publicDir = mkdtempSync(path.join(os.tmpdir(), 'cairn-public-'));
  writeFileSync(path.join(publicDir, 'portrait.jpg'), 'jpeg');
  writeFileSync(path.join(path.dirname(publicDir), 'cairn-outside-public.jpg'), 'jpeg');

  function photoLines(photo: string): string[] {
    const files = minimalContent();
    files['profile.mdx'] = files['profile.mdx']!.replace(/^---\n/, `---\nphoto: "${photo}"\n`);
    const folder = writeContentFolder(files);
    const { content } = loadContent(folder);
    return withoutFolder(folder, checkContentRules(content, { publicDir }).map(formatProblem));
  }

  it('accepts a file in public/', () => {
    expect(photoLines('/portrait.jpg')).toEqual([]);
  });

  it('refuses a path leading out of public/, even to a file that exists', () => {
    expect(photoLines('/../cairn-outside-public.jpg')).toEqual(['profile.mdx:2  photo  the photo must be a file inside public/; received "/../cairn-outside-public.jpg"  (put the picture in public/ and write its path from there, such as /photo.jpg)']);
  });

  it('says to leave out public/ when the path starts with it', () => {
    expect(photoLines('public/portrait.jpg')).toEqual(['profile.mdx:2  photo  a photo path is read from public/ already; received "public/portrait.jpg"  (write /portrait.jpg)']);
  });
});
