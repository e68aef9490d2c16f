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
  const text = (body ?? '')
    .replace(/^\s*(import|export)\s.*$/gm, '')
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
