import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { GateResult } from './gate.ts';
import { watchMissingFiles } from './missing-files.ts';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into each page as a script. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in Chromium on each page, in the light and the dark colour scheme, and fails on
 * any serious or critical violation (WCAG 2.1 A and AA rules).
 */
export async function checkAccessibility(browser: Browser, baseUrl: string, pathnames: readonly string[]): Promise<GateResult> {
  const failures: string[] = [];
  let minor = 0;
  const { origin } = new URL(baseUrl);
  for (const scheme of ['light', 'dark'] as const) {
    // axe is injected as a script: the pages' own Content-Security-Policy would (rightly) block it.
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
    // A short address's page sends the reader on to the site's published address: answering that
    // navigation with "no content" keeps the page, so it is checked as served whenever its refresh
    // fires. Anything else from another origin (a photo given by address) loads as before.
    await context.route(
      (address) => address.origin !== origin,
      (route) => {
        const request = route.request();
        return request.isNavigationRequest() && request.frame().parentFrame() === null ? route.fulfill({ status: 204 }) : route.continue();
      },
    );
    for (const pathname of pathnames) {
      const page = await context.newPage();
      const missing = watchMissingFiles(page);
      await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
      if (scheme === 'light') for (const file of missing) failures.push(`${pathname}  loads ${file}, which the server could not find (is the site built for another base path?)`);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = (await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations;
      })) as AxeViolation[];
      for (const violation of violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ');
          failures.push(`${pathname} (${scheme})  ${violation.impact}  ${violation.id}: ${violation.help}  at ${where}`);
        } else {
          minor++;
        }
      }
      await page.close();
    }
    await context.close();
  }
  return {
    name: 'accessibility',
    ok: failures.length === 0,
    summary: `${pathnames.length} page types × light and dark checked with axe-core: ${failures.length} serious or critical, ${minor} minor`,
    failures,
  };
}
