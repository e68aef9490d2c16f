import type { FileDigests } from '../../lib/build/file-digests.ts';

/** The site Astro has just written, as the stages after it need to know it. */
export interface BuiltSite {
  /** The folder Astro wrote the site to (the build's staging folder, swapped in at the end). */
  dist: string;
  /** The base path, `/` or e.g. `/portfolio/`. */
  base: string;
  /** The published address as configured, e.g. `https://you.github.io/portfolio/`. */
  site: string | undefined;
  /** The address of the site's root page: `site` with the base path, ending in `/`. */
  siteUrl: string;
  /** The project's public/ folder, whose files are published as they are. */
  publicDir: string;
  /** Told of each PDF a stage prints, once it is written: its text is read ahead for the privacy guard. */
  pdfWritten?: ((file: string) => void) | undefined;
  /** The digests of the site's files the stages read or wrote, which the privacy guard takes instead of reading them again. */
  digests?: FileDigests | undefined;
}
