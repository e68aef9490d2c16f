import { jsonResumeText } from './json-resume-export.ts';
import { resumeMarkdown } from './markdown-export.ts';
import type { ResumeView } from '../../model/resume/selection.ts';
import { resumeText } from './text-export.ts';

/** The text formats of a resume, rendered the same way by the site's routes and by the build step that fits and copies them. */
export function renderTextExports(view: ResumeView, options: { canonicalJson?: string | undefined } = {}): { txt: string; md: string; json: string } {
  return { txt: resumeText(view), md: resumeMarkdown(view), json: jsonResumeText(view, { canonical: options.canonicalJson }) };
}
