import { formatMonth, formatRange } from '../../model/format.ts';
import type { ResumeView } from '../../model/resume/selection.ts';
import { markdownToPlainText } from './markdown.ts';

/**
 * The sections that are plain lists (projects, publications, awards, languages, interests,
 * references) as rows every format prints the same way: a name, what goes after it, a date, and
 * lines under it. One shape, so the page, the PDF, the text, the Markdown and the Word file agree.
 */
export const LIST_SECTIONS = ['projects', 'publications', 'awards', 'languages', 'interests', 'references'] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];

export interface ListRow {
  /** Printed strongest: a project's name, an award's title, a language. */
  name: string;
  /** After the name: a description, a publisher, a fluency. */
  detail: string | undefined;
  /** The date or dates, as printed. */
  dates: string | undefined;
  /** Lines under the row: a project's highlights, a reference's words. */
  lines: string[];
}

const month = (view: ResumeView, date: string | undefined) => (date ? formatMonth(date, view.language) : undefined);

export function listRows(view: ResumeView, section: ListSection): ListRow[] {
  switch (section) {
    case 'projects':
      return view.projects.map((entry) => ({ name: entry.name, detail: entry.description, dates: entry.start ? formatRange(entry.start, entry.end, view.language) : month(view, entry.end), lines: entry.highlights }));
    case 'publications':
      return view.publications.map((entry) => ({ name: entry.name, detail: entry.publisher, dates: month(view, entry.date), lines: [] }));
    case 'awards':
      return view.awards.map((entry) => ({ name: entry.title, detail: entry.awarder, dates: month(view, entry.date), lines: [] }));
    case 'languages':
      return view.spokenLanguages.map((entry) => ({ name: entry.language, detail: entry.fluency, dates: undefined, lines: [] }));
    case 'interests':
      return view.interests.map((entry) => ({ name: entry.name, detail: entry.keywords.length > 0 ? entry.keywords.join(', ') : undefined, dates: undefined, lines: [] }));
    case 'references':
      return view.references.map((entry) => ({ name: entry.name, detail: [entry.email, entry.phone].filter(Boolean).join(' · ') || undefined, dates: undefined, lines: entry.body ? [`“${markdownToPlainText(entry.body)}”`] : [] }));
  }
}

export function isListSection(section: string): section is ListSection {
  return (LIST_SECTIONS as readonly string[]).includes(section);
}
