import { describe, expect, it } from 'vitest';
import { loadJsonResumeTheme, themedPage } from '../../../../src/lib/print/json-resume-theme.ts';
import { designLayout, DESIGN_LAYOUTS, jsonResumeTheme } from '../../../../src/lib/render/resume/designs.ts';
import { toJsonResume } from '../../../../src/lib/render/resume/json-resume-export.ts';
import { selectResume } from '../../../../src/lib/model/resume/selection.ts';
import { ResumeSchema } from '../../../../src/schemas/resume.ts';
import { PROJECT_ROOT } from '../../../support/astro-build.ts';
import { contentFolder, modelFor, resumeFile } from '../render/resume/fixtures.ts';

describe('a JSON Resume theme as a design', () => {
  it('is written jsonresume:<theme>, and a name that no npm package could have is refused', () => {
    const design = (value: unknown) => ResumeSchema.safeParse({ title: 'A', targetRole: 'B', design: value });
    expect(design('jsonresume:even').data?.design).toBe('jsonresume:even');
    expect(design('jsonresume:').success).toBe(false);
    expect(design('jsonresume:Even Theme').success).toBe(false);
    expect(jsonResumeTheme('jsonresume:even')).toBe('even');
    expect(jsonResumeTheme('classic')).toBeUndefined();
    // The website shows such a variant in the branded layout.
    expect(designLayout('jsonresume:even')).toBe(DESIGN_LAYOUTS.branded);
  });

  it('says in one line which package to install when the theme is not there', async () => {
    const error = await loadJsonResumeTheme('no-such-theme-here', PROJECT_ROOT, 'content/resumes/general.mdx').catch((caught: Error & { hint?: string }) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('content/resumes/general.mdx: design is "jsonresume:no-such-theme-here", but the npm package jsonresume-theme-no-such-theme-here is not installed.');
    expect((error as { hint?: string }).hint).toBe("Install it with npm install --save-dev jsonresume-theme-no-such-theme-here, or choose one of Cairn's designs: branded, plain, classic, sidebar, compact.");
  });

  it('renders the JSON Resume export with an installed theme, on the variant’s paper', async () => {
    const theme = await loadJsonResumeTheme('even', PROJECT_ROOT, 'content/resumes/path.mdx');
    expect(theme.version).toMatch(/^\d+\.\d+\.\d+/);
    const view = selectResume(modelFor(contentFolder(resumeFile('path', 'design: jsonresume:even\npaper: a4'))), 'path');
    const page = themedPage(await theme.render(toJsonResume(view)), view.variant.paper);
    expect(page).toContain('Ada Example');
    for (const bullet of view.roles.flatMap((role) => role.bullets)) expect(page).toContain(bullet.text);
    expect(page).toMatch(/<style>@page \{ size: A4; \}<\/style><\/head>/i);
    expect(themedPage('<p>no head</p>', 'letter')).toBe('<style>@page { size: letter; }</style><p>no head</p>');
  });
});
