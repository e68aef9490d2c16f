import { mdxAsMarkdown } from '../../content/mdx-text.ts';
import type { Learning } from '../../../schemas/learning.ts';
import type { Resume, ResumeExclude, ResumeFilter, ResumeSection } from '../../../schemas/resume.ts';
import type { Entry, Model, SkillWithEvidence } from '../model.ts';
import { formatRange } from '../format.ts';
import { byRank, inTieOrder, rankInTieOrder, scoringFacts, yearsBefore, type Ranked, type Score, type ScoringFacts } from './ranking.ts';
import { absolutePhotoUrl } from '../../content/photo.ts';
import { nameIn } from '../name-order.ts';

/**
 * Which accomplishments, roles, skills and learning a resume variant shows, and why: a pure
 * function of the model (already narrowed to one audience) and the variant file, so the web page,
 * the PDF, the text exports and `npm run resume:explain` all tell the same story.
 */

export interface Bullet {
  /** The accomplishment id. */
  id: string;
  text: string;
  date: string;
  /** 1-based place in the variant's `pinned` list, when pinned. */
  pinned: number | undefined;
  score: Score;
}

export interface RoleView {
  id: string;
  organisation: string;
  organisationUrl: string | undefined;
  /** What the organisation does, when the role says. */
  organisationDescription: string | undefined;
  title: string;
  start: string;
  end: string | undefined;
  /** `Jan 2024 – Present`. */
  dates: string;
  location: string | undefined;
  employmentType: Entry<'roles'>['data']['employmentType'];
  /** The role's scope, or undefined when the variant leaves role summaries out. */
  summary: string | undefined;
  bullets: Bullet[];
}

export interface SkillGroupView {
  category: string;
  skills: { id: string; name: string; level: SkillWithEvidence['data']['level']; keywords: string[] }[];
}

export interface EducationView {
  id: string;
  institution: string;
  title: string;
  start: string | undefined;
  end: string | undefined;
  dates: string;
  credentialUrl: string | undefined;
  studyType: string | undefined;
  area: string | undefined;
  score: string | undefined;
  courses: string[];
}

export interface LearningView {
  id: string;
  kind: Learning['kind'];
  title: string;
  institution: string;
  date: string;
  credentialUrl: string | undefined;
}

export interface LinkView {
  label: string;
  url: string;
  /** The address as printed: no scheme, no trailing slash, so it reads on paper. */
  text: string;
  /** The user name on that network, when the profile gives one. */
  username?: string | undefined;
}

export interface PersonView {
  name: string;
  headline: string;
  location: string | undefined;
  email: string | undefined;
  phone: string | undefined;
  address: string | undefined;
  postalCode: string | undefined;
  /** ISO 3166-1 code of the country the person is based in. */
  country: string | undefined;
  /** The portrait's full address, when the profile has one. */
  photo: string | undefined;
  site: LinkView;
  links: LinkView[];
}

/** Why an accomplishment is on the resume or not, for `npm run resume:explain`. */
export interface Decision {
  id: string;
  role: string;
  bullet: string;
  score: Score;
  included: boolean;
  reason: string;
}

export interface ResumeView {
  id: string;
  /** The language of every text in it (the model's). */
  language: string;
  variant: Resume;
  person: PersonView;
  /** The languages the person speaks, from the profile. */
  spokenLanguages: { language: string; fluency: string | undefined }[];
  /** The person's interests, from the profile. */
  interests: { name: string; keywords: string[] }[];
  /** Everything of these kinds the audience may see, newest first, with its body as Markdown. */
  projects: { id: string; name: string; description: string | undefined; url: string | undefined; start: string | undefined; end: string | undefined; highlights: string[]; keywords: string[]; roles: string[]; entity: string | undefined; type: string | undefined; body: string }[];
  awards: { id: string; title: string; date: string | undefined; awarder: string | undefined; body: string }[];
  publications: { id: string; name: string; publisher: string | undefined; date: string | undefined; url: string | undefined; body: string }[];
  /** Referees, with the contact details the audience may see (resume-level by default: on the resumes you send only). */
  references: { id: string; name: string; email: string | undefined; phone: string | undefined; body: string }[];
  /** The date the resume speaks from: its newest accomplishment or role start, `YYYY-MM-DD`. */
  asOf: string;
  /** The summary in Markdown (the variant's body, else the profile's value proposition). */
  summary: string;
  sections: ResumeSection[];
  /** Newest first. */
  roles: RoleView[];
  skills: SkillGroupView[];
  education: EducationView[];
  learning: LearningView[];
  /** One per accomplishment the audience may see, best-ranked first. */
  decisions: Decision[];
  /** Bullets a fit may drop, the first to go first: every shown bullet that is not pinned, lowest-ranked first. */
  dropOrder: string[];
}

