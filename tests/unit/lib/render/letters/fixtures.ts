import { loadContent, type LoadedContent, type LoadedEntry } from '../../../../../src/lib/content/load-content.ts';
import { letterView, type LetterView } from '../../../../../src/lib/model/letter-view.ts';
import { buildModel } from '../../../../../src/lib/model/model.ts';
import { visibleContent } from '../../../../../src/lib/model/visibility.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../../support/content-fixture.ts';

/**
 * Content for the letter tests: the minimal person (whose phone is resume-level and address
 * private), two resume variants in different designs, and letters written to disk and read back
 * through the real schemas.
 */

export const VARIANTS: Record<string, string> = {
  'resumes/platform.mdx': mdx('title: Platform\ntargetRole: Platform Engineer\nheadline: Platform engineer · Go, Kubernetes\npaper: a4', '\nA summary.\n'),
  'resumes/plain.mdx': mdx('title: Plain\ntargetRole: Site Reliability Engineer\ndesign: plain', '\nA summary.\n'),
  'resumes/for-sending.mdx': mdx('title: For sending\ntargetRole: Engineer\nheadline: Only for people I send it to\nvisibility: resume', '\nA summary.\n'),
};

export const LETTER_BODY = 'I would like to join **Globex** as a platform engineer.\n\nI cut checkout latency by 89% at Acme.\n';

export function letterFile(id: string, frontmatter: string, body = LETTER_BODY): Record<string, string> {
  return { [`letters/${id}.mdx`]: mdx(frontmatter, `\n${body}`) };
}

export const BASIC_LETTER = 'addressee: { name: Grace Hopper, title: Head of Platform }\ncompany: Globex\nrole: Senior Platform Engineer\nresume: platform\ndate: "2026-03-05"';

export function loadLetters(files: Record<string, string>): LoadedContent {
  const { content, problems } = loadContent(writeContentFolder({ ...minimalContent(), ...VARIANTS, ...files }));
  if (problems.length > 0) throw new Error(`fixture content has problems: ${JSON.stringify(problems)}`);
  return content;
}

/** The view of letter `id` for an audience, from content read through the schemas. */
export function viewOf(content: LoadedContent, id: string, audience: 'public' | 'resume'): LetterView {
  const entry = content.letters.find((letter) => letter.id === id) as LoadedEntry<'letters'>;
  const variant = content.resumes.find((resume) => resume.id === entry.data.resume)!;
  return letterView(entry, buildModel(visibleContent(content, audience)), variant, audience);
}
