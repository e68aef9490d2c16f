import type { EMPLOYMENT_TYPES } from '../../../schemas/role.ts';
import type { ResumeSection } from '../../../schemas/resume.ts';
import { messagesFor, type Messages } from '../../model/i18n/messages.ts';
import type { LearningView, ResumeView } from '../../model/resume/selection.ts';
import { designLayout } from './designs.ts';
import { listRows } from './list-sections.ts';

/**
 * Section names shared by every format (web page, PDF, text, Markdown): headings that
 * applicant-tracking systems recognise, so a parser files each part where it belongs. The words
 * are the resume's language's, from the message table.
 */
const HEADINGS: Record<Exclude<ResumeSection, 'learning'>, keyof Messages> = {
  summary: 'headingSummary',
  experience: 'headingExperience',
  skills: 'headingSkills',
  education: 'headingEducation',
  links: 'headingLinks',
  projects: 'headingProjects',
  publications: 'headingPublications',
  awards: 'headingAwards',
  languages: 'headingLanguages',
  interests: 'headingInterests',
  references: 'headingReferences',
};

/** The learning section is named for what it holds: `Certifications`, `Talks`, or the general `Professional Development`. */
function learningHeading(learning: readonly LearningView[], words: Messages): string {
  const kinds = new Set(learning.map((entry) => entry.kind));
  const only = (...allowed: LearningView['kind'][]) => [...kinds].every((kind) => allowed.includes(kind));
  if (only('certification')) return words.headingCertifications;
  if (only('talk')) return words.headingTalks;
  if (only('certification', 'talk')) return words.headingCertificationsAndTalks;
  if (only('certification', 'course', 'workshop')) return words.headingCertificationsAndTraining;
  return words.headingProfessionalDevelopment;
}

export function sectionHeading(view: ResumeView, section: ResumeSection): string {
  const words = messagesFor(view.language);
  return section === 'learning' ? learningHeading(view.learning, words) : (words[HEADINGS[section]] as string);
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
    default:
      return listRows(view, section).length > 0;
  }
}

/**
 * The sections to print, without empty ones, in the order they read: the variant's order, except
 * that a design with a sidebar reads the sidebar's sections first, then the main column's.
 */
export function printedSections(view: ResumeView): ResumeSection[] {
  const printed = view.sections.filter((section) => hasContent(view, section));
  const { sidebar } = designLayout(view.variant.design);
  return [...printed.filter((section) => sidebar.includes(section)), ...printed.filter((section) => !sidebar.includes(section))];
}

/** Labels for learning kinds shown before a title; certifications speak for themselves. */
const KIND_LABELS: Record<LearningView['kind'], keyof Messages | undefined> = {
  certification: undefined,
  course: 'kindCourse',
  talk: 'kindTalk',
  workshop: 'kindWorkshop',
  book: 'kindBook',
};

/** `Talk`, `Vortrag`…: the label before a learning entry's title, or undefined for certifications. */
export function kindLabel(view: ResumeView, kind: LearningView['kind']): string | undefined {
  const key = KIND_LABELS[kind];
  return key === undefined ? undefined : (messagesFor(view.language)[key] as string);
}

/** The employment type as printed beside a title; full-time goes without saying. */
export function employmentLabel(view: ResumeView, type: (typeof EMPLOYMENT_TYPES)[number]): string | undefined {
  return type === 'full-time' ? undefined : messagesFor(view.language).employment[type];
}

/** Labels of contact lines in the plain-text resume (`Email`, `Phone`…). */
export function contactLabels(view: ResumeView): { address: string; email: string; phone: string; website: string } {
  const words = messagesFor(view.language);
  return { address: words.labelAddress, email: words.labelEmail, phone: words.labelPhone, website: words.labelWebsite };
}

/** What an education entry prints after its degree and institution: the grade, and the courses with their label. */
export function educationDetails(view: ResumeView, entry: ResumeView['education'][number]): { score: string | undefined; courses: string | undefined } {
  return { score: entry.score, courses: entry.courses.length > 0 ? `${messagesFor(view.language).educationCourses}: ${entry.courses.join(', ')}` : undefined };
}
