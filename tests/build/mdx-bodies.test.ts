import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readSiteFile } from '../../scripts/lib/site-files.ts';
import { astroBuild } from '../support/astro-build.ts';
import { minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/** The case study's story: the entry's body as the page shows it. */
function storyOf(page: string): string {
  return /<div class="story">([\s\S]*?)<\/div> <aside class="case-facts">/.exec(page)?.[1] ?? page;
}

describe('accomplishment bodies', () => {
  it('render plain Markdown and real MDX alike, each as its author wrote it, and publish only public pictures', async () => {
    const files = minimalContent();
    files['accomplishments/2021-05-04-latency.mdx'] = files['accomplishments/2021-05-04-latency.mdx']!.replace(
      /\n---\n[\s\S]*$/,
      '\n---\n\n{/* note to self: ask Priya for the exact p99 */}\n\n## Situation\n\nCheckout was *slow* at peak; see [the write-up](https://example.com/post).\n\n- pooled connections\n- removed a lock\n',
    );
    files['accomplishments/2018-03-02-billing.mdx'] += '\nThe run now takes {6 * 60 / 9} minutes, the <abbr title="service-level objective">SLO</abbr> holds.\n\n![The new pipeline](../../pictures/pipeline-diagram.png)\n';
    files['resumes/general.mdx'] = '---\ntitle: General\ntargetRole: Engineer\n---\n\nEngineer who ships. <script>globalThis.summaryRan = true</script> {/* tailor for fintech */}\n';
    // A private entry's picture must not be emitted to dist/: no page shows it, but it would be deployed.
    files['accomplishments/2022-07-01-secret-reorg.mdx'] += '\n![The reorganisation](../../pictures/reorg-chart.png)\n';
    // Pictures kept beside the content folder, as a person might keep them in their repository.
    const project = mkdtempSync(path.join(os.tmpdir(), 'cairn-pictures-'));
    const contentDir = path.join(project, 'content');
    renameSync(writeContentFolder(files), contentDir);
    mkdirSync(path.join(project, 'pictures'));
    for (const [name, colour] of [['pipeline-diagram', '#1f5f4f'], ['reorg-chart', '#b45309']] as const) {
      writeFileSync(path.join(project, 'pictures', `${name}.png`), await sharp({ create: { width: 40, height: 20, channels: 3, background: colour } }).png().toBuffer());
    }
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-bodies-')), 'dist');
    const result = astroBuild({ contentDir, outDir: dist });
    expect(result.status, result.output).toBe(0);

    expect(storyOf(readSiteFile(dist, 'work/2021-05-04-latency/index.html')).trim()).toBe(
      '<h2 id="situation">Situation</h2>\n<p>Checkout was <em>slow</em> at peak; see <a href="https://example.com/post">the write-up</a>.</p>\n<ul>\n<li>pooled connections</li>\n<li>removed a lock</li>\n</ul>',
    );
    // The expression is evaluated and the element kept: this body went through the MDX compiler.
    expect(storyOf(readSiteFile(dist, 'work/2018-03-02-billing/index.html'))).toContain('The run now takes 40 minutes, the <abbr title="service-level objective">SLO</abbr> holds.');
    // Author comments reach no page, not even a description; the resume list shows the summary as the resume does.
    const latency = readSiteFile(dist, 'work/2021-05-04-latency/index.html');
    expect(latency).not.toContain('note to self');
    const resumes = readSiteFile(dist, 'resumes/index.html');
    expect(resumes).toContain('Engineer who ships. &lt;script&gt;');
    expect(resumes).not.toMatch(/<script>globalThis|tailor for fintech/);
    const emitted = readdirSync(path.join(dist, '_astro'));
    expect(emitted.some((file) => file.startsWith('pipeline-diagram'))).toBe(true);
    expect(emitted.filter((file) => file.startsWith('reorg-chart'))).toEqual([]);
  });
});
