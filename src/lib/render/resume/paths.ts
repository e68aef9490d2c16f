import path from 'node:path';
import { href } from '../urls.ts';

/**
 * Where each resume output lives. The website (dist/) has `/resume/<id>/` and its downloads;
 * direct-send copies, which may carry resume-level contact details, go to `out/resumes/` beside
 * the build folder — never inside it, so deploying dist/ can never publish them.
 */

export const RESUME_FORMATS = ['pdf', 'docx', 'txt', 'md', 'json'] as const;
export type ResumeFormat = (typeof RESUME_FORMATS)[number];

export const FORMAT_LABELS: Record<ResumeFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
  txt: 'Plain text (ATS)',
  md: 'Markdown',
  json: 'JSON Resume',
};

/** Files of a variant inside the built site, relative to it; `folder` is a language's (`de/`), empty for the default language. */
export function resumeSiteFiles(id: string, folder = ''): { page: string; preview: string } & Record<ResumeFormat, string> {
  const at = `${folder}resume/${id}`;
  return { page: `${at}/index.html`, preview: `${at}.webp`, pdf: `${at}.pdf`, docx: `${at}.docx`, txt: `${at}.txt`, md: `${at}.md`, json: `${at}.json` };
}

/** Links to a variant's page and downloads, under the site's base path; `folder` as for `resumeSiteFiles`. */
export function resumeLinks(id: string, folder = ''): { page: string; preview: string } & Record<ResumeFormat, string> {
  const at = `${folder}resume/${id}`;
  return { page: href(`${at}/`), preview: href(`${at}.webp`), pdf: href(`${at}.pdf`), docx: href(`${at}.docx`), txt: href(`${at}.txt`), md: href(`${at}.md`), json: href(`${at}.json`) };
}

/** The folder of a language's copies inside the site (`de/`), empty for the default language. */
export function languageFolder(language: string, languages: readonly string[]): string {
  return language === languages[0] ? '' : `${language}/`;
}

/**
 * The folder for what is never published (direct-send resumes, letters, print cards): the out
 * folder when one is configured, otherwise `out` beside the build folder (`./out` for `./dist`).
 */
export function privateFolder(buildFolder: string, configured: string | undefined): string {
  return configured ? path.resolve(configured) : path.join(path.dirname(path.resolve(buildFolder)), 'out');
}

/** The folder for direct-send resumes: `resumes` in the private folder. */
export function directSendFolder(buildFolder: string, configured: string | undefined): string {
  return path.join(privateFolder(buildFolder, configured), 'resumes');
}

/** How to mend a `privateFolderProblem`, for the build and for `astro build` alike. */
export const PRIVATE_FOLDER_FIX = 'Build the site into another folder (--outDir dist), or set CAIRN_OUT_DIR to a folder outside it';

/**
 * A line when the private folder is the build folder or inside it: every direct-send copy would be
 * written into the site, and the privacy guard would stop the build at its end with a line per
 * file instead of naming the one setting at fault.
 */
export function privateFolderProblem(buildFolder: string, configured: string | undefined): string | undefined {
  const site = path.resolve(buildFolder);
  const out = privateFolder(buildFolder, configured);
  const inside = path.relative(site, out);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return undefined;
  const named = configured ? `, and the out folder (outDir, CAIRN_OUT_DIR) is ${out}` : `, a folder named out: the private copies go to the out folder beside the site's`;
  return `the site is built into ${site}${named}, so resumes with private details and print cards would be published`;
}
