import type { Goal, Impact, Learning, Visibility } from '../../schemas/index.ts';
import { formatImpactChange, formatImpactValue } from '../model/format.ts';
import type { ContentInput, Entry } from '../model/model.ts';
import { addDays, daysBetween, firstDayOf } from './dates.ts';
import { interviewLessons, type InterviewLessons } from './interview-lessons.ts';
import { overdueContacts, type OverdueContact } from './network.ts';
import { variantSkills } from './variant-skills.ts';

/** The default review period: the 90 days up to and including today. */
export const DEFAULT_REVIEW_DAYS = 90;
/** A skill with no evidence for longer than this is reported as going stale. */
export const STALE_AFTER_DAYS = 365;

export interface ReviewPeriod {
  since: string;
  until: string;
}

/** The period ending `until` that `--since` leaves out: the last 90 days. */
export function defaultPeriod(until: string): ReviewPeriod {
  return { since: addDays(until, -(DEFAULT_REVIEW_DAYS - 1)), until };
}

export interface ReviewedImpact extends Impact {
  /** `820 → 95 ms`. */
  figure: string;
  /** `−88%`, when a before value makes it meaningful. */
  change: string | undefined;
}

export interface ReviewedAccomplishment {
  id: string;
  title: string;
  date: string;
  role: string;
  skills: string[];
  tags: string[];
  bullet: string;
  impact: ReviewedImpact[];
  visibility: Visibility;
  featured: boolean;
  /** Not finished: never published until the person removes `draft: true`. */
  draft: boolean;
}

/** A draft waiting to be finished, wherever its date falls. */
export interface ReviewedDraft {
  id: string;
  title: string;
  date: string;
  /** `ledger, PR #12, 3 commits`, for a draft `npm run harvest` wrote. */
  harvestedFrom: string | undefined;
}

export interface SkillEvidence {
  skill: string;
  name: string;
  /** The newest evidence on or before the end of the period (accomplishment or learning), `YYYY-MM-DD`. */
  lastEvidence: string | undefined;
  /** Days from that evidence to the end of the period. */
  daysSince: number | undefined;
}

export interface ReviewReport {
  period: ReviewPeriod & { days: number };
  summary: { accomplishments: number; roles: number; skillsPractised: number; learning: number; impactMetrics: number };
  accomplishments: ReviewedAccomplishment[];
  byRole: { role: string; title: string; organisation: string; accomplishments: string[] }[];
  bySkill: { skill: string; name: string; accomplishments: string[]; learning: string[] }[];
  impact: (ReviewedImpact & { accomplishment: string; title: string })[];
  learning: { id: string; kind: Learning['kind']; title: string; institution: string; date: string; skills: string[] }[];
  /** Skills with no evidence in the last year (or ever), the longest silent first. */
  staleSkills: SkillEvidence[];
  goals: {
    id: string;
    title: string;
    horizon: Goal['horizon'];
    targetDate: string;
    /** Each linked skill and its new evidence in the period (accomplishment and learning ids). */
    skills: { skill: string; name: string; evidence: string[] }[];
    /** How many linked skills have new evidence. */
    progressed: number;
  }[];
  variants: {
    id: string;
    title: string;
    targetRole: string;
    /** Where the variant's skills come from: its `emphasis`, or the skills its text names. */
    skillsFrom: 'emphasis' | 'named';
    skills: SkillEvidence[];
    /** Its skills with no evidence in the last year. */
    gaps: SkillEvidence[];
  }[];
  /** When the period holds no accomplishment: the date of the newest one before it, so the report can say where the log stops. */
  newestBefore: string | undefined;
  network: { overdue: OverdueContact[] };
  interviews: InterviewLessons;
  /** Every draft accomplishment, newest first: harvested work waiting for its story. */
  drafts: ReviewedDraft[];
}

function inPeriod(date: string, period: ReviewPeriod): boolean {
  const day = firstDayOf(date);
  return day >= period.since && day <= period.until;
}

function reviewedImpact(impact: Impact): ReviewedImpact {
  return { ...impact, figure: formatImpactValue(impact), change: formatImpactChange(impact) };
}

/**
 * A brag document for a period: what was done (by role and by skill), what it changed, which
 * skills were practised and which have gone quiet, how each goal and each career path is served
 * by recent evidence, who is overdue for a check-in and what interviews taught. It reads the
 * private content too: this report is for the person, not the public.
 */
