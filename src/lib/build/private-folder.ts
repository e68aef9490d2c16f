import path from 'node:path';

/* Kept apart from the resume paths: `npm run build` reads it before it takes the build lock, and those load the image code. */

/**
 * The folder for what is never published (direct-send resumes, letters, print cards): the out
 * folder when one is configured, otherwise `out` beside the build folder (`./out` for `./dist`).
 */
export function privateFolder(buildFolder: string, configured: string | undefined): string {
  return configured ? path.resolve(configured) : path.join(path.dirname(path.resolve(buildFolder)), 'out');
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
