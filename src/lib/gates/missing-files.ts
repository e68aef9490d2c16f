import type { Page } from 'playwright-core';

/**
 * The paths of the stylesheets, fonts, scripts and images a page asks for and the server does not
 * have, filled in as the page loads: one missing stylesheet leaves a page unstyled, which a
 * screenshot or an accessibility check would otherwise judge as if it were the real page.
 */
export function watchMissingFiles(page: Page): string[] {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') missing.push(new URL(response.url()).pathname);
  });
  return missing;
}
