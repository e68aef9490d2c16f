import type { LoadedContent } from './content-files.ts';
import { brandContrastFindings } from './contrast.ts';
import { checkCrossReferences } from './cross-references.ts';
import type { Problem } from './problems.ts';
import { checkLetters } from './letters/rules.ts';
import { checkResumeReferences } from './resume/references.ts';

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

/** Every rule beyond a single file's schema: references, ids, dates in order, readable brand colours. */
export function checkContentRules(content: LoadedContent): Problem[] {
  return [...checkCrossReferences(content), ...checkBrandContrast(content), ...checkResumeReferences(content), ...checkLetters(content)];
}
