import { describe, expect, it } from 'vitest';
import { buildOutputFilter, failedBuildLine, warningCollector } from '../../../../src/lib/build/build-output.ts';

/** The shape of Astro 7's build output for a small site, with Cairn's stage lines between. */
const ASTRO_OUTPUT = `03:39:59 [WARN] [content] data store cleared (force)
03:40:00 [WARN] [cairn] de: 158 fields in 54 files fall back to en (shown in English); run npm run check for the list
03:40:00 [content] Syncing content
03:40:00 [content] Synced content
03:40:00 [types] Generated 832ms
03:40:00 [build] output: "static"
03:40:00 [build] mode: "static"
03:40:00 [build] directory: /home/me/career/.dist-building/
03:40:00 [build] Collecting build info...
03:40:00 [build] ✓ Completed in 1.00s.
03:40:00 [build] Building static entrypoints...
03:40:01 [vite] ✓ built in 552ms
03:40:01 [vite] Re-optimizing dependencies because vite config has changed
03:40:01 [build] Rearranging server assets...
03:40:01 [build] Waiting for integration "cairn:stages", hook "astro:build:done"...

 generating static routes 
03:40:01   ├─ /404.html (+14ms) 
03:40:01   └─ /work/index.html (+33ms) 
03:40:02 ✓ Completed in 761ms.

03:40:02 [build] ✓ Completed in 1.39s.
03:40:02 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`.dist-building\`
03:40:05 [cairn:resumes] 12 PDFs; 6 direct-send copies in /home/me/career/.out-building/resumes (2.51 s)
03:40:05 [ERROR] [cairn] something a person must read
03:40:05 [build] 131 page(s) built in 5.66s
03:40:05 [build] Complete!`;

const renames = new Map([
  ['/home/me/career/.dist-building', '/home/me/career/dist'],
  ['/home/me/career/.out-building', '/home/me/career/out'],
]);

function shown(verbose: boolean, text = ASTRO_OUTPUT): string[] {
  const filter = buildOutputFilter({ verbose, renames });
  return text.split('\n').flatMap((line) => filter(line) ?? []);
}

describe('buildOutputFilter', () => {
  it('shows warnings, errors, Cairn’s stage lines and the result, without a line per page', () => {
    expect(shown(false)).toEqual([
      '03:40:00 [WARN] [cairn] de: 158 fields in 54 files fall back to en (shown in English); run npm run check for the list',
      '',
      '03:40:05 [cairn:resumes] 12 PDFs; 6 direct-send copies in /home/me/career/out/resumes (2.51 s)',
      '03:40:05 [ERROR] [cairn] something a person must read',
      '03:40:05 [build] 131 page(s) built in 5.66s',
      '03:40:05 [build] Complete!',
    ]);
  });

  it('shows every line with --verbose, staging folders named as the folders they become', () => {
    const lines = shown(true);
    expect(lines).toHaveLength(ASTRO_OUTPUT.split('\n').length);
    expect(lines).toContain('03:40:00 [build] directory: /home/me/career/dist/');
    expect(lines.join('\n')).not.toContain('-building');
  });

  it('recognises progress lines in colour, as Astro prints them to a terminal', () => {
    expect(shown(false, '\u001b[2m03:40:01\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/404.html\u001b[22m (+14ms)\n\u001b[33m[WARN]\u001b[39m keep me')).toEqual(['\u001b[33m[WARN]\u001b[39m keep me']);
  });

  it('takes out the halves of page lines that other pages’ lines split, keeping whatever else was printed between them', () => {
    // Eight pages at a time: a page's "(+3ms)" comes after other pages' lines, and a warning can follow a half line.
    const interleaved = [
      '03:40:01   ├─ /work/a/index.html03:40:01   ├─ /work/b/index.html (restored)',
      ' (+14ms) ',
      '03:40:01   ├─ /work/c/index.html03:40:02 [WARN] [cairn] keep me',
      '\u001b[2m03:40:02\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/rss.xml\u001b[22m \u001b[2m(+3ms)\u001b[22m  (+1.20s) ',
      '03:40:02   ├─ /empty/index.html (+2ms) (file not created, response body was empty)',
      '03:40:02 [cairn] pages at 12:30:45 stay',
    ].join('\n');
    expect(shown(false, interleaved)).toEqual(['03:40:02 [WARN] [cairn] keep me', '03:40:02 [cairn] pages at 12:30:45 stay']);
  });

  it('takes out only page lines and their times: an image line keeps its own time', () => {
    expect(shown(false, '03:40:03   ▶ /_astro/portrait.webp (before: 120kB, after: 40kB) (+88ms) (1/2)\n03:40:03 [cairn] took (+3ms) here')).toEqual([
      '03:40:03   ▶ /_astro/portrait.webp (before: 120kB, after: 40kB) (+88ms) (1/2)',
      '03:40:03 [cairn] took (+3ms) here',
    ]);
  });
});

describe('warningCollector', () => {
  it('keeps each warning with the lines it continues on, and nothing else', () => {
    const collector = warningCollector();
    const lines = [
      '03:40:00 [content] Syncing content',
      '03:40:01 [WARN] [cairn:images] 2 values left out of business cards and social images:',
      '  content/profile.mdx:4 headline: 🦄 has no glyph in the card fonts',
      '  content/pitches/intro.mdx:2 text: too long for the back of the card',
      '03:40:02 [cairn:images] 4 business cards and 81 Open Graph images: 0 made, 85 from the cache (0.3 s)',
      '  ├─ not a continuation: the warning ended at the stamped line',
      '\u001b[33m03:40:03 [WARN]\u001b[39m [cairn] de: 3 fields fall back to en',
      'build: site written to dist/, copies to send to out/',
    ];
    for (const line of lines) collector.observe(line);
    expect(collector.warnings).toEqual([lines[1], lines[2], lines[3], lines[6]]);
  });
});

describe('failedBuildLine', () => {
  const kept = ' dist/ and out/ still hold the last good build.';

  it('says a build stopped with Ctrl+C was stopped, not failed', () => {
    expect(failedBuildLine({ status: null, signal: 'SIGINT' }, kept)).toBe(`build: stopped; nothing was replaced.${kept}`);
    expect(failedBuildLine({ status: 130, signal: null }, '')).toBe('build: stopped; nothing was replaced.');
  });

  it('says why a build whose Astro process was killed failed, since Astro could not say so itself', () => {
    const line = failedBuildLine({ status: null, signal: 'SIGKILL' }, kept);
    expect(line).toMatch(/^build: failed: Astro's process was killed \(SIGKILL\), as happens when memory runs out; nothing was replaced\./);
    expect(line).toContain(kept);
    expect(line).toMatch(/more memory; then build again\.$/);
    expect(failedBuildLine({ status: null, signal: 'SIGTERM' }, '')).toBe("build: failed: Astro's process was ended by SIGTERM; nothing was replaced.");
  });

  it('leaves the reason of a failure Astro reported to the lines above', () => {
    expect(failedBuildLine({ status: 1, signal: null }, kept)).toBe(`build: failed; nothing was replaced.${kept}`);
  });
});
