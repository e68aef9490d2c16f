import type { PaperSize, ResumeSection } from '../../../schemas/resume.ts';
import { formatMonth } from '../../model/format.ts';
import { messagesFor } from '../../model/i18n/messages.ts';
import { designLayout } from './designs.ts';
import { listRows, type ListSection } from './list-sections.ts';
import { copyStartUrl, markUrl } from './page-marks.ts';
import { markdownToHtml } from './markdown.ts';
import { employmentLabel, kindLabel, printedSections, sectionHeading, educationDetails } from './sections.ts';
import type { ResumeView, RoleView } from '../../model/resume/selection.ts';

/**
 * The resume as HTML: one `<article class="resume">` that is both the web page's content and the
 * print source of the PDF. A pure function of the selection, so the website (through Astro) and
 * the direct-send copies in out/ (whose resume-level details never pass through Astro) share the
 * exact same markup.
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Paper sizes in PostScript points (exact, for the PDF's page boxes) and their names. The page
 * size and margins themselves are set in resume.css as named @page rules, because the site's
 * Content-Security-Policy rightly refuses inline styles.
 */
export const PAPER: Record<PaperSize, { label: string; width: number; height: number }> = {
  letter: { label: 'US Letter', width: 612, height: 792 },
  a4: { label: 'A4', width: 595.28, height: 841.89 },
};

function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

function sectionId(view: ResumeView, section: ResumeSection): string {
  return `resume-${view.id}-${section}`;
}

/** Who the page is about, as the resume header (and a cover letter's letterhead) prints them. */
export interface HeaderPerson {
  name: string;
  headline: string;
  location?: string | undefined;
  address?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  site: { url: string; text: string };
}

/** The contact line, and profile links on a line of their own when given. */
function contactLists(person: HeaderPerson, profiles: readonly { url: string; text: string }[]): string {
  const contact = [
    person.location ? escapeHtml(person.location) : undefined,
    person.address ? escapeHtml(person.address) : undefined,
    person.email ? link(`mailto:${person.email}`, person.email) : undefined,
    person.phone ? link(`tel:${person.phone.replace(/[^\d+]/g, '')}`, person.phone) : undefined,
    link(person.site.url, person.site.text),
  ].filter((item): item is string => item !== undefined);
  const profileLinks = profiles.map((item) => link(item.url, item.text));
  return [
    `<ul class="resume-contact">${contact.map((item) => `<li>${item}</li>`).join('')}</ul>`,
    ...(profileLinks.length > 0 ? [`<ul class="resume-contact resume-profiles">${profileLinks.map((item) => `<li>${item}</li>`).join('')}</ul>`] : []),
  ].join('');
}

/** The header of a design that prints the contact details elsewhere: name and headline; in a measuring print, the name in the copy's start mark. */
function nameHeader(person: HeaderPerson, startMark?: number): string {
  const name = startMark === undefined ? escapeHtml(person.name) : `<a href="${copyStartUrl(startMark)}">${escapeHtml(person.name)}</a>`;
  return `<header class="resume-header"><h1 class="resume-name">${name}</h1><p class="resume-headline">${escapeHtml(person.headline)}</p></header>`;
}

/** The resume's header: name, headline, contact line, and profile links on a line of their own when given. */
export function personHeader(person: HeaderPerson, profiles: readonly { url: string; text: string }[] = [], startMark?: number): string {
  return nameHeader(person, startMark).replace(/<\/header>$/, `${contactLists(person, profiles)}</header>`);
}

function header(view: ResumeView, startMark: number | undefined): string {
  // Without a links section, profiles (GitHub, LinkedIn…) travel in the header, on a line of their own.
  return personHeader(view.person, printedSections(view).includes('links') ? [] : view.person.links, startMark);
}

function line(main: string, aside: string | undefined): string {
  return `<div class="resume-line"><p class="resume-line-main">${main}</p>${aside ? `<p class="resume-dates">${aside}</p>` : ''}</div>`;
}

