// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDirectory } from './src/lib/content-files.ts';
import { publishedBasePath, publishedSiteUrl } from './src/lib/site-settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { privacyGuard } from './src/integrations/privacy-guard.ts';

export default defineConfig({
  site: publishedSiteUrl(contentDirectory()),
  base: publishedBasePath(),
  trailingSlash: 'always',
  // Lossless whitespace removal: the 'jsx' default would drop spaces between inline elements.
  compressHTML: true,
  integrations: [contentCheck(), mdx(), sitemap(), privacyGuard()],
  devToolbar: { enabled: false },
});
