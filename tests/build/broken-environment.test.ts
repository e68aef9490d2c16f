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

/** `npm run build` of a small person with one resume, into `<scratch>/dist`, with `env` added and an empty PDF cache. */
function build(env: Record<string, string>) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-broken-environment-'));
  const contentDir = writeContentFolder({ ...minimalContent(), 'resumes/platform.mdx': mdx('title: Platform\ntargetRole: Staff Engineer', '\nPlatform engineer.\n') });
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', path.join(scratch, 'dist')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: userEnvironment({ CAIRN_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795000000', CAIRN_PDF_CACHE: path.join(scratch, 'pdf-cache'), ...env }),
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
