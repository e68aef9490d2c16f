import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentTypeOf, type Responder } from './http-server.ts';

/**
 * The fonts and stylesheet a resume prints with, read from npm packages and from src/styles, never
 * from the network or the system. The web page imports the same list through Vite (see
 * src/layouts/ResumePage.astro; a test keeps the two in step), so the website's resume and the
 * stand-alone documents printed for out/ use the same faces. The full weight files carry
 * `unicode-range`, so a name in Polish, Greek or Vietnamese still prints in Inter.
 */
export const RESUME_FONT_STYLESHEETS = [
  '@fontsource/inter/400.css',
  '@fontsource/inter/400-italic.css',
  '@fontsource/inter/600.css',
  '@fontsource/source-serif-4/400.css',
  '@fontsource/source-serif-4/400-italic.css',
  '@fontsource/source-serif-4/600.css',
] as const;

/**
 * Faces for what Inter and Source Serif do not draw — Arabic, Hebrew, Devanagari, Thai, Chinese,
 * Japanese, Korean and emoji — for printing only. A visitor's browser has its own fonts for these; the build machine may
 * have none (a bare CI runner prints CJK as empty boxes), so the printed PDF brings its own. Emoji
 * print in outline: Chromium's PDFs leave colour emoji glyphs blank. The families are named in
 * resume.css after the main faces; `unicode-range` means Chromium fetches only the slices a
 * resume's text needs.
 */
export const PRINT_FALLBACK_STYLESHEETS = [
  '@fontsource/noto-sans-arabic/400.css',
  '@fontsource/noto-sans-arabic/600.css',
  '@fontsource/noto-sans-hebrew/400.css',
  '@fontsource/noto-sans-hebrew/600.css',
  '@fontsource/noto-sans-devanagari/400.css',
  '@fontsource/noto-sans-devanagari/600.css',
  '@fontsource/noto-sans-thai/400.css',
  '@fontsource/noto-sans-thai/600.css',
  '@fontsource/noto-sans-sc/400.css',
  '@fontsource/noto-sans-sc/600.css',
  '@fontsource/noto-sans-kr/400.css',
  '@fontsource/noto-sans-kr/600.css',
  '@fontsource/noto-emoji/400.css',
] as const;

const require = createRequire(import.meta.url);

/** src/styles/resume.css, the one stylesheet of the resume sheet. */
export const RESUME_STYLESHEET = fileURLToPath(new URL('../../styles/resume.css', import.meta.url));

/** The folder of an npm package, found the way Node finds it. */
function packageFolder(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** `@fontsource/inter/400.css` → its package name and file inside it. */
function splitModule(specifier: string): { pkg: string; file: string } {
  const parts = specifier.split('/');
  return { pkg: parts.slice(0, 2).join('/'), file: parts.slice(2).join('/') };
}

function fontFaceRules(stylesheets: readonly string[], prefix: string): string {
  return stylesheets
    .map((specifier) => {
      const { pkg, file } = splitModule(specifier);
      const css = readFileSync(path.join(packageFolder(pkg), file), 'utf8');
      return css.replace(/url\(\.\/files\//g, `url(${prefix}${pkg}/files/`);
    })
    .join('\n');
}

/**
 * The @font-face rules of every resume font and the print fallbacks, with their `url(./files/…)`
 * pointing at `${prefix}<package>/files/…`, which `fontFile` serves.
 */
export function fontFaceCss(prefix: string): string {
  return fontFaceRules([...RESUME_FONT_STYLESHEETS, ...PRINT_FALLBACK_STYLESHEETS], prefix);
}

/** The print fallbacks alone: added to the website's own resume page (which has the main faces) when it is printed. */
export function fallbackFontFaceCss(prefix: string): string {
  return fontFaceRules(PRINT_FALLBACK_STYLESHEETS, prefix);
}

/** The path of a font file asked for as `<package>/files/<name>`, or undefined when it is not one of ours. */
export function fontFile(request: string): string | undefined {
  const match = /^(@fontsource\/[a-z0-9-]+)\/files\/([a-z0-9-]+\.woff2?)$/.exec(request);
  if (!match) return undefined;
  if (![...RESUME_FONT_STYLESHEETS, ...PRINT_FALLBACK_STYLESHEETS].some((specifier) => specifier.startsWith(`${match[1]}/`))) return undefined;
  return path.join(packageFolder(match[1]!), 'files', match[2]!);
}

/**
 * resume.css with the design stylesheets it imports (`@import './resume-designs/<name>.css';`)
 * written in place, as Vite bundles them for the website, so a stand-alone document needs one file.
 */
export function resumeCss(): string {
  return readFileSync(RESUME_STYLESHEET, 'utf8').replace(/^@import '(\.\/resume-designs\/[a-z0-9-]+\.css)';$/gm, (_, file: string) => readFileSync(fileURLToPath(new URL(file, pathToFileURL(RESUME_STYLESHEET))), 'utf8'));
}

/** Serves stand-alone resume documents (`/doc/<id>.html`), the resume stylesheet and its fonts. */
export function servePrintAssets(documents: ReadonlyMap<string, string>): Responder {
  return (url) => {
    const document = /^\/doc\/([a-z0-9-]+)\.html$/.exec(url.pathname);
    if (document) {
      const html = documents.get(document[1]!);
      return html === undefined ? undefined : { body: html, contentType: contentTypeOf('.html') };
    }
    if (url.pathname === '/resume.css') return { body: resumeCss(), contentType: contentTypeOf('.css') };
    if (url.pathname === '/fonts.css') return { body: fontFaceCss('/fonts/'), contentType: contentTypeOf('.css') };
    if (url.pathname === '/fallback-fonts.css') return { body: fallbackFontFaceCss('/fonts/'), contentType: contentTypeOf('.css') };
    const font = url.pathname.startsWith('/fonts/') ? fontFile(url.pathname.slice('/fonts/'.length)) : undefined;
    return font && existsSync(font) ? { body: readFileSync(font), contentType: contentTypeOf(font) } : undefined;
  };
}
