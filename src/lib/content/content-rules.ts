import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from './load-content.ts';
import { brandContrastFindings } from './contrast.ts';
import { checkCrossReferences } from './cross-references.ts';
import { isWebAddress } from './photo.ts';
import type { Problem } from './problems.ts';
import { checkLetters } from './letter-rules.ts';
import { checkResumeReferences } from './resume-references.ts';

/** Brand colours that would make the site hard to read fail the check, with a shade that passes. */
function checkBrandContrast(content: LoadedContent): Problem[] {
  return content.profile.flatMap((profile) =>
    brandContrastFindings(profile.data.brand).map((finding) => ({
      file: profile.file,
      line: profile.lineOf(finding.field.split('.')),
      field: finding.field,
      message: `${finding.colour} is too light for ${finding.use}: contrast ${finding.ratio.toFixed(2)}:1, readable text needs ${finding.needed}:1`,
      hint: `a darker shade of the same hue that passes: ${finding.suggestion}`,
    })),
  );
}

/** A portrait written as a path must be a file in public/: otherwise the home page shows a broken image. */
function checkProfilePhoto(content: LoadedContent, publicDir: string): Problem[] {
  return content.profile.flatMap((profile) => {
    const photo = profile.data.photo;
    if (!photo || isWebAddress(photo)) return [];
    const relative = photo.replace(/^\/+/, '');
    const at = { file: profile.file, line: profile.lineOf(['photo']), field: 'photo', received: photo };
    // A path is read from public/ and published from the site's root: one leading out of public/ names nothing the site can serve.
    const root = path.resolve(publicDir);
    const file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) {
      return [{ ...at, message: 'the photo must be a file inside public/', hint: 'put the picture in public/ and write its path from there, such as /photo.jpg' }];
    }
    if (existsSync(file) && statSync(file).isFile()) return [];
    const withoutPublic = relative.replace(/^public\//, '');
    if (withoutPublic !== relative && existsSync(path.join(root, withoutPublic))) {
      return [{ ...at, message: 'a photo path is read from public/ already', hint: `write /${withoutPublic}` }];
    }
    return [{ ...at, message: `no file public/${relative} for the photo`, hint: `put the picture at public/${relative}, or give its web address (https://…)` }];
  });
}

export interface ContentRuleOptions {
  /** The site's public/ folder; when given, a photo written as a path must be a file in it. */
  publicDir?: string | undefined;
}

/** Every rule beyond a single file's schema: references, ids, dates in order, readable brand colours, a photo that exists. */
export function checkContentRules(content: LoadedContent, options: ContentRuleOptions = {}): Problem[] {
  return [
    ...checkCrossReferences(content),
    ...checkBrandContrast(content),
    ...checkResumeReferences(content),
    ...checkLetters(content),
    ...(options.publicDir ? checkProfilePhoto(content, options.publicDir) : []),
  ];
}
