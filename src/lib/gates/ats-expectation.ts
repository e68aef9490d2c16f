import { formatMonth } from '../model/format.ts';
import type { ResumeView } from '../model/resume/selection.ts';
import { renderResumeArticle } from '../render/resume/html.ts';
import { isListSection, listRows } from '../render/resume/list-sections.ts';
import { markdownToPlainText } from '../render/resume/markdown.ts';
import { printedSections, sectionHeading } from '../render/resume/sections.ts';

/**
 * What a resume PDF must give back to a parser, taken from the same selection the PDF was printed
 * from: the name and contact details, each section's heading in the order the design prints them,
 * and under each heading its entries (a role, a degree…) with their dates and whole lines.
 */

export interface ExpectedLine {
  text: string;
  /** Where the line is written, for messages: `accomplishments/2022-06-17-p99.mdx (bullet)`. */
  source: string;
}

export interface ExpectedEntry {
  /** What opens the entry: a role's title, a degree, a project's name. */
  title: string;
  dates: string[];
  /** Bullets and other lines that must be read whole, under this entry. */
  lines: ExpectedLine[];
}

export interface ExpectedSection {
  section: string;
  heading: string;
  /** Lines of the section itself (the summary's paragraphs). */
  lines: ExpectedLine[];
  entries: ExpectedEntry[];
}

export interface AtsExpectation {
  id: string;
  language: string;
  design: string;
  name: string;
  email: string | undefined;
  phone: string | undefined;
  /** The website and profile links: the address as printed and the address it must open. */
  links: { text: string; url: string }[];
  /** In the order the design prints them. */
  sections: ExpectedSection[];
  /** Skill names: the words an applicant-tracking system matches against a job posting. */
  keywords: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The section headings in the order the design's markup has them (a sidebar design moves some after the main column). */
function headingOrder(view: ResumeView): string[] {
  return [...renderResumeArticle(view).matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((match) =>
    match[1]!.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!),
  );
}

function entriesOf(view: ResumeView, section: string, source: (id: string) => string): ExpectedEntry[] {
  switch (section) {
    case 'experience':
      return view.roles.map((role) => ({ title: role.title, dates: [role.dates], lines: role.bullets.map((bullet) => ({ text: bullet.text, source: source(bullet.id) })) }));
    case 'education':
      return view.education.map((entry) => ({ title: entry.title, dates: entry.dates ? [entry.dates] : [], lines: [] }));
    case 'learning':
      return view.learning.map((entry) => ({ title: entry.title, dates: [formatMonth(entry.date, view.language)], lines: [] }));
    default:
      if (!isListSection(section)) return [];
      return listRows(view, section).map((row) => ({ title: row.name, dates: row.dates ? [row.dates] : [], lines: row.lines.map((text) => ({ text, source: `${section} (${row.name})` })) }));
  }
}

/**
 * The expectation for `view`, the selection exactly as printed (after any fit). `source` names
 * the file an accomplishment's bullet is written in.
 */
export function atsExpectation(view: ResumeView, source: (accomplishmentId: string) => string): AtsExpectation {
  const bySection = new Map(printedSections(view).map((section) => [sectionHeading(view, section), section]));
  const printed = headingOrder(view).filter((heading) => bySection.has(heading));
  const ordered = [...printed, ...[...bySection.keys()].filter((heading) => !printed.includes(heading))];
  const sections = ordered.map((heading): ExpectedSection => {
    const section = bySection.get(heading)!;
    const summary = section === 'summary' ? markdownToPlainText(view.summary).split('\n').map((line) => line.replace(/^- /, '').trim()).filter(Boolean) : [];
    return { section, heading, lines: summary.map((text) => ({ text, source: `resumes/${view.id}.mdx (summary)` })), entries: entriesOf(view, section, source) };
  });
  const links = [view.person.site, ...view.person.links].map((link) => ({ text: link.text, url: link.url }));
  return {
    id: view.id,
    language: view.language,
    design: view.variant.design,
    name: view.person.name,
    email: view.person.email,
    phone: view.person.phone,
    links,
    sections,
    keywords: printedSections(view).includes('skills') ? view.skills.flatMap((group) => group.skills.map((skill) => skill.name)) : [],
  };
}
