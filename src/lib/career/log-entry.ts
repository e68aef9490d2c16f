import { VisibilitySchema, type Impact } from '../../schemas/index.ts';
import type { HarvestedFrom } from '../../schemas/accomplishment.ts';
import type { LoadedContent } from '../content/load-content.ts';
import type { Problem } from '../content/problems.ts';
import { closestMatch } from '../content/similar.ts';
import { isCalendarDay } from './dates.ts';
import { IMPACT_EXAMPLE, parseImpactOption } from './impact-option.ts';
import { entryIdFrom, titleSlug } from '../content/slug.ts';
import { markdownAsMdx } from '../content/mdx-text.ts';

/** What `npm run log` was asked to record, as typed (flags or prompts). */
export interface LogRequest {
  title: string;
  date?: string | undefined;
  role?: string | undefined;
  skills?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  impact?: readonly string[] | undefined;
  bullet?: string | undefined;
  visibility?: string | undefined;
  featured?: boolean | undefined;
  story?: string | undefined;
  /** A draft for the person to finish (harvest writes these): never published, whatever its visibility. */
  draft?: boolean | undefined;
  harvestedFrom?: HarvestedFrom | undefined;
}

export interface AccomplishmentDraft {
  /** Frontmatter in the order a person writes it; only the fields that were given. */
  data: Record<string, unknown>;
  body: string;
  /** `YYYY-MM-DD-slug`, before any `-2` suffix. */
  baseName: string;
}

export type DraftResult = { ok: true; draft: AccomplishmentDraft } | { ok: false; errors: string[] };

/** Splits `--skills go,kubernetes --skills sql` into its items. */
export function listOption(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((item) => item.trim()).filter(Boolean);
}

/** The role a date most likely belongs to: one that covers it, preferring the most recently started. */
export function roleForDate(content: LoadedContent, date: string): string | undefined {
  const month = date.slice(0, 7);
  const covering = content.roles
    .filter((role) => role.data.start <= month && (!role.data.end || role.data.end >= month))
    .sort((a, b) => b.data.start.localeCompare(a.data.start) || a.id.localeCompare(b.id));
  return covering[0]?.id;
}

/** A skill written as its id, its name or one of its keywords, in any case: `postgresql`, `PostgreSQL`, `Postgres`. */
export function resolveSkill(content: LoadedContent, written: string): { id: string } | { suggestion: string | undefined } {
  const lower = written.trim().toLowerCase();
  const asId = entryIdFrom(written);
  const exact =
    content.skills.find((skill) => skill.id === lower || skill.id === asId) ??
    content.skills.find((skill) => skill.data.name.toLowerCase() === lower) ??
    content.skills.find((skill) => skill.data.keywords.some((keyword) => keyword.toLowerCase() === lower));
  if (exact) return { id: exact.id };
  const byName = new Map<string, string>();
  for (const skill of content.skills) {
    byName.set(skill.id, skill.id);
    byName.set(skill.data.name, skill.id);
  }
  const near = closestMatch(written, byName.keys());
  return { suggestion: near === undefined ? undefined : byName.get(near) };
}

function unknownHint(suggestion: string | undefined, known: readonly string[], folder: string, id: string): string {
  if (suggestion) return `did you mean "${suggestion}"?`;
  if (known.length === 0) return `create content/${folder}/${id}.mdx first`;
  const list = known.slice(0, 8).join(', ');
  return `use one of ${list}${known.length > 8 ? ', …' : ''}, or create content/${folder}/${id}.mdx first`;
}

/**
 * Turns a log request into an accomplishment's frontmatter and body, resolving the role and skill
 * names against the existing content. Every mistake is collected, each as one line that names the
 * option and the fix, so a person fixes them all in one go.
 */
