// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDirectory } from './src/lib/content/load-content.ts';
import { profilePhoto, publishedBasePath, publishedSiteUrl } from './src/lib/content/site-settings.ts';
import { photoOrigin } from './src/lib/content/photo.ts';
import { brandImages } from './src/integrations/brand-images.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { privacyGuard } from './src/integrations/privacy-guard.ts';
import { resumePdf } from './src/integrations/resume-pdf.ts';
import { sitemapLanguages } from './src/lib/render/sitemap.ts';
import { coverLetters } from './src/integrations/cover-letters.ts';
import { tableAlignmentAsClass } from './src/lib/render/table-alignment.ts';

// A portrait given as a web address is the one image the pages may load from another site.
const photoSite = photoOrigin(profilePhoto(contentDirectory()));

export default defineConfig({
  site: publishedSiteUrl(contentDirectory()),
  base: publishedBasePath(contentDirectory()),
  trailingSlash: 'always',
  // Lossless whitespace removal: the 'jsx' default would drop spaces between inline elements.
  compressHTML: true,
  integrations: [buildTimings(), contentCheck(), mdx(), sitemap(sitemapLanguages(contentDirectory())), resumePdf(), coverLetters(), brandImages(), privacyGuard()],
  devToolbar: { enabled: false },
  // Astro marks every content module with a "use astro:head-inject" directive, which Rolldown warns
  // about once per content file (withastro/astro#18087): 70 harmless warnings, 800 lines, per build.
  vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
  // Code in stories is shown plainly: Shiki's inline styles would need 'unsafe-inline' under the CSP.
  // Table alignment becomes a class: the CSP below drops the style attributes Markdown writes.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [tableAlignmentAsClass] }) },
  security: {
    // Pages carry a Content-Security-Policy meta tag: Astro hashes its own styles and scripts;
    // everything else may only come from the site itself.
    csp: {
      directives: ["default-src 'self'", photoSite ? `img-src 'self' data: ${photoSite}` : "img-src 'self' data:", "font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
