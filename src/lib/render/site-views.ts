import { mdxAsMarkdown } from '../content/mdx-text.ts';
import type { Entry, Model, SkillWithEvidence } from '../model/model.ts';

/** Selections the website makes from the model; pure, so pages and tests share them. */

export interface YearGroup {
  year: string;
  accomplishments: Entry<'accomplishments'>[];
}

/** Accomplishments grouped by year, newest year first. */
export function timelineByYear(accomplishments: readonly Entry<'accomplishments'>[]): YearGroup[] {
  const groups = new Map<string, Entry<'accomplishments'>[]>();
  for (const entry of accomplishments) {
    const year = entry.data.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, entries]) => ({ year, accomplishments: entries }));
}

export interface SkillCategory {
  category: string;
  skills: SkillWithEvidence[];
}

const LEVEL_ORDER = { expert: 0, advanced: 1, working: 2, learning: 3 } as const;

/**
 * Skills grouped by category; categories with the most evidence first, and within one, the
 * strongest skills (level, then evidence) first — the order a reader should meet them in.
 */
export function skillsByCategory(skills: readonly SkillWithEvidence[]): SkillCategory[] {
  const groups = new Map<string, SkillWithEvidence[]>();
  for (const skill of skills) groups.set(skill.data.category, [...(groups.get(skill.data.category) ?? []), skill]);
  const evidenceOf = (list: SkillWithEvidence[]) => list.reduce((sum, skill) => sum + skill.evidence.length, 0);
  return [...groups.entries()]
    .map(([category, list]) => ({
      category,
      skills: list.sort(
        (a, b) =>
          LEVEL_ORDER[a.data.level] - LEVEL_ORDER[b.data.level] ||
          b.evidence.length - a.evidence.length ||
          a.data.name.localeCompare(b.data.name),
      ),
    }))
    .sort((a, b) => evidenceOf(b.skills) - evidenceOf(a.skills) || a.category.localeCompare(b.category));
}

/**
 * What the home page leads with: the featured accomplishments, newest first; when none are
 * marked, the newest ones with measured impact, so a new user's home page is never empty.
 */
export function featuredAccomplishments(model: Model, limit = 6): Entry<'accomplishments'>[] {
  const featured = model.accomplishments.filter((entry) => entry.data.featured);
  const pool = featured.length > 0 ? featured : model.accomplishments.filter((entry) => entry.data.impact.length > 0);
  return pool.slice(0, limit);
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Every tag with how many accomplishments carry it, most used first. */
export function tagCounts(accomplishments: readonly Entry<'accomplishments'>[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const entry of accomplishments) for (const tag of entry.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Accomplishments carrying a tag, newest first. */
export function accomplishmentsTagged(model: Model, tag: string): Entry<'accomplishments'>[] {
  return model.accomplishments.filter((entry) => entry.data.tags.includes(tag));
}

/** Accomplishments that are evidence for a skill, newest first. */
export function evidenceFor(model: Model, skillId: string): Entry<'accomplishments'>[] {
  const skill = model.skillById.get(skillId);
  return (skill?.evidence ?? []).flatMap((id) => model.accomplishmentById.get(id) ?? []);
}

/** Years of experience from the first role's start to `today` (YYYY-MM-DD). */
export function yearsOfExperience(model: Model, today: string): number {
  const first = model.roles.map((role) => role.data.start).sort()[0];
  if (!first) return 0;
  const [fromYear, fromMonth = 1] = first.split('-').map(Number);
  const [toYear, toMonth = 1] = today.split('-').map(Number);
  return Math.floor(((toYear! - fromYear!) * 12 + (toMonth - fromMonth)) / 12);
}

/** Plain-text excerpt of an MDX body for descriptions and feeds: markup dropped, cut at a word. */
export function excerpt(body: string | undefined, maxLength = 200): string {
  // Author comments (`{/* … */}`) are notes to self: never a page's description.
  const text = mdxAsMarkdown(body ?? '')
    .replace(/^#+\s.*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2))}…`;
}

/** Whether an MDX body says anything: a story, a quote. */
const hasBody = (entry: { body?: string | undefined }) => (entry.body ?? '').trim().length > 0;

/** Whether a project has a page of its own: only one with a story (a body) does; the others link to their `url`. */
export function hasProjectPage(project: Entry<'projects'>): boolean {
  return hasBody(project);
}

/** The public projects that get a page of their own, newest first. */
export function projectsWithPages(model: Model): Entry<'projects'>[] {
  return model.projects.filter(hasProjectPage);
}

/** One talk or publication as the talks page lists it. */
export interface TalkOrPublication {
  kind: 'talk' | 'publication';
  id: string;
  title: string;
  /** Where it was given or appeared: the event, the publisher. */
  venue: string | undefined;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, when known. */
  date: string | undefined;
  url: string | undefined;
  /** One or two plain sentences from its body, when it has one. */
  summary: string;
}

/** Talks (learning entries of kind talk) and publications together, newest first; undated ones last. */
export function talksAndPublications(model: Model): TalkOrPublication[] {
  const talks: TalkOrPublication[] = model.learning
    .filter((entry) => entry.data.kind === 'talk')
    .map((entry) => ({ kind: 'talk', id: entry.id, title: entry.data.title, venue: entry.data.institution, date: entry.data.date, url: entry.data.credentialUrl, summary: excerpt(entry.body, 220) }));
  const publications: TalkOrPublication[] = model.publications.map((entry) => ({
    kind: 'publication',
    id: entry.id,
    title: entry.data.name,
    venue: entry.data.publisher,
    date: entry.data.date,
    url: entry.data.url,
    summary: excerpt(entry.body, 220),
  }));
  return [...talks, ...publications].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** The references that read as testimonials on the site: public ones (the model holds no other) with words to quote. */
export function testimonials(model: Model): Entry<'references'>[] {
  return model.references.filter(hasBody);
}

/** The site's pages that exist only when there is something to show on them. */
export interface OptionalSections {
  projects: boolean;
  talks: boolean;
  publications: boolean;
  testimonials: boolean;
}

/** Which of the optional pages a person's content fills: a person with no projects gets no projects page and no link to one. */
export function optionalSections(model: Model): OptionalSections {
  return {
    projects: model.projects.length > 0,
    talks: model.learning.some((entry) => entry.data.kind === 'talk'),
    publications: model.publications.length > 0,
    testimonials: testimonials(model).length > 0,
  };
}

/** `Priya Raman, VP Engineering at Northwind` → who said it and, after the first comma, their role. */
export function attribution(name: string): { who: string; role: string | undefined } {
  const comma = name.indexOf(',');
  if (comma < 0) return { who: name.trim(), role: undefined };
  return { who: name.slice(0, comma).trim(), role: name.slice(comma + 1).trim() || undefined };
}

/** The optional pages by the folder they live in: `publications/` lists talks and publications. */
export type OptionalPage = 'projects' | 'publications' | 'testimonials';

/** Which optional pages the site has. */
export function optionalPages(model: Model): Record<OptionalPage, boolean> {
  const sections = optionalSections(model);
  return { projects: sections.projects, publications: sections.talks || sections.publications, testimonials: sections.testimonials };
}

/**
 * The language of a body shown on a page in `model.language`, when it differs: an untranslated body
 * is in the default language (a quote is rarely translated), so screen readers should read it as such.
 */
export function quoteLanguage(model: Model, source: { collection: string }): string | undefined {
  const written = source.collection === 'translations' ? model.language : model.languages[0];
  return written === model.language ? undefined : written;
}