export function draftAccomplishment(request: LogRequest, content: LoadedContent, today: string): DraftResult {
  const errors: string[] = [];
  const title = request.title.trim();
  if (!title) errors.push('the title is missing: give it first, in quotes, e.g. npm run log -- "Cut checkout latency by 80%"');

  const date = request.date?.trim() || today;
  if (!isCalendarDay(date)) errors.push(`--date "${date}" is not a real date: write it as YYYY-MM-DD, e.g. ${today}`);

  const roleIds = content.roles.map((role) => role.id);
  let role = request.role?.trim();
  if (role !== undefined) {
    const asId = entryIdFrom(role);
    if (!roleIds.includes(role) && roleIds.includes(asId)) role = asId;
    if (!roleIds.includes(role)) errors.push(`--role "${role}" is not a role in content/roles/: ${unknownHint(closestMatch(role, roleIds), roleIds, 'roles', asId)}`);
  } else if (isCalendarDay(date)) {
    role = roleForDate(content, date);
    if (!role) {
      errors.push(
        roleIds.length === 0
          ? 'there are no roles yet: create content/roles/<id>.mdx for the job this belongs to, then log again'
          : `no role in content/roles/ covers ${date}: pass --role with one of ${roleIds.join(', ')}`,
      );
    }
  }

  const skills: string[] = [];
  for (const written of listOption(request.skills)) {
    const resolved = resolveSkill(content, written);
    if ('id' in resolved) {
      if (!skills.includes(resolved.id)) skills.push(resolved.id);
    } else {
      const known = content.skills.map((skill) => skill.id);
      errors.push(`--skills "${written}" is not a skill in content/skills/: ${unknownHint(resolved.suggestion, known, 'skills', entryIdFrom(written))}`);
    }
  }

  const tags = [...new Set(listOption(request.tags).map((tag) => entryIdFrom(tag)))];

  const impact: Impact[] = [];
  for (const written of request.impact ?? []) {
    const parsed = parseImpactOption(written);
    if (parsed.ok) impact.push(parsed.impact);
    else errors.push(`--impact "${written}" ${parsed.reason}: write it as "label: from -> to unit", e.g. --impact "${IMPACT_EXAMPLE}"`);
  }

  const visibility = request.visibility?.trim();
  if (visibility !== undefined && !VisibilitySchema.safeParse(visibility).success) {
    errors.push(`--visibility "${visibility}" is not a visibility: use public, resume or private`);
  }

  if (errors.length > 0) return { ok: false, errors };

  // The title doubles as the resume line until one is written: titles start with a verb too.
  const data: Record<string, unknown> = { title, date, role, skills, tags, bullet: request.bullet?.trim() || title };
  if (impact.length > 0) data['impact'] = impact;
  if (request.featured) data['featured'] = true;
  if (visibility) data['visibility'] = visibility;
  if (request.draft) data['draft'] = true;
  if (request.harvestedFrom) data['harvestedFrom'] = request.harvestedFrom;
  if (skills.length === 0) delete data['skills'];
  if (tags.length === 0) delete data['tags'];

  return { ok: true, draft: { data, body: markdownAsMdx(request.story?.trim() ?? ''), baseName: `${date}-${titleSlug(title, 'accomplishment', 60 - 11)}` } };
}

const OPTION_OF_FIELD: Record<string, string> = {
  title: 'the title',
  date: '--date',
  role: '--role',
  skills: '--skills',
  tags: '--tags',
  bullet: '--bullet',
  impact: '--impact',
  featured: '--featured',
  visibility: '--visibility',
  draft: 'the draft mark',
  harvestedFrom: 'the harvested commits',
  body: 'the story',
};

/** A schema or cross-reference problem of a new entry, said in terms of the options that caused it. */
export function describeDraftProblem(problem: Problem): string {
  const field = problem.field ?? '';
  const option = OPTION_OF_FIELD[field.split('.')[0] ?? ''] ?? (field || problem.file);
  const shown = JSON.stringify(problem.received) ?? String(problem.received);
  const received = problem.received === undefined ? '' : `; received ${shown.length > 80 ? `${shown.slice(0, 77)}…` : shown}`;
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${option} ${problem.message}${received}${hint}`;
}
