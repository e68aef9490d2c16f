import type { ResumeSection } from '../../schemas/resume.ts';
import type { LearningView, ResumeView } from './selection.ts';

/**
 * Section names shared by every format (web page, PDF, text, Markdown): headings that
 * applicant-tracking systems recognise, so a parser files each part where it belongs.
 */
const HEADINGS: Record<Exclude<ResumeSection, 'learning'>, string> = {
  summary: 'Summary',
  experience: 'Experience',
  skills: 'Skills',
  education: 'Education',
  links: 'Links',
};

/** The learning section is named for what it holds: `Certifications`, `Talks`, or the general `Professional Development`. */
function learningHeading(learning: readonly LearningView[]): string {
  const kinds = new Set(learning.map((entry) => entry.kind));
  const only = (...allowed: LearningView['kind'][]) => [...kinds].every((kind) => allowed.includes(kind));
  if (only('certification')) return 'Certifications';
  if (only('talk')) return 'Talks';
  if (only('certification', 'talk')) return 'Certifications & Talks';
  if (only('certification', 'course', 'workshop')) return 'Certifications & Training';
  return 'Professional Development';
}

export function sectionHeading(view: ResumeView, section: ResumeSection): string {
  return section === 'learning' ? learningHeading(view.learning) : HEADINGS[section];
}

/** Whether a section has anything to show; empty sections print no heading. */
export function hasContent(view: ResumeView, section: ResumeSection): boolean {
  switch (section) {
    case 'summary':
      return view.summary.trim().length > 0;
    case 'experience':
      return view.roles.length > 0;
    case 'skills':
      return view.skills.length > 0;
    case 'education':
      return view.education.length > 0;
    case 'learning':
      return view.learning.length > 0;
    case 'links':
      return view.person.links.length > 0;
  }
}

/** The sections to print, in the variant's order, without empty ones. */
export function printedSections(view: ResumeView): ResumeSection[] {
  return view.sections.filter((section) => hasContent(view, section));
}

/** Labels for learning kinds shown before a title; certifications speak for themselves. */
export const KIND_LABELS: Record<LearningView['kind'], string | undefined> = {
  certification: undefined,
  course: 'Course',
  talk: 'Talk',
  workshop: 'Workshop',
  book: 'Book',
};
