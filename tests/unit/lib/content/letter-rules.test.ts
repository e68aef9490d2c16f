import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { checkLetters } from '../../../../src/lib/content/letter-rules.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { mdx, minimalContent, withoutFolder, writeContentFolder } from '../../../support/content-fixture.ts';
import { BASIC_LETTER, VARIANTS, letterFile } from '../render/letters/fixtures.ts';

function problemLines(files: Record<string, string>): string[] {
  const folder = writeContentFolder({ ...minimalContent(), ...files });
  const { content, problems } = loadContent(folder);
  expect(problems).toEqual([]);
  return withoutFolder(folder, checkLetters(content).map(formatProblem));
}

describe('checkLetters', () => {
  it('accepts a letter that names an existing variant', () => {
    expect(problemLines({ ...VARIANTS, ...letterFile('globex', BASIC_LETTER) })).toEqual([]);
  });

  it('names the file, line and field of an unknown variant, with the likely one', () => {
    expect(problemLines({ ...VARIANTS, ...letterFile('globex', BASIC_LETTER.replace('resume: platform', 'resume: platfrom')) })).toEqual([
      'letters/globex.mdx:5  resume  no resume variant with this id exists in content/resumes/; received "platfrom"  (did you mean "platform"?)',
    ]);
  });

  it('lists the variants there are when nothing is close', () => {
    expect(problemLines({ ...VARIANTS, ...letterFile('globex', BASIC_LETTER.replace('resume: platform', 'resume: zzz')) })).toEqual([
      'letters/globex.mdx:5  resume  no resume variant with this id exists in content/resumes/; received "zzz"  (use one of: for-sending, plain, platform)',
    ]);
  });

  it('refuses a private variant, which is never built', () => {
    const files = { 'resumes/hidden.mdx': mdx('title: Hidden\ntargetRole: Engineer\nvisibility: private'), ...letterFile('globex', BASIC_LETTER.replace('resume: platform', 'resume: hidden')) };
    expect(problemLines(files)[0]).toMatch(/^letters\/globex\.mdx:5 {2}resume {2}accompanies resume "hidden", which is private and never built; received "hidden" {2}\(set visibility: resume in .*resumes\/hidden\.mdx to build it for sending, or name another variant\)$/);
  });

  it('asks for the text of a letter whose body is empty', () => {
    expect(problemLines({ ...VARIANTS, ...letterFile('globex', BASIC_LETTER, '\n') }).map((line) => line.replace(/^\S*letters\//, 'letters/'))).toEqual([
      'letters/globex.mdx  body  the letter has no text  (write the letter in Markdown below the closing --- line)',
    ]);
  });
});