export function buildReview(content: ContentInput, period: ReviewPeriod, staleAfterDays = STALE_AFTER_DAYS): ReviewReport {
  const skillName = new Map(content.skills.map((skill) => [skill.id, skill.data.name]));
  const nameOf = (id: string) => skillName.get(id) ?? id;
  const accomplishments = content.accomplishments
    .filter((entry) => inPeriod(entry.data.date, period))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const learning = content.learning
    .filter((entry) => inPeriod(entry.data.date, period))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

  const reviewed = accomplishments.map((entry): ReviewedAccomplishment => ({
    id: entry.id,
    title: entry.data.title,
    date: entry.data.date,
    role: entry.data.role,
    skills: entry.data.skills,
    tags: entry.data.tags,
    bullet: entry.data.bullet,
    impact: entry.data.impact.map(reviewedImpact),
    visibility: entry.data.visibility,
    featured: entry.data.featured,
    draft: entry.data.draft,
  }));

  // Current roles first, then by start, as on the site.
  const roles = [...content.roles].sort((a, b) => (b.data.end ?? '9999').localeCompare(a.data.end ?? '9999') || b.data.start.localeCompare(a.data.start));
  const byRole = roles
    .map((role) => ({ role: role.id, title: role.data.title, organisation: role.data.organisation, accomplishments: accomplishments.filter((entry) => entry.data.role === role.id).map((entry) => entry.id) }))
    .filter((group) => group.accomplishments.length > 0);

  const bySkill = content.skills
    .map((skill) => ({
      skill: skill.id,
      name: skill.data.name,
      accomplishments: accomplishments.filter((entry) => entry.data.skills.includes(skill.id)).map((entry) => entry.id),
      learning: learning.filter((entry) => entry.data.skills.includes(skill.id)).map((entry) => entry.id),
    }))
    .filter((group) => group.accomplishments.length + group.learning.length > 0)
    .sort((a, b) => b.accomplishments.length + b.learning.length - (a.accomplishments.length + a.learning.length) || a.name.localeCompare(b.name));

  const evidenceOf = skillEvidence(content, period.until, nameOf);
  const staleSkills = content.skills
    .map((skill) => evidenceOf(skill.id))
    .filter((skill) => skill.daysSince === undefined || skill.daysSince > staleAfterDays)
    .sort((a, b) => (b.daysSince ?? Number.POSITIVE_INFINITY) - (a.daysSince ?? Number.POSITIVE_INFINITY) || a.name.localeCompare(b.name));

  const goals = [...content.goals]
    .sort((a, b) => a.data.targetDate.localeCompare(b.data.targetDate) || a.id.localeCompare(b.id))
    .map((goal) => {
      const skills = goal.data.skills.map((skill) => ({
        skill,
        name: nameOf(skill),
        evidence: [...accomplishments, ...learning].filter((entry) => entry.data.skills.includes(skill)).map((entry) => entry.id),
      }));
      return { id: goal.id, title: goal.data.title, horizon: goal.data.horizon, targetDate: goal.data.targetDate, skills, progressed: skills.filter((skill) => skill.evidence.length > 0).length };
    });

  const variants = [...content.resumes]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((variant) => {
      const { source, skills } = variantSkills(variant, content.skills);
      const evidence = skills.map(evidenceOf);
      return {
        id: variant.id,
        title: variant.data.title,
        targetRole: variant.data.targetRole,
        skillsFrom: source,
        skills: evidence,
        gaps: evidence.filter((skill) => skill.daysSince === undefined || skill.daysSince > staleAfterDays),
      };
    });

  const impact = reviewed.flatMap((entry) => entry.impact.map((item) => ({ ...item, accomplishment: entry.id, title: entry.title })));
  return {
    period: { ...period, days: daysBetween(period.since, period.until) + 1 },
    summary: { accomplishments: reviewed.length, roles: byRole.length, skillsPractised: bySkill.length, learning: learning.length, impactMetrics: impact.length },
    accomplishments: reviewed,
    byRole,
    bySkill,
    impact,
    learning: learning.map((entry) => ({ id: entry.id, kind: entry.data.kind, title: entry.data.title, institution: entry.data.institution, date: entry.data.date, skills: entry.data.skills })),
    staleSkills,
    goals,
    variants,
    newestBefore: reviewed.length > 0 ? undefined : content.accomplishments.map((entry) => entry.data.date).filter((date) => date < period.since).sort().at(-1),
    network: { overdue: overdueContacts(content.network, period.until) },
    interviews: interviewLessons(content.interviews, period.since, period.until),
    drafts: content.accomplishments
      .filter((entry) => entry.data.draft)
      .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
      .map((entry) => ({ id: entry.id, title: entry.data.title, date: entry.data.date, harvestedFrom: harvestSource(entry.data.harvestedFrom) })),
  };
}

function harvestSource(from: Entry<'accomplishments'>['data']['harvestedFrom']): string | undefined {
  if (!from) return undefined;
  const commits = `${from.commits.length} commit${from.commits.length === 1 ? '' : 's'}`;
  return [from.repository, from.pullRequest === undefined ? '' : `PR #${from.pullRequest}`, commits].filter(Boolean).join(', ');
}

/** For each skill, its newest evidence up to `until` (later entries do not count for a past period). */
function skillEvidence(content: ContentInput, until: string, nameOf: (id: string) => string): (skill: string) => SkillEvidence {
  const newest = new Map<string, string>();
  const note = (skills: readonly string[], date: string) => {
    const day = firstDayOf(date);
    if (day > until) return;
    for (const skill of skills) if ((newest.get(skill) ?? '') < day) newest.set(skill, day);
  };
  for (const entry of content.accomplishments) note(entry.data.skills, entry.data.date);
  for (const entry of content.learning as readonly Entry<'learning'>[]) note(entry.data.skills, entry.data.date);
  return (skill) => {
    const lastEvidence = newest.get(skill);
    return { skill, name: nameOf(skill), lastEvidence, daysSince: lastEvidence ? daysBetween(lastEvidence, until) : undefined };
  };
}