export interface SelectOptions {
  /** Accomplishment ids to leave out to fit the page limit (never pinned ones). */
  drop?: readonly string[];
}

/** Printed addresses: `https://github.com/maya/` → `github.com/maya`. */
export function printableUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^mailto:/i, '').replace(/\/$/, '');
}

/** The newest date in the model: "now" for a resume, taken from the content so a rebuild tomorrow gives the same resume. */
export function asOfDate(model: Model): string {
  const workDates = [...model.accomplishments.map((entry) => entry.data.date), ...model.roles.flatMap((role) => [role.data.start, role.data.end ?? role.data.start])];
  // A student's resume, or a new one with only education or learning, still speaks from a date of its own.
  const dates = workDates.length > 0 ? workDates : [...model.education.flatMap((entry) => [entry.data.start, entry.data.end].filter((date): date is string => date !== undefined)), ...model.learning.map((entry) => entry.data.date)];
  const newest = dates.sort().at(-1) ?? '1970-01-01';
  return newest.length === 7 ? `${newest}-01` : newest.length === 4 ? `${newest}-01-01` : newest;
}

/** `YYYY-MM-DD` that many years before `date`. */
function yearsEarlier(date: string, years: number): string {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  const moment = new Date(Date.UTC(year!, month - 1, day) - years * 365.25 * 86_400_000);
  return moment.toISOString().slice(0, 10);
}

