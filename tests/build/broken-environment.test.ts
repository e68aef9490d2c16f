import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, userEnvironment } from '../support/astro-build.ts';
import { CHROME } from '../support/build-context.ts';
import { startPrinter } from '../../src/lib/print/printer.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/**
 * A machine that lets the build down rather than the content: a browser that will not run, a
 * temporary folder that cannot be written. Each is one line saying what and how to fix it, exit 1,
 * no stack trace, and the last good dist/ kept.
 */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** `npm run build` of a small person with one resume, into `<scratch>/<site>`, with `env` added and an empty PDF cache. */
function build(env: Record<string, string> | ((scratch: string) => Record<string, string>), site = 'dist') {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-broken-environment-'));
  const added = typeof env === 'function' ? env(scratch) : env;
  const contentDir = writeContentFolder({ ...minimalContent(), 'resumes/platform.mdx': mdx('title: Platform\ntargetRole: Staff Engineer', '\nPlatform engineer.\n') });
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', path.join(scratch, site)], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: userEnvironment({ CAIRN_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795000000', CAIRN_PDF_CACHE: path.join(scratch, 'pdf-cache'), ...added }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { scratch, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a browser that cannot print', () => {
  it('that exits as soon as it starts stops the build with one line naming it, and no stack trace', () => {
    const result = build({ CHROME_PATH: '/bin/false' });
    expect(result.status, result.output).toBe(1);
    expect(result.output).toMatch(/^.*PDFs cannot be printed with the browser at \/bin\/false: it exited as soon as it started \(exit code 1\)\.$/m);
    expect(result.output).toMatch(/set CHROME_PATH to one that does/);
    expect(result.output).not.toMatch(STACK_FRAME);
    expect(result.output).not.toMatch(/Call log:|Browser logs:/);
    expect(readdirSync(result.scratch)).not.toContain('dist');
  });

  it.skipIf(!CHROME)('that closes while printing says so in one line, naming the page', async () => {
    const printer = await startPrinter(CHROME!, { print: () => undefined });
    const [tab] = printer.tabs;
    await printer.close();
    const error = await tab!.open(`${printer.origins['print']}/doc/resume.html`).then(() => undefined, (caught: unknown) => caught as Error);
    expect(error?.message).toBe(`PDFs cannot be printed with the browser at ${CHROME}: it closed while printing /doc/resume.html.`);
    expect(error?.stack).toBe('');
  });
});

describe('a temporary folder that cannot be used', () => {
  it('stops the build at once with one line naming the folder, and no stack trace', () => {
    const missing = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-no-tmp-')), 'missing');
    const result = build({ TMPDIR: missing });
    expect(result.status, result.output).toBe(1);
    expect(result.output.trim()).toBe(`build: the temporary folder ${missing} cannot be used: no such folder; set TMPDIR to a folder that exists and can be written`);
    expect(readdirSync(result.scratch)).not.toContain('dist');
  });
});

describe('a site folder that would hold the private copies', () => {
  it('named out, the folder the direct-send copies go beside it, stops the build before it starts', () => {
    const result = build({}, 'out');
    const site = path.join(result.scratch, 'out');
    expect(result.status, result.output).toBe(1);
    expect(result.output.trim()).toBe(
      `build: the site is built into ${site}, a folder named out: the private copies go to the out folder beside the site's, so resumes with private details and print cards would be published. Build the site into another folder (--outDir dist), or set CAIRN_OUT_DIR to a folder outside it.`,
    );
    expect(readdirSync(result.scratch)).toEqual([]);
  });

  it('holding the configured out folder stops the build too, naming the setting', () => {
    const result = build((scratch) => ({ CAIRN_OUT_DIR: path.join(scratch, 'dist', 'private') }));
    const site = path.join(result.scratch, 'dist');
    expect(result.status, result.output).toBe(1);
    expect(result.output.trim()).toMatch(/^build: the site is built into .*, and the out folder \(outDir, CAIRN_OUT_DIR\) is .*, so resumes with private details/);
    expect(result.output).toContain(`is ${path.join(site, 'private')},`);
    expect(readdirSync(result.scratch)).toEqual([]);
  });
});
