import type { JsonResumeThemeDesign, ResumeDesign, ResumeSection } from '../../../schemas/resume.ts';

/**
 * What a resume design changes in the markup; everything else about its look is its stylesheet
 * (src/styles/resume.css and src/styles/resume-designs/<name>.css), chosen by `data-design`.
 */
export interface DesignLayout {
  /**
   * Sections printed in a narrow column beside the main one. The column comes first in the markup
   * and on the page's start side, and holds every section but the story (summary, experience,
   * projects…), so the PDF's text reads name, sidebar, then the main column to its end on any
   * page: a text extractor never meets the sidebar between two parts of the main column.
   */
  sidebar: readonly ResumeSection[];
  /** Whether the contact details open the sidebar instead of sitting under the name. */
  contactInSidebar: boolean;
  /** Whether an employer's name opens its first role's line (with the title and dates) instead of a line of its own. */
  inlineOrganisation: boolean;
}

const SINGLE_COLUMN: DesignLayout = { sidebar: [], contactInSidebar: false, inlineOrganisation: false };

export const DESIGN_LAYOUTS: Record<ResumeDesign, DesignLayout> = {
  branded: SINGLE_COLUMN,
  plain: SINGLE_COLUMN,
  classic: SINGLE_COLUMN,
  compact: { ...SINGLE_COLUMN, inlineOrganisation: true },
  sidebar: { sidebar: ['skills', 'learning', 'education', 'languages', 'interests', 'links'], contactInSidebar: true, inlineOrganisation: false },
};

/** The layout of a variant's design; a JSON Resume theme's variant shows on the website in the branded one. */
export function designLayout(design: ResumeDesign | JsonResumeThemeDesign): DesignLayout {
  return jsonResumeTheme(design) === undefined ? DESIGN_LAYOUTS[design as ResumeDesign] : DESIGN_LAYOUTS.branded;
}

/** `even` for `design: jsonresume:even`, undefined for Cairn's own designs. */
export function jsonResumeTheme(design: string): string | undefined {
  return design.startsWith('jsonresume:') ? design.slice('jsonresume:'.length) : undefined;
}
