import { formatMonth } from '../format.ts';
import { markdownToPlainText } from './markdown.ts';
import { KIND_LABELS, printedSections, sectionHeading } from './sections.ts';
import type { ResumeView } from './selection.ts';
import type { ResumeSection } from '../../schemas/resume.ts';

/**
 * The resume as plain text for applicant-tracking systems: one column, no tables, standard
 * headings in capitals, one item per line (parsers end an item at a line break, so nothing is
 * hard-wrapped), contact details labelled, dates as `Mon YYYY – Mon YYYY`.
 */

function contactLines(view: ResumeView): string[] {
  const { person } = view;
  return [
    person.name,
    person.headline,
    ...(person.location ? [person.location] : []),
    ...(person.address ? [`Address: ${person.address}`] : []),
    ...(person.email ? [`Email: ${person.email}`] : []),
    ...(person.phone ? [`Phone: ${person.phone}`] : []),
    `Website: ${person.site.url}`,
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
        [role.organisation, role.location, role.employmentType === 'full-time' ? undefined : role.employmentType].filter(Boolean).join(' | '),
        role.dates,
        ...(role.summary ? [role.summary] : []),
        ...role.bullets.map((bullet) => `- ${bullet.text}`),
      ]);
    case 'skills':
      return view.skills.map((group) => `${group.category}: ${group.skills.map((skill) => skill.name).join(', ')}`);
    case 'education':
      return view.education.flatMap((entry, index) => [...(index > 0 ? [''] : []), entry.title, entry.institution, ...(entry.dates ? [entry.dates] : [])]);
    case 'learning':
      return view.learning.flatMap((entry, index) => {
        const kind = KIND_LABELS[entry.kind];
        return [...(index > 0 ? [''] : []), `${kind ? `${kind}: ` : ''}${entry.title}`, entry.institution, formatMonth(entry.date)];
      });
    case 'links':
      return view.person.links.map((link) => `${link.label}: ${link.url}`);
  }
}

export function resumeText(view: ResumeView): string {
  const blocks = [contactLines(view).join('\n'), ...printedSections(view).map((section) => [sectionHeading(view, section).toUpperCase(), ...sectionLines(view, section)].join('\n'))];
  return `${blocks.join('\n\n')}\n`;
}
