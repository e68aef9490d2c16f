import { formatMonth } from '../../model/format.ts';
import { markdownToPlainText } from './markdown.ts';
import { contactLabels, employmentLabel, kindLabel, printedSections, sectionHeading, educationDetails } from './sections.ts';
import type { ResumeView } from '../../model/resume/selection.ts';
import type { ResumeSection } from '../../../schemas/resume.ts';
import { listRows } from './list-sections.ts';

/**
 * The resume as plain text for applicant-tracking systems: one column, no tables, standard
 * headings in capitals, one item per line (parsers end an item at a line break, so nothing is
 * hard-wrapped), contact details labelled, dates as `Mon YYYY – Mon YYYY`.
 */

function contactLines(view: ResumeView): string[] {
  const { person } = view;
  const label = contactLabels(view);
  return [
    person.name,
    person.headline,
    ...(person.location ? [person.location] : []),
    ...(person.address ? [`${label.address}: ${person.address}`] : []),
    ...(person.email ? [`${label.email}: ${person.email}`] : []),
    ...(person.phone ? [`${label.phone}: ${person.phone}`] : []),
    `${label.website}: ${person.site.url}`,
    ...(printedSections(view).includes('links') ? [] : person.links.map((link) => `${link.label}: ${link.url}`)),
  ];
}

function sectionLines(view: ResumeView, section: ResumeSection): string[] {
  switch (section) {
    case 'summary':
      return [markdownToPlainText(view.summary)];
    case 'experience':
      return view.roles.flatMap((role, index) => [
        ...(index > 0 ? [''] : []),
        role.title,
        [role.organisation, role.location, employmentLabel(view, role.employmentType)].filter(Boolean).join(' | '),
        role.dates,
        ...(role.summary ? [role.summary] : []),
        ...role.bullets.map((bullet) => `- ${bullet.text}`),
      ]);
    case 'skills':
      return view.skills.map((group) => `${group.category}: ${group.skills.map((skill) => skill.name).join(', ')}`);
    case 'education':
      return view.education.flatMap((entry, index) => {
        const { score, courses } = educationDetails(view, entry);
        return [...(index > 0 ? [''] : []), entry.title, entry.institution, ...(entry.dates ? [entry.dates] : []), ...(score ? [score] : []), ...(courses ? [courses] : [])];
      });
    case 'learning':
      return view.learning.flatMap((entry, index) => {
        const kind = kindLabel(view, entry.kind);
        return [...(index > 0 ? [''] : []), `${kind ? `${kind}: ` : ''}${entry.title}`, entry.institution, formatMonth(entry.date, view.language)];
      });
    case 'links':
      return view.person.links.map((link) => `${link.label}: ${link.url}`);
    default:
      return listRows(view, section).flatMap((row, index) => [
        ...(index > 0 && (row.dates || row.lines.length > 0) ? [''] : []),
        `${row.name}${row.detail ? `, ${row.detail}` : ''}`,
        ...(row.dates ? [row.dates] : []),
        ...row.lines.map((text) => `- ${text}`),
      ]);
  }
}

export function resumeText(view: ResumeView): string {
  const blocks = [contactLines(view).join('\n'), ...printedSections(view).map((section) => [sectionHeading(view, section).toLocaleUpperCase(view.language), ...sectionLines(view, section)].join('\n'))];
  return `${blocks.join('\n\n')}\n`;
}
