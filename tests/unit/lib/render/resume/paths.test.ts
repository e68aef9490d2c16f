import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { directSendFolder } from '../../../../../src/lib/render/resume/paths.ts';
import { privateFolder, privateFolderProblem } from '../../../../../src/lib/build/private-folder.ts';

describe('the private folder', () => {
  it('is out beside the build folder unless one is configured', () => {
    expect(privateFolder('/site/dist', undefined)).toBe('/site/out');
    expect(privateFolder('/site/dist', '/elsewhere/private')).toBe('/elsewhere/private');
    expect(directSendFolder('/site/dist', undefined)).toBe(path.join('/site/out', 'resumes'));
  });

  it('beside the site, or holding it, publishes nothing private', () => {
    expect(privateFolderProblem('/site/dist', undefined)).toBeUndefined();
    expect(privateFolderProblem('/site/dist', '/site/dist-private')).toBeUndefined();
    expect(privateFolderProblem('/site/dist', '/site/dist/..private')).toMatch(/would be published/);
    expect(privateFolderProblem('/site/public/dist', '/site/public')).toBeUndefined();
  });

  it('that is the site folder, or inside it, is named with the setting behind it', () => {
    expect(privateFolderProblem('/site/out', undefined)).toBe(
      "the site is built into /site/out, a folder named out: the private copies go to the out folder beside the site's, so resumes with private details and print cards would be published",
    );
    expect(privateFolderProblem('/site/dist', '/site/dist/private')).toBe(
      'the site is built into /site/dist, and the out folder (outDir, CAIRN_OUT_DIR) is /site/dist/private, so resumes with private details and print cards would be published',
    );
  });
});
