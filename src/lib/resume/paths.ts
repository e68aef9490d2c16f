import path from 'node:path';
import { findChrome } from '../chrome.ts';
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

/** Files of a variant inside the built site, relative to it. */
export function resumeSiteFiles(id: string): { page: string } & Record<ResumeFormat, string> {
  return { page: `resume/${id}/index.html`, pdf: `resume/${id}.pdf`, docx: `resume/${id}.docx`, txt: `resume/${id}.txt`, md: `resume/${id}.md`, json: `resume/${id}.json` };
}

/** Links to a variant's page and downloads, under the site's base path. */
export function resumeLinks(id: string): { page: string } & Record<ResumeFormat, string> {
  return { page: href(`resume/${id}/`), pdf: href(`resume/${id}.pdf`), docx: href(`resume/${id}.docx`), txt: href(`resume/${id}.txt`), md: href(`resume/${id}.md`), json: href(`resume/${id}.json`) };
}

/**
 * The folder for direct-send resumes: `CAIRN_OUT_DIR/resumes` when set, otherwise `out/resumes`
 * beside the build folder (`./out/resumes` for `./dist`).
 */
export function directSendFolder(buildFolder: string): string {
  const configured = process.env['CAIRN_OUT_DIR'];
  return path.join(configured ? path.resolve(configured) : path.join(path.dirname(path.resolve(buildFolder)), 'out'), 'resumes');
}

/** Whether this build prints PDFs to link to: `astro build` with a browser installed, never `astro dev`. */
export function printsPdfs(dev: boolean): boolean {
  return !dev && findChrome() !== undefined;
}