/** Roles at the same organisation in a row, so a promotion reads as one story. */
export function groupByOrganisation(roles: readonly RoleView[]): RoleView[][] {
  const groups: RoleView[][] = [];
  for (const role of roles) {
    const last = groups.at(-1);
    if (last && last[0]!.organisation === role.organisation) last.push(role);
    else groups.push([role]);
  }
  return groups;
}

/**
 * How one print lays the article out beyond its design (src/lib/print/resume-pages.ts): the web
 * page and a first print use neither.
 */
export interface PrintLayout {
  /** Wrap the name in the copy's start mark, and each employer's heading, role head and bullet in a page mark (page-marks.ts), for a measuring print. */
  marks?: boolean;
  /** In a measuring print of several copies, this one's place among them, which its start mark carries. */
  copy?: number;
  /** Role heads and bullets (`role:<id>`, `bullet:<id>`) that open a page inside their employer's block: "Employer (continued)" goes before each. */
  continuedBefore?: readonly string[];
}

function experience(view: ResumeView, layout: PrintLayout): string {
  const continuedBefore = new Set(layout.continuedBefore ?? []);
  const { inlineOrganisation } = designLayout(view.variant.design);
  return groupByOrganisation(view.roles)
    .map((group, org) => {
      const first = group[0]!;
      let seq = 0;
      const marked = (unit: string, html: string) => (layout.marks ? `<a href="${markUrl(org, seq++, unit)}">${html}</a>` : html);
      const continued = (unit: string) => (continuedBefore.has(unit) ? `<p class="resume-org-head resume-org-continued">${escapeHtml(messagesFor(view.language).continued(first.organisation))}</p>` : '');
      const sharedLocation = group.every((role) => role.location === first.location) ? first.location : undefined;
      const organisation = `<span class="resume-organisation">${marked('org', escapeHtml(first.organisation))}</span>${sharedLocation ? `<span class="resume-where">${escapeHtml(sharedLocation)}</span>` : ''}`;
      const roles = group.map((role, index) => {
        const employment = employmentLabel(view, role.employmentType);
        const title = `<span class="resume-title">${marked(`role:${role.id}`, escapeHtml(role.title))}</span>${employment ? `<span class="resume-where">${escapeHtml(employment)}</span>` : ''}${!sharedLocation && role.location ? `<span class="resume-where">${escapeHtml(role.location)}</span>` : ''}`;
        // A compact head: the employer and the first role's title are one heading, on one line with the dates.
        const titleLine =
          inlineOrganisation && index === 0
            ? `<div class="resume-line"><h3 class="resume-line-main resume-org-head">${organisation}${title}</h3><p class="resume-dates">${escapeHtml(role.dates)}</p></div>`
            : line(title, escapeHtml(role.dates));
        const head = `<div class="resume-role-head">${titleLine}${role.summary ? `<p class="resume-role-summary">${escapeHtml(role.summary)}</p>` : ''}</div>`;
        // A bullet that opens a page ends the list before it: the continued heading cannot sit inside a <ul>.
        const runs: { opening: string; items: string[] }[] = [];
        for (const bullet of role.bullets) {
          const unit = `bullet:${bullet.id}`;
          if (runs.length === 0 || continuedBefore.has(unit)) runs.push({ opening: continued(unit), items: [] });
          runs.at(-1)!.items.push(`<li data-accomplishment="${bullet.id}">${marked(unit, escapeHtml(bullet.text))}</li>`);
        }
        const bullets = runs.map((run) => `${run.opening}<ul class="resume-bullets">${run.items.join('')}</ul>`).join('');
        return `${continued(`role:${role.id}`)}<div class="resume-role" data-role="${role.id}">${head}${bullets}</div>`;
      });
      return `<div class="resume-org">${inlineOrganisation ? '' : `<h3 class="resume-org-head">${organisation}</h3>`}${roles.join('')}</div>`;
    })
    .join('');
}

function skills(view: ResumeView): string {
  const rows = view.skills.map((group) => `<li><span class="resume-label">${escapeHtml(group.category)}:</span> ${group.skills.map((skill) => escapeHtml(skill.name)).join(', ')}</li>`);
  return `<ul class="resume-rows">${rows.join('')}</ul>`;
}