/** A date is on or after `from` and on or before `to`, each at its own precision (`to: 2019` means the whole of 2019). */
function inRange(date: string, from: string | undefined, to: string | undefined): boolean {
  if (from && date < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

function list(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}

/** The first include list an accomplishment fails, or undefined when it passes them all. */
function failedInclude(entry: Entry<'accomplishments'>, include: ResumeFilter): string | undefined {
  const { skills, tags, roles, from, to } = include;
  if (skills.length > 0 && !entry.data.skills.some((id) => skills.includes(id))) return `names none of include.skills ${list(skills)}`;
  if (tags.length > 0 && !entry.data.tags.some((id) => tags.includes(id))) return `has none of include.tags ${list(tags)}`;
  if (roles.length > 0 && !roles.includes(entry.data.role)) return `its role is not in include.roles ${list(roles)}`;
  if ((from || to) && !inRange(entry.data.date, from, to)) return `dated outside include ${from ?? '…'} to ${to ?? '…'}`;
  return undefined;
}

/** The first exclude rule an accomplishment matches, or undefined. */
function matchedExclude(entry: Entry<'accomplishments'>, exclude: ResumeExclude): string | undefined {
  if (exclude.accomplishments.includes(entry.id)) return 'listed in exclude.accomplishments';
  const skill = entry.data.skills.find((id) => exclude.skills.includes(id));
  if (skill) return `names skill ${skill} (exclude.skills)`;
  const tag = entry.data.tags.find((id) => exclude.tags.includes(id));
  if (tag) return `has tag ${tag} (exclude.tags)`;
  if (exclude.roles.includes(entry.data.role)) return `its role ${entry.data.role} is in exclude.roles`;
  if ((exclude.from || exclude.to) && inRange(entry.data.date, exclude.from, exclude.to)) return `dated inside exclude ${exclude.from ?? '…'} to ${exclude.to ?? '…'}`;
  return undefined;
}

function ordinal(position: number): string {
  const suffix = position % 100 >= 11 && position % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[position % 10] ?? 'th';
  return `${position}${suffix}`;
}

/** How many bullets the role at `position` (0 = newest shown) may have. */
export function bulletLimit(variant: Resume, position: number): number {
  const limit = variant.limits.bulletsPerRole;
  return Array.isArray(limit) ? limit[Math.min(position, limit.length - 1)]! : limit;
}

/** Roles the variant shows, newest first, with the reason each other role is left out. */
function selectRoles(model: Model, variant: Resume, cutoff: string | undefined, pinnedRoles: Set<string>) {
  const reasons = new Map<string, string>();
  const kept: Entry<'roles'>[] = [];
  for (const role of model.roles) {
    if (variant.exclude.roles.includes(role.id)) reasons.set(role.id, `its role ${role.id} is in exclude.roles`);
    else if (variant.include.roles.length > 0 && !variant.include.roles.includes(role.id)) reasons.set(role.id, `its role ${role.id} is not in include.roles`);
    else if (cutoff && role.data.end && `${role.data.end}-31` < cutoff) reasons.set(role.id, `its role ${role.id} ended over ${variant.limits.years} years ago (limits.years)`);
    else if (variant.limits.roles !== undefined && kept.length >= variant.limits.roles) reasons.set(role.id, `its role ${role.id} is past the ${variant.limits.roles} newest roles (limits.roles)`);
    else kept.push(role);
  }
  // Pins are always in, so a pinned accomplishment brings its role back.
  const roles = model.roles.filter((role) => kept.includes(role) || pinnedRoles.has(role.id));
  return { roles, reasons };
}

export const SKILL_LEVEL_POINTS = { expert: 3, advanced: 2, working: 1, learning: 0 } as const;
/** Points per piece of evidence (accomplishments naming the skill), counted up to five. */
export const SKILL_EVIDENCE_POINTS = 0.3;
export const SKILL_EVIDENCE_COUNTED = 5;

/** Why a skill is in the skills section or not, for `npm run resume:explain`. */
export interface SkillDecision {
  skill: SkillWithEvidence;
  /** The variant's weight ×2, plus the level's points, plus evidence (up to five pieces). */
  score: number;
  /** 1-based place among the skills the filters let through; undefined for a skill filtered out. */
  rank: number | undefined;
  included: boolean;
  reason: 'shown' | 'excluded' | 'negative-weight' | 'below-level-floor' | 'over-limit';
}

/**
 * Every skill with the rule that decided it: excluded by the variant, pushed out by a negative
 * weight, still being learned (shown only when the variant weights it), past limits.skills, or shown.
 */
export function skillDecisions(model: Model, variant: Resume): SkillDecision[] {
  const weight = (skill: SkillWithEvidence) => variant.emphasis.skills[skill.id] ?? 0;
  const score = (skill: SkillWithEvidence) => weight(skill) * 2 + SKILL_LEVEL_POINTS[skill.data.level] + Math.min(skill.evidence.length, SKILL_EVIDENCE_COUNTED) * SKILL_EVIDENCE_POINTS;
  const filtered = (skill: SkillWithEvidence): SkillDecision['reason'] | undefined =>
    variant.exclude.skills.includes(skill.id) ? 'excluded' : weight(skill) < 0 ? 'negative-weight' : skill.data.level === 'learning' && weight(skill) <= 0 ? 'below-level-floor' : undefined;
  const ranked = model.skills.filter((skill) => filtered(skill) === undefined).sort((a, b) => score(b) - score(a) || a.data.name.localeCompare(b.data.name));
  const rankOf = new Map(ranked.map((skill, index) => [skill.id, index + 1]));
  return model.skills
    .map((skill): SkillDecision => {
      const rank = rankOf.get(skill.id);
      const reason = filtered(skill) ?? (rank! <= variant.limits.skills ? 'shown' : 'over-limit');
      return { skill, score: score(skill), rank, included: reason === 'shown', reason };
    })
    .sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) || a.skill.data.name.localeCompare(b.skill.data.name));
}

/**
 * Skills for the skills section: the variant's weighted skills first, then by level and evidence.
 * Skills still being learned appear only when the variant asks for them.
 */
