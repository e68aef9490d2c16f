import type { ResumeSection } from '../../../schemas/resume.ts';
import { formatMonth } from '../../model/format.ts';
import { employmentLabel, kindLabel, printedSections, sectionHeading, educationDetails } from './sections.ts';
import type { ResumeView } from '../../model/resume/selection.ts';
import { listRows } from './list-sections.ts';

/**
 * The resume as Markdown, for pasting into a profile, a gist or an email: the same content as
 * the PDF, in the same order. Text from the content is escaped so an asterisk in a bullet stays
 * an asterisk; the summary is Markdown already and passes through.
 */

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/^([#+-]|\d+\.)(?=\s)/, '\\$1');
}

function mailto(email: string): string {
  return `[${escapeMarkdown(email)}](mailto:${email})`;
}

function header(view: ResumeView): string[] {
  const { person } = view;
  const contact = [
    person.location ? escapeMarkdown(person.location) : undefined,
    person.address ? escapeMarkdown(person.address) : undefined,
    person.email ? mailto(person.email) : undefined,
    person.phone ? escapeMarkdown(person.phone) : undefined,
    `[${escapeMarkdown(person.site.text)}](${person.site.url})`,
    ...(printedSections(view).includes('links') ? [] : person.links.map((link) => `[${escapeMarkdown(link.text)}](${link.url})`)),
  ].filter((item): item is string => item !== undefined);
  return [`# ${escapeMarkdown(person.name)}`, `**${escapeMarkdown(person.headline)}**  \n${contact.join(' · ')}`];
}

function sectionBlocks(view: ResumeView, section: ResumeSection): string[] {
  switch (section) {
    case 'summary':
      return [view.summary.trim()];
    case 'experience':
      return view.roles.flatMap((role) => {
        const details = [role.dates, role.location, employmentLabel(view, role.employmentType)].filter(Boolean).map((part) => escapeMarkdown(part!));
        return [
          `### ${escapeMarkdown(role.title)} · ${escapeMarkdown(role.organisation)}`,
          `*${details.join(' · ')}*`,
          ...(role.summary ? [escapeMarkdown(role.summary)] : []),
          ...(role.bullets.length > 0 ? [role.bullets.map((bullet) => `- ${escapeMarkdown(bullet.text)}`).join('\n')] : []),
        ];
      });
    case 'skills':
      return [view.skills.map((group) => `- **${escapeMarkdown(group.category)}:** ${group.skills.map((skill) => escapeMarkdown(skill.name)).join(', ')}`).join('\n')];
    case 'education':
      return [
        view.education
          .map((entry) => {
            const { score, courses } = educationDetails(view, entry);
            return `- **${escapeMarkdown(entry.title)}**, ${escapeMarkdown(entry.institution)}${score ? ` · ${escapeMarkdown(score)}` : ''}${entry.dates ? ` · ${entry.dates}` : ''}${courses ? `  \n  ${escapeMarkdown(courses)}` : ''}`;
          })
          .join('\n'),
      ];
    case 'learning':
      return [
        view.learning
          .map((entry) => {
            const kind = kindLabel(view, entry.kind);
            return `- ${kind ? `${kind}: ` : ''}**${escapeMarkdown(entry.title)}**, ${escapeMarkdown(entry.institution)} · ${formatMonth(entry.date, view.language)}`;
          })
          .join('\n'),
      ];
    case 'links':
      return [view.person.links.map((link) => `- ${escapeMarkdown(link.label)}: <${link.url}>`).join('\n')];
    default:
      return [
        listRows(view, section)
          .map((row) => [`- **${escapeMarkdown(row.name)}**${row.detail ? `, ${escapeMarkdown(row.detail)}` : ''}${row.dates ? ` · ${row.dates}` : ''}`, ...row.lines.map((text) => `  - ${escapeMarkdown(text)}`)].join('\n'))
          .join('\n'),
      ];
  }
}

export function resumeMarkdown(view: ResumeView): string {
  const blocks = [...header(view), ...printedSections(view).flatMap((section) => [`## ${escapeMarkdown(sectionHeading(view, section))}`, ...sectionBlocks(view, section)])];
  return `${blocks.join('\n\n')}\n`;
}