function education(view: ResumeView): string {
  const rows = view.education.map((entry) => {
    const { score, courses } = educationDetails(view, entry);
    const main = `<strong>${escapeHtml(entry.title)}</strong>, ${escapeHtml(entry.institution)}${score ? `<span class="resume-where">${escapeHtml(score)}</span>` : ''}`;
    return `<li>${line(main, escapeHtml(entry.dates))}${courses ? `<p class="resume-courses">${escapeHtml(courses)}</p>` : ''}</li>`;
  });
  return `<ul class="resume-rows">${rows.join('')}</ul>`;
}

function learning(view: ResumeView): string {
  const rows = view.learning.map((entry) => {
    const kind = kindLabel(view, entry.kind);
    const label = kind ? `<span class="resume-kind">${kind}:</span> ` : '';
    return `<li>${line(`${label}<strong>${escapeHtml(entry.title)}</strong>, ${escapeHtml(entry.institution)}`, escapeHtml(formatMonth(entry.date, view.language)))}</li>`;
  });
  return `<ul class="resume-rows">${rows.join('')}</ul>`;
}

function links(view: ResumeView): string {
  const rows = view.person.links.map((item) => `<li><span class="resume-label">${escapeHtml(item.label)}:</span> ${link(item.url, item.text)}</li>`);
  return `<ul class="resume-links">${rows.join('')}</ul>`;
}

function sectionBody(view: ResumeView, section: ResumeSection, layout: PrintLayout): string {
  switch (section) {
    case 'summary':
      return `<div class="resume-summary">${markdownToHtml(view.summary)}</div>`;
    case 'experience':
      return experience(view, layout);
    case 'skills':
      return skills(view);
    case 'education':
      return education(view);
    case 'learning':
      return learning(view);
    case 'links':
      return links(view);
    default:
      return listSection(view, section);
  }
}

function listSection(view: ResumeView, section: ListSection): string {
  const rows = listRows(view, section).map((row) => {
    const main = `<strong>${escapeHtml(row.name)}</strong>${row.detail ? `, ${escapeHtml(row.detail)}` : ''}`;
    const lines = row.lines.length > 0 ? `<ul class="resume-bullets">${row.lines.map((text) => `<li>${escapeHtml(text)}</li>`).join('')}</ul>` : '';
    return `<li>${line(main, row.dates ? escapeHtml(row.dates) : undefined)}${lines}</li>`;
  });
  return `<ul class="resume-rows">${rows.join('')}</ul>`;
}

/**
 * The resume article: header, then the variant's sections in its order. A design with a sidebar
 * prints the sidebar first, then the main column (designs.ts says why).
 */
export function renderResumeArticle(view: ResumeView, layout: PrintLayout = {}): string {
  const { paper, design } = view.variant;
  const { sidebar, contactInSidebar } = designLayout(design);
  const section = (name: ResumeSection) => {
    const id = sectionId(view, name);
    return `<section class="resume-section resume-section-${name}" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(sectionHeading(view, name))}</h2>${sectionBody(view, name, layout)}</section>`;
  };
  const printed = printedSections(view);
  const open = `<article class="resume" data-resume="${view.id}" data-design="${escapeHtml(design)}" data-paper="${paper}">`;
  // Brand colours come from the page's --brand and --accent, which the site layout sets from the profile.
  const startMark = layout.marks ? (layout.copy ?? 0) : undefined;
  if (sidebar.length === 0 && !contactInSidebar) return [open, header(view, startMark), ...printed.map(section), '</article>'].join('');
  const main = printed.filter((name) => !sidebar.includes(name));
  const aside = printed.filter((name) => sidebar.includes(name));
  const profiles = printed.includes('links') ? [] : view.person.links;
  return [
    open,
    contactInSidebar ? nameHeader(view.person, startMark) : header(view, startMark),
    '<div class="resume-columns">',
    `<aside class="resume-aside">${contactInSidebar ? contactLists(view.person, profiles) : ''}${aside.map(section).join('')}</aside>`,
    `<div class="resume-main">${main.map(section).join('')}</div>`,
    '</div>',
    '</article>',
  ].join('');
}