function selectSkills(model: Model, variant: Resume): SkillGroupView[] {
  const chosen = skillDecisions(model, variant)
    .filter((decision) => decision.included)
    .map((decision) => decision.skill);
  const groups = new Map<string, SkillWithEvidence[]>();
  for (const skill of chosen) groups.set(skill.data.category, [...(groups.get(skill.data.category) ?? []), skill]);
  return [...groups.entries()].map(([category, skills]) => ({
    category,
    skills: skills.map((skill) => ({ id: skill.id, name: skill.data.name, level: skill.data.level, keywords: skill.data.keywords })),
  }));
}

const KIND_POINTS = { certification: 1, talk: 1, course: 0.5, workshop: 0.5, book: 0 } as const;

/** The learning entries that matter most for this path (weighted skills, kind, recency), shown newest first. */
function selectLearning(model: Model, variant: Resume, asOf: string): LearningView[] {
  const score = (entry: Entry<'learning'>) =>
    entry.data.skills.reduce((sum, id) => sum + (variant.emphasis.skills[id] ?? 0), 0) + KIND_POINTS[entry.data.kind] + 0.5 ** (yearsBefore(entry.data.date, asOf) / 3);
  const chosen = new Set(
    model.learning
      .filter((entry) => !entry.data.skills.some((id) => variant.exclude.skills.includes(id)))
      .map((entry) => ({ entry, score: score(entry) }))
      .sort((a, b) => b.score - a.score || b.entry.data.date.localeCompare(a.entry.data.date) || a.entry.id.localeCompare(b.entry.id))
      .slice(0, variant.limits.learning)
      .map(({ entry }) => entry),
  );
  return model.learning
    .filter((entry) => chosen.has(entry))
    .map((entry) => ({ id: entry.id, kind: entry.data.kind, title: entry.data.title, institution: entry.data.institution, date: entry.data.date, credentialUrl: entry.data.credentialUrl }));
}

function personOf(model: Model, variant: Resume): PersonView {
  const { data } = model.profile;
  return {
    name: nameIn(model.language, data.name, data.nameParts),
    headline: variant.headline ?? data.headline,
    location: data.location,
    email: data.contact.email?.value,
    phone: data.contact.phone?.value,
    address: data.contact.address?.value,
    postalCode: data.contact.postalCode?.value,
    country: data.country,
    photo: data.photo ? absolutePhotoUrl(data.photo, data.site) : undefined,
    site: { label: 'Website', url: data.site, text: printableUrl(data.site) },
    links: data.links.map((link) => ({ label: link.label, url: link.url, text: printableUrl(link.url), username: link.username })),
  };
}

/** The body as Markdown for outputs that are not MDX: no `import`/`export` lines, no author comments. */
export function summaryMarkdown(body: string | undefined, fallback: string): string {
  const text = mdxAsMarkdown(body ?? '').trim();
  return text.length > 0 ? text : fallback;
}

/**
 * What every variant of one model shares, worked out on the model's first selection and kept for
 * as long as the model lives: at a thousand accomplishments and ten variants, re-deriving the
 * as-of date, each accomplishment's recency and each role's printed dates per variant cost more
 * than the selection itself. A model is read-only once built, so the index never goes stale.
 */
interface ModelIndex {
  asOf: string;
  /** Scoring facts for every accomplishment, in the order ties in score are broken in. */
  facts: ScoringFacts[];
  /** `Jan 2020 – Present`, per role and education entry, filled in as variants show them (formatting dates is slow). */
  dates: WeakMap<Entry<'roles'> | Entry<'education'>, string>;
  /** The model's language, which dates are written in. */
  language: string;
}

const indexes = new WeakMap<Model, ModelIndex>();

function indexOf(model: Model): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    const asOf = asOfDate(model);
    index = { asOf, facts: inTieOrder(model.accomplishments.map((entry) => scoringFacts(entry, asOf))), dates: new WeakMap(), language: model.language };
    indexes.set(model, index);
  }
  return index;
}

function datesOf(index: ModelIndex, entry: Entry<'roles'> | Entry<'education'>): string {
  let dates = index.dates.get(entry);
  if (dates === undefined) {
    dates = formatRange(entry.data.start, entry.data.end, index.language);
    index.dates.set(entry, dates);
  }
  return dates;
}

