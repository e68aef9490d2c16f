import path from 'node:path';
import { privateFolder } from '../resume/paths.ts';

/**
 * Where cover letters go. Every letter is built into `out/letters/` beside the direct-send resumes
 * (never inside the build folder, so deploying dist/ cannot publish one); a `public` letter is
 * also built into the site as `letters/<id>.pdf` and `.txt`.
 */

export const LETTER_OUT_FORMATS = ['pdf', 'txt', 'html'] as const;
export const LETTER_SITE_FORMATS = ['pdf', 'txt'] as const;

/** `out/letters` beside the build folder, or `<outDir>/letters` when an out folder is configured. */
export function letterOutFolder(buildFolder: string, configured: string | undefined): string {
  return path.join(privateFolder(buildFolder, configured), 'letters');
}

/** A public letter's files inside the built site, relative to it. */
export function letterSiteFiles(id: string): Record<(typeof LETTER_SITE_FORMATS)[number], string> {
  return { pdf: `letters/${id}.pdf`, txt: `letters/${id}.txt` };
}

/** The site files of the public letters: published to be sent as a link, so no page links to them. */
export function unlistedLetterFiles(letters: readonly { id: string; data: { visibility: string } }[]): string[] {
  return letters.filter((letter) => letter.data.visibility === 'public').flatMap((letter) => Object.values(letterSiteFiles(letter.id)));
}
