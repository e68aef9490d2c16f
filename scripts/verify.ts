#!/usr/bin/env node
/**
 * npm run verify [-- --dist dist] [--quick]
 *
 * Proves that what would be deployed is safe, valid and accessible, after `npm run build`:
 *   privacy        no non-public value in dist/, no private value in out/
 *   links          every internal link, anchor and asset resolves (also under a /portfolio/ base)
 *   html           html-validate over every page, zero errors
 *   ats            every resume PDF read back as a parser reads it: name, contacts, headings, bullets whole
 *   accessibility  axe-core in Chromium on every page type, light and dark: no serious/critical
 *   determinism    two builds of the same content are byte-identical
 * Every gate runs and reports; the command exits 1 if any failed. `--quick` skips the two gates
 * that build the site again (determinism and the base-path link check).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { describeLeaks, scanDirectSendFolder, scanForLeaks } from '../src/lib/privacy/scan.ts';
import { unreferencedFiles } from '../src/lib/privacy/unreferenced-files.ts';
import { unlistedLetterFiles } from '../src/lib/render/letters/paths.ts';
import { CHROME_ARGS, findChrome, HOW_TO_INSTALL_A_BROWSER } from '../src/lib/print/chrome.ts';
import { loadContent, type LoadedContent } from '../src/lib/content/load-content.ts';
import { checkAccessibility } from '../src/lib/gates/accessibility.ts';
import { checkAtsReadback } from '../src/lib/gates/ats-gate.ts';
import { createBuildContext } from '../src/lib/model/build-context.ts';
import { countFiles, diffFolders } from '../src/lib/gates/folder-diff.ts';
import type { GateResult } from '../src/lib/gates/gate.ts';
import { checkHtmlValidity } from '../src/lib/gates/html-validity.ts';
import { representativePages } from '../src/lib/gates/page-types.ts';
import { findBrokenLinks } from '../src/lib/gates/internal-links.ts';
import { publishedBasePath } from '../src/lib/content/site-settings.ts';
import { serveSite } from '../src/lib/print/http-server.ts';
import { readSiteFile, siteFiles, siteHasFile } from './lib/site-files.ts';
import { builtBasePath } from '../src/lib/gates/built-base-path.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { projectOptions } from './lib/options.ts';

const USAGE = 'npm run verify [-- --dist dist] [--quick]';

function buildInto(outDir: string, env: Record<string, string>): void {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new UsageError(`verify: a build for the checks failed:\n${result.stdout}\n${result.stderr}`);
}

function privacyGate(dist: string, out: string, content: LoadedContent, pdfTextCache: string, base: string): GateResult {
  const publicLeaks = scanForLeaks(dist, content, { pdfTextCache });
  const directLeaks = scanDirectSendFolder(out, content, pdfTextCache);
  const unlinked = unreferencedFiles(dist, { base, publicFolder: path.resolve('public'), unlisted: unlistedLetterFiles(content.letters), cacheFolder: pdfTextCache }).map((file) => `${path.join(path.basename(dist), file)}  is linked from no page, feed or manifest`);
  const failures = [...describeLeaks(publicLeaks).split('\n'), ...describeLeaks(directLeaks).split('\n'), ...unlinked].filter(Boolean);
  const checked = countFiles(dist) + countFiles(out);
  return {
    name: 'privacy',
    ok: failures.length === 0,
    summary: `${checked} files in ${path.basename(dist)}/ and ${path.basename(out)}/ scanned for every non-public value and every unlinked file: ${failures.length} found`,
    failures: failures.map((line) => line.trim()),
  };
}

function linkGate(folder: string, base: string, label: string): GateResult {
  const files = siteFiles(folder);
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ path: file, html: readSiteFile(folder, file) }));
  const broken = findBrokenLinks(pages, (relative) => siteHasFile(folder, relative), base);
  const links = pages.reduce((sum, page) => sum + (page.html.match(/\s(?:href|src)="/g)?.length ?? 0), 0);
  return {
    name: `links${label}`,
    ok: broken.length === 0,
    summary: `${links} links in ${pages.length} pages checked with base ${base}: ${broken.length} broken`,
    failures: broken.map((link) => `${link.page}  ${link.href}  ${link.reason}`),
  };
}

async function main(): Promise<void> {
  const { values } = parseCommandLine('verify', USAGE, {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'out' },
    quick: { type: 'boolean', default: false },
  });
  const dist = path.resolve(values.dist);
  const out = path.resolve(values.out);
  if (!existsSync(path.join(dist, 'index.html'))) throw new UsageError(`verify: ${values.dist}/index.html not found; run \`npm run build\` first`);
  const options = await projectOptions('verify');
  const load = loadContent(options.contentDir);
  const { content, profileFrontmatter } = load;
  const results: GateResult[] = [];
  const report = (result: GateResult) => {
    results.push(result);
    console.log(`verify: ${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.summary}`);
    for (const failure of result.failures) console.log(`        ${failure}`);
  };

  const base = publishedBasePath(profileFrontmatter, options);
  const builtFor = builtBasePath(dist);
  if (builtFor !== base) {
    throw new UsageError(
      `verify: ${values.dist}/ was built for the base path ${builtFor}, but the site address now gives ${base}; run verify with the same SITE_URL and BASE_PATH as the build, or build again`,
    );
  }
  report(privacyGate(dist, out, content, options.pdfTextCache, base));
  report(linkGate(dist, base, ''));

  const pages = siteFiles(dist).filter((file) => file.endsWith('.html')).map((file) => ({ path: file, html: readSiteFile(dist, file) }));
  report(await checkHtmlValidity(pages));
  report(await checkAtsReadback({ context: createBuildContext(load, options), dist, out }));

  const executablePath = findChrome(options.chromePath);
  if (!executablePath) {
    report({ name: 'accessibility', ok: false, summary: `no Chrome or Chromium found: ${HOW_TO_INSTALL_A_BROWSER}`, failures: [] });
  } else {
    const server = await serveSite(dist, base);
    const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
    try {
      report(await checkAccessibility(browser, server.siteUrl, representativePages(pages.map((page) => page.path))));
    } finally {
      await browser.close();
      await server.close();
    }
  }

  if (!values.quick) {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-verify-'));
    try {
      const epoch = String(Math.floor(Date.now() / 1000));
      const first = path.join(scratch, 'first');
      const second = path.join(scratch, 'second');
      buildInto(first, { SOURCE_DATE_EPOCH: epoch });
      buildInto(second, { SOURCE_DATE_EPOCH: epoch });
      const differences = diffFolders(first, second);
      report({
        name: 'determinism',
        ok: differences.length === 0,
        summary: `two builds of the same content compared byte for byte: ${countFiles(first)} files, ${differences.length} differ`,
        failures: differences.map((difference) => `${difference.file}  ${difference.change}`),
      });
      const portfolio = path.join(scratch, 'portfolio');
      buildInto(portfolio, { SOURCE_DATE_EPOCH: epoch, BASE_PATH: '/portfolio/' });
      report(linkGate(portfolio, '/portfolio/', ' (base /portfolio/)'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  const failed = results.filter((result) => !result.ok);
  console.log(`verify: ${results.length - failed.length} of ${results.length} gates passed${failed.length ? `; failed: ${failed.map((result) => result.name).join(', ')}` : ''}`);
  if (failed.length > 0) process.exit(1);
}

await runCommand(main);