/**
 * The resume for variant `id`. Throws when the variant is not in the model (the audience cannot
 * see it); `npm run check` reports unknown ids in a variant before this can be reached.
 */
export function selectResume(model: Model, id: string, options: SelectOptions = {}): ResumeView {
  const entry = model.resumes.find((resume) => resume.id === id);
  if (!entry) throw new Error(`no resume variant "${id}" for this audience`);
  const variant = entry.data;
  const index = indexOf(model);
  const { asOf } = index;
  const cutoff = variant.limits.years === undefined ? undefined : yearsEarlier(asOf, variant.limits.years);
  const drop = new Set(options.drop ?? []);

  const pinned = variant.pinned.filter((pin) => model.accomplishmentById.has(pin));
  const pinOf = (accomplishment: string) => (pinned.includes(accomplishment) ? pinned.indexOf(accomplishment) + 1 : undefined);
  const pinnedRoles = new Set(pinned.map((pin) => model.accomplishmentById.get(pin)!.data.role));
  const { roles, reasons: roleReasons } = selectRoles(model, variant, cutoff, pinnedRoles);
  const shownRoles = new Set(roles.map((role) => role.id));

  const ranked = rankInTieOrder(index.facts, variant.emphasis);
  const chosenByRole = new Map<string, Ranked[]>();
  // One pass splits the ranking by role (each list stays best first), so each role reads only its own.
  const rankedByRole = new Map<string, Ranked[]>();
  for (const item of ranked) {
    const list = rankedByRole.get(item.entry.data.role);
    if (list) list.push(item);
    else rankedByRole.set(item.entry.data.role, [item]);
  }
  const rankedPins = new Map(pinned.map((pin) => [pin, rankedByRole.get(model.accomplishmentById.get(pin)!.data.role)!.find((item) => item.entry.id === pin)!]));

  /** What the pass over each shown role found, from which the reasons are written if they are asked for. */
  const passes: { limit: number; pins: Ranked[]; eligible: Ranked[]; room: number; excluded: [Ranked, string][]; tooOld: Ranked[] }[] = [];
  for (const [position, role] of roles.entries()) {
    const limit = bulletLimit(variant, position);
    const pins = pinned.map((pin) => rankedPins.get(pin)!).filter((item) => item.entry.data.role === role.id);
    const eligible: Ranked[] = [];
    const excluded: [Ranked, string][] = [];
    const tooOld: Ranked[] = [];
    for (const item of rankedByRole.get(role.id) ?? []) {
      if (pinOf(item.entry.id) !== undefined) continue;
      const why = matchedExclude(item.entry, variant.exclude) ?? failedInclude(item.entry, variant.include);
      if (why) excluded.push([item, why]);
      else if (cutoff && item.entry.data.date < cutoff) tooOld.push(item);
      else eligible.push(item);
    }
    const room = Math.max(0, limit - pins.length);
    chosenByRole.set(role.id, [...pins, ...eligible.slice(0, room)]);
    passes.push({ limit, pins, eligible, room, excluded, tooOld });
  }

  const dropOrder = [...chosenByRole.values()]
    .flat()
    .filter((item) => pinOf(item.entry.id) === undefined)
    .sort((a, b) => byRank(b, a))
    .map((item) => item.entry.id);

  /** Why each accomplishment is in or out, in ranking order. */
  const decide = (): Decision[] => {
    const reasons = new Map<string, { included: boolean; reason: string }>();
    for (const { limit, pins, eligible, room, excluded, tooOld } of passes) {
      for (const [item, why] of excluded) reasons.set(item.entry.id, { included: false, reason: `left out: ${why}` });
      for (const item of tooOld) reasons.set(item.entry.id, { included: false, reason: `left out: older than ${variant.limits.years} years (limits.years)` });
      for (const item of pins) reasons.set(item.entry.id, { included: true, reason: `pinned (${ordinal(pinOf(item.entry.id)!)} in pinned)` });
      eligible.forEach((item, index) => {
        const place = `${ordinal(index + 1)} of ${eligible.length} in its role`;
        reasons.set(
          item.entry.id,
          index < room
            ? { included: true, reason: `ranked ${place}` }
            : { included: false, reason: `left out: ranked ${place}, over limits.bulletsPerRole (${limit} for this role${pins.length > 0 ? `, ${pins.length} taken by pins` : ''})` },
        );
      });
    }
    for (const [role, items] of rankedByRole) {
      if (shownRoles.has(role)) continue;
      const decision = { included: false, reason: `left out: ${roleReasons.get(role) ?? 'its role is not shown'}` };
      for (const item of items) reasons.set(item.entry.id, decision);
    }
    for (const id of dropOrder) {
      if (drop.has(id)) reasons.set(id, { included: false, reason: `dropped to fit ${variant.pages} page${variant.pages > 1 ? 's' : ''} (fit: auto; ranked lowest)` });
    }
    return ranked.map((item) => {
      const { included, reason } = reasons.get(item.entry.id) ?? { included: false, reason: 'left out' };
      return { id: item.entry.id, role: item.entry.data.role, bullet: item.entry.data.bullet, score: item.score, included, reason };
    });
  };

  const roleViews: RoleView[] = roles.map((role) => ({
    id: role.id,
    organisation: role.data.organisation,
    organisationUrl: role.data.organisationUrl,
    organisationDescription: role.data.organisationDescription,
    title: role.data.title,
    start: role.data.start,
    end: role.data.end,
    dates: datesOf(index, role),
    location: role.data.location,
    employmentType: role.data.employmentType,
    summary: variant.roleSummaries ? role.data.summary : undefined,
    bullets: (chosenByRole.get(role.id) ?? [])
      .filter((item) => !drop.has(item.entry.id) || pinOf(item.entry.id) !== undefined)
      .map((item) => ({ id: item.entry.id, text: item.entry.data.bullet, date: item.entry.data.date, pinned: pinOf(item.entry.id), score: item.score })),
  }));

  const view: Omit<ResumeView, 'decisions'> = {
    id,
    language: model.language,
    variant,
    person: personOf(model, variant),
    spokenLanguages: model.profile.data.spokenLanguages.map((entry) => ({ language: entry.language, fluency: entry.fluency })),
    interests: model.profile.data.interests.map((entry) => ({ name: entry.name, keywords: entry.keywords })),
    projects: model.projects.map(({ id, data, body }) => ({ id, name: data.name, description: data.description, url: data.url, start: data.start, end: data.end, highlights: data.highlights, keywords: data.keywords, roles: data.roles, entity: data.entity, type: data.type, body: body?.trim() ?? '' })),
    awards: model.awards.map(({ id, data, body }) => ({ id, title: data.title, date: data.date, awarder: data.awarder, body: body?.trim() ?? '' })),
    publications: model.publications.map(({ id, data, body }) => ({ id, name: data.name, publisher: data.publisher, date: data.date, url: data.url, body: body?.trim() ?? '' })),
    references: model.references.map(({ id, data, body }) => ({ id, name: data.name, email: data.contact.email?.value, phone: data.contact.phone?.value, body: body?.trim() ?? '' })),
    asOf,
    summary: summaryMarkdown(entry.body, model.profile.data.valueProposition),
    sections: variant.sections,
    roles: roleViews,
    skills: selectSkills(model, variant),
    education: model.education.map((education) => ({
      id: education.id,
      institution: education.data.institution,
      title: education.data.title,
      start: education.data.start,
      end: education.data.end,
      dates: datesOf(index, education),
      credentialUrl: education.data.credentialUrl,
      studyType: education.data.studyType,
      area: education.data.area,
      score: education.data.score,
      courses: education.data.courses,
    })),
    learning: selectLearning(model, variant, asOf),
    dropOrder,
  };
  // A reason for each of the audience's accomplishments is work a build never reads (`explain` does): written
  // when first read, and left out of the view's JSON, which keys the Word cache.
  let decisions: Decision[] | undefined;
  return Object.defineProperty(view, 'decisions', { get: () => (decisions ??= decide()), enumerable: false }) as ResumeView;
}

/** Every bullet shown, in reading order. */
export function shownBullets(view: ResumeView): Bullet[] {
  return view.roles.flatMap((role) => role.bullets);
}
