import path from 'node:path';
import { href } from '../urls.ts';
import { privateFolder } from '../../build/private-folder.ts';

export { privateFolder };

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

/** The folder for direct-send resumes: `resumes` in the private folder. */
export function directSendFolder(buildFolder: string, configured: string | undefined): string {
  return path.join(privateFolder(buildFolder, configured), 'resumes');
}
