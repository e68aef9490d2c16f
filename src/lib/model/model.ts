import type { ContentInput, Entry } from '../content/entry.ts';
import { publishedLanguages } from '../content/localize.ts';
import { defaultPaper } from './paper.ts';
import type { PaperSize } from '../../schemas/resume.ts';

export type { ContentInput, Entry };

export interface SkillWithEvidence extends Entry<'skills'> {
  /** Ids of the accomplishments that name this skill, newest first. */
  evidence: string[];
  /** Date of the newest evidence, `YYYY-MM-DD`, when there is any. */
  lastUsed: string | undefined;
}

/**
 * Everything a view needs, derived once: entries sorted the way people read them and the
 * relations between them resolved. Views select from it; they never re-derive it.
 */
export interface Model {
  /** The language every text in the model is in (see `localizeContent`). */
  language: string;
  /** Every published language, the default first. */
  languages: string[];
  profile: Entry<'profile'>;
  /** Newest first; current roles before past ones. */
  roles: Entry<'roles'>[];
  /** Newest first. */
  accomplishments: Entry<'accomplishments'>[];
  /** In file order; group or sort them with the selection helpers. */
  skills: SkillWithEvidence[];
  education: Entry<'education'>[];
  learning: Entry<'learning'>[];
  /** Each with its paper settled for the model's language (`defaultPaper` when the variant does not say). */
  resumes: (Entry<'resumes'> & { data: { paper: PaperSize } })[];
  pitches: Entry<'pitches'>[];
  goals: Entry<'goals'>[];
  /** Newest first (by end, else start). */
  projects: Entry<'projects'>[];
  /** Newest first. */
  awards: Entry<'awards'>[];
  /** Newest first. */
  publications: Entry<'publications'>[];
  /** In file order. */
  references: Entry<'references'>[];
  roleById: Map<string, Entry<'roles'>>;
  skillById: Map<string, SkillWithEvidence>;
  accomplishmentById: Map<string, Entry<'accomplishments'>>;
}

const byIdAscending = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** Ongoing (no end) sorts as the far future, so current roles come first. */
const endKey = (end: string | undefined) => end ?? '9999-99';

/** `language`: what the input was localized to (default: the profile's default language). */
export function buildModel(input: ContentInput, options: { language?: string | undefined } = {}): Model {
  const profile = input.profile[0];
  if (!profile) throw new Error('buildModel needs a profile entry');
  const languages = publishedLanguages(profile);
  const language = options.language ?? languages[0]!;
  const paper = defaultPaper(language, { country: profile.data.country, isDefaultLanguage: language === languages[0] });

  const accomplishments = [...input.accomplishments].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || byIdAscending(a, b),
  );
  const roles = [...input.roles].sort(
    (a, b) => endKey(b.data.end).localeCompare(endKey(a.data.end)) || b.data.start.localeCompare(a.data.start) || byIdAscending(a, b),
  );
  // One pass over the log, newest first, instead of one scan per skill (5,000 × 200 at scale).
  const evidenceBySkill = new Map<string, Entry<'accomplishments'>[]>();
  for (const entry of accomplishments) {
    for (const id of new Set(entry.data.skills)) {
      const list = evidenceBySkill.get(id);
      if (list) list.push(entry);
      else evidenceBySkill.set(id, [entry]);
    }
  }
  const skills: SkillWithEvidence[] = [...input.skills].sort(byIdAscending).map((skill) => {
    const evidence = evidenceBySkill.get(skill.id) ?? [];
    return { ...skill, evidence: evidence.map((entry) => entry.id), lastUsed: evidence[0]?.data.date };
  });
  const newestFirst = <T extends { id: string }>(entries: readonly T[], dateOf: (entry: T) => string | undefined) =>
    [...entries].sort((a, b) => (dateOf(b) ?? '9999').localeCompare(dateOf(a) ?? '9999') || byIdAscending(a, b));

  return {
    language,
    languages,
    profile,
    roles,
    accomplishments,
    skills,
    education: newestFirst(input.education, (entry) => entry.data.end ?? entry.data.start),
    learning: newestFirst(input.learning, (entry) => entry.data.date),
    resumes: [...input.resumes].sort(byIdAscending).map((variant) => ({ ...variant, data: { ...variant.data, paper: variant.data.paper ?? paper } })),
    pitches: [...input.pitches].sort((a, b) => a.data.duration - b.data.duration || byIdAscending(a, b)),
    projects: newestFirst(input.projects, (entry) => entry.data.end ?? entry.data.start),
    awards: newestFirst(input.awards, (entry) => entry.data.date),
    publications: newestFirst(input.publications, (entry) => entry.data.date),
    references: [...input.references].sort(byIdAscending),
    goals: [...input.goals].sort((a, b) => a.data.targetDate.localeCompare(b.data.targetDate) || byIdAscending(a, b)),
    roleById: new Map(roles.map((role) => [role.id, role])),
    skillById: new Map(skills.map((skill) => [skill.id, skill])),
    accomplishmentById: new Map(accomplishments.map((entry) => [entry.id, entry])),
  };
}
