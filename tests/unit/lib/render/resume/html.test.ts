import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderResumeArticle } from '../../../../../src/lib/render/resume/html.ts';
import { RESUME_FONT_STYLESHEETS, fontFaceCss, fontFile } from '../../../../../src/lib/print/print-assets.ts';
import { selectResume } from '../../../../../src/lib/model/resume/selection.ts';
import { PROJECT_ROOT } from '../../../../support/astro-build.ts';
import { accomplishmentFile, contentFolder, modelFor, resumeFile } from './fixtures.ts';

function articleOf(frontmatter: string, extra: Record<string, string> = {}) {
  const model = modelFor(contentFolder({ ...resumeFile('path', frontmatter), ...extra }));
  return renderResumeArticle(selectResume(model, 'path'));
}

describe('renderResumeArticle', () => {
  it('prints the sections in the variant’s order under standard headings, skipping empty ones', () => {
    const html = articleOf('sections: [skills, experience, summary, learning]');
    const headings = [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((match) => match[1]);
    // No learning entries in this content: no "Certifications" heading without anything under it.
    expect(headings).toEqual(['Skills', 'Experience', 'Summary']);
  });

  it('escapes what people write, so a bullet cannot become markup', () => {
    const html = articleOf('limits: { bulletsPerRole: 9 }', accomplishmentFile({ date: '2022-01-05', slug: 'markup', role: 'acme', bullet: 'Shipped <script>alert(1)</script> & "quotes" in 2 weeks.' }));
    expect(html).toContain('Shipped &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; in 2 weeks.');
    expect(html).not.toContain('<script>');
  });

  it('carries no inline style, which the site’s Content-Security-Policy would refuse', () => {
    const html = articleOf('design: plain\npaper: a4');
    expect(html).not.toMatch(/<style|\sstyle="/);
    expect(html).toMatch(/^<article class="resume" data-resume="path" data-design="plain" data-paper="a4">/);
  });

  it('shows links as their address, so they still work on paper', () => {
    const html = articleOf('sections: [summary, links]');
    expect(html).toContain('<a href="https://github.example/ada">github.example/ada</a>');
    expect(html).toContain('<a href="https://ada.example">ada.example</a>');
    expect(html).toContain('<a href="mailto:ada@ada.example">ada@ada.example</a>');
  });

  it('puts profile links in the header when there is no links section', () => {
    const html = articleOf('sections: [summary]');
    expect(html).toMatch(/<header class="resume-header">.*github\.example\/ada.*<\/header>/);
  });

  it('groups consecutive roles at one organisation under one heading', () => {
    const model = modelFor(
      contentFolder({
        ...resumeFile('path', ''),
        'roles/acme-junior.mdx': `---\norganisation: Acme Corp\ntitle: Engineer\nstart: "2019-06"\nend: "2019-12"\nsummary: Joined Acme.\n---\n`,
      }),
    );
    const html = renderResumeArticle(selectResume(model, 'path'));
    expect(html.match(/<h3 class="resume-org-head">/g)).toHaveLength(2);
    expect(html.match(/data-role="/g)).toHaveLength(3);
  });
});

describe('resume fonts', () => {
  it('are the same list in the web page layout and in the stand-alone print documents', () => {
    const layout = readFileSync(path.join(PROJECT_ROOT, 'src/layouts/ResumePage.astro'), 'utf8');
    const imported = [...layout.matchAll(/^import '(@fontsource\/[^']+)';$/gm)].map((match) => match[1]);
    expect(imported).toEqual([...RESUME_FONT_STYLESHEETS]);
  });

  it('resolve to font files inside the npm packages, and nothing else', () => {
    const css = fontFaceCss('/fonts/');
    const urls = [...css.matchAll(/url\(\/fonts\/([^)]+)\)/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(fontFile(url), url).toMatch(/node_modules\/@fontsource\/(inter|source-serif-4|noto-sans-(arabic|hebrew|devanagari|thai|sc|kr)|noto-emoji)\/files\/.+\.woff2?$/);
    for (const url of urls) expect(existsSync(fontFile(url)!), url).toBe(true);
    expect(fontFile('@fontsource/inter/files/../../../../etc/passwd')).toBeUndefined();
    expect(fontFile('@fontsource/roboto/files/roboto-latin-400-normal.woff2')).toBeUndefined();
  });
});
