import type { Visibility } from '../../schemas/index.ts';
import type { ContentInput } from '../model/model.ts';
import { bodySentences } from '../privacy/secrets.ts';
import { bm25Index, type Bm25Match } from './bm25.ts';
import type { Posting, Requirement } from './posting.ts';
import { LABEL_TERM, SKILL_TERM, findSkills, isDropped, phraseLexicon, skillLexicon, textTerms, tokenize, type SkillLexicon } from './terms.ts';

/** Something in the person's content that can show they meet a requirement. */
export interface Evidence {
  kind: 'accomplishment' | 'learning' | 'education' | 'role';
  id: string;
  title: string;
  /** For a role, the month it started. */
  date: string | undefined;
  /** For a role, the month it ended; undefined while it goes on. */
  end?: string | undefined;
  /** Private entries count as evidence for you, but will not appear on a resume you send. */
  visibility: Visibility;
  /** Score for this requirement (BM25). */
  score: number;
  /** The requirement's words it matched, as the posting writes them (`Postgres`, `latency`). */
  matched: string[];
}

export interface RequirementCoverage extends Requirement {
  /** `evidenced`: work or learning covers it; `listed`: only a skill you list covers it; `missing`: nothing does. */
  status: 'evidenced' | 'listed' | 'missing';
  /** Your skills it names (by name or keyword). */
  skills: string[];
  evidence: Evidence[];
}

export interface RankedAccomplishment {
  id: string;
  title: string;
  date: string;
  visibility: Visibility;
  score: number;
  matched: string[];
}

export interface SkillEmphasis {
  skill: string;
  name: string;
  /** How many requirements name it. */
  requested: number;
  /** How many of the best-ranked accomplishments show it. */
  shownIn: number;
  /** 3 (lead with it), 2 or 1: for a variant's emphasis. */
  weight: 1 | 2 | 3;
}

export interface TailorReport {
  posting: { format: Posting['format']; title: string | undefined; company: string | undefined };
  /** The posting's most frequent meaningful words, as written. */
  keywords: string[];
  /** Your skills the posting asks for, with the words it used. */
  skillsAsked: { skill: string; name: string; words: string[] }[];
  requirements: RequirementCoverage[];
  ranking: RankedAccomplishment[];
  emphasis: {
    skills: SkillEmphasis[];
    /** Accomplishments to lead with: the best-ranked that a resume may show (not private). */
    accomplishments: string[];
    /** Posting keywords found nowhere in your content: say them in the summary if they are true. */
    missingKeywords: string[];
  };
  summary: { requirements: number; evidenced: number; listed: number; missing: number };
}

const MAX_EVIDENCE = 3;
/** Evidence scoring under this share of the best for a requirement is left out as noise. */
const WEAK_EVIDENCE = 0.4;
const RANKING_SIZE = 10;
const KEYWORD_COUNT = 15;
const EMPHASIS_SKILLS = 8;
const LEAD_ACCOMPLISHMENTS = 5;
const UNASKED_SKILL_EVIDENCE = 3;

interface Doc {
  key: string;
  kind: Evidence['kind'];
  id: string;
  title: string;
  date: string | undefined;
  end?: string | undefined;
  visibility: Evidence['visibility'];
  skills: string[];
  terms: string[];
}

/** Job levels, left out of a role's title when it is read as a label: a "Senior Registered Nurse" is a registered nurse. */
const LEVEL_WORDS = new Set(['senior', 'junior', 'staff', 'principal', 'lead', 'associate', 'chief', 'head', 'assistant', 'deputy', 'trainee', 'graduate', 'intern', 'sr', 'jr']);

/** `Registered Nurse` → `RN`, `Site Reliability Engineer` → `SRE`: how postings shorten a title. */
function initials(words: readonly string[]): string | undefined {
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word)) ? words.map((word) => word[0]).join('') : undefined;
}

/**
 * Labels the person chose, found in a posting as whole phrases: tags of several words
 * (`alert-fatigue`) and role titles without their level (`Registered Nurse`, also as `RN`). A
 * requirement naming one is covered by the entries that carry it, as a skill's name is. One-word
 * tags and titles are left out: "performance" or "Engineer" names a topic, not a claim.
 */
export function labelLexicon(content: ContentInput): SkillLexicon {
  const labels = new Map<string, { id: string; name: string; forms: string[] }>();
  for (const tag of new Set(content.accomplishments.flatMap((entry) => entry.data.tags))) {
    // Matched by its telling words, as everything else is: `month-end-close` finds "month-end and year-end close".
    const words = tag.split('-').filter((word) => word && !isDropped(word));
    if (words.length >= 2) labels.set(`tag:${tag}`, { id: `tag:${tag}`, name: `tag ${tag}`, forms: [words.join(' ')] });
  }
  for (const role of content.roles) {
    const forms = titleForms(role.data.title);
    if (forms.length > 0) labels.set(`role:${role.id}`, { id: `role:${role.id}`, name: role.data.title, forms });
  }
  return phraseLexicon([...labels.values()]);
}

/** A role title as a label: its words without the level, and their initials (`Senior Registered Nurse` → `Registered Nurse`, `RN`); none for a one-word title. */
function titleForms(title: string): string[] {
  const words = tokenize(title).map((token) => token.surface).filter((word) => !LEVEL_WORDS.has(word.toLowerCase()));
  if (words.filter((word) => !isDropped(word)).length < 2) return [];
  const short = initials(words.filter((word) => !isDropped(word) || /^\p{Lu}/u.test(word)));
  return short ? [words.join(' '), short] : [words.join(' ')];
}

/** The label terms of a text: one per tag or role title it names. */
function labelTerms(text: string, labels: SkillLexicon): string[] {
  return findSkills(tokenize(text), labels).map((found) => `${LABEL_TERM}${found.skill}`);
}

/**
 * One document per accomplishment, learning entry, degree and role. An entry's skills join it as
 * skill terms only: a skill's keywords are synonyms for the skill, not words of the entry, so
 * "Amazon Web Services" does not make every AWS accomplishment match "web". A role counts as
 * evidence too: a recruiter reads "Charge Nurse, 2021 to now" as nursing experience.
 */
function documents(content: ContentInput, lexicon: SkillLexicon): Doc[] {
  const docs: Doc[] = [];
  for (const entry of content.accomplishments) {
    const text = [entry.data.title, entry.data.bullet, ...bodySentences(entry.body ?? ''), entry.data.tags.join(' '), ...entry.data.impact.map((impact) => impact.label)].join('\n');
    const terms = [
      ...textTerms(text, lexicon),
      ...entry.data.skills.map((skill) => `${SKILL_TERM}${skill}`),
      ...entry.data.tags.map((tag) => `${LABEL_TERM}tag:${tag}`),
    ];
    docs.push({ key: `accomplishment:${entry.id}`, kind: 'accomplishment', id: entry.id, title: entry.data.title, date: entry.data.date, visibility: entry.data.visibility, skills: entry.data.skills, terms });
  }
  for (const entry of content.learning) {
    const text = [entry.data.title, entry.data.institution, entry.data.kind].join('\n');
    const terms = [...textTerms(text, lexicon), ...entry.data.skills.map((skill) => `${SKILL_TERM}${skill}`)];
    docs.push({ key: `learning:${entry.id}`, kind: 'learning', id: entry.id, title: entry.data.title, date: entry.data.date, visibility: entry.data.visibility, skills: entry.data.skills, terms });
  }
  for (const entry of content.education) {
    const text = [entry.data.title, entry.data.institution, 'degree'].join('\n');
    docs.push({ key: `education:${entry.id}`, kind: 'education', id: entry.id, title: `${entry.data.title}, ${entry.data.institution}`, date: entry.data.end, visibility: entry.data.visibility, skills: [], terms: textTerms(text, lexicon) });
  }
  for (const role of content.roles) {
    const text = [role.data.title, role.data.organisation, role.data.organisationDescription ?? '', role.data.summary ?? ''].join('\n');
    // The title's initials are words of the role too: a posting's "RN" is found in it.
    const terms = [...textTerms([text, ...titleForms(role.data.title).slice(1)].join('\n'), lexicon), `${LABEL_TERM}role:${role.id}`];
    docs.push({ key: `role:${role.id}`, kind: 'role', id: role.id, title: `${role.data.title}, ${role.data.organisation}`, date: role.data.start, end: role.data.end, visibility: role.data.visibility, skills: [], terms });
  }
  return docs;
}

/** The posting's words for each term, so evidence can be shown in the posting's own words. */
function surfaceWords(text: string, lexicon: SkillLexicon, labels: SkillLexicon): Map<string, string> {
  const words = new Map<string, string>();
  for (const token of tokenize(text)) if (!words.has(token.stem)) words.set(token.stem, token.surface);
  for (const [prefix, found] of [
    ...findSkills(tokenize(text), lexicon).map((item) => [SKILL_TERM, item] as const),
    ...findSkills(tokenize(text), labels).map((item) => [LABEL_TERM, item] as const),
  ]) {
    const term = `${prefix}${found.skill}`;
    if (!words.has(term)) words.set(term, found.words);
  }
  return words;
}

/**
 * The matched terms in the posting's words; a skill or label found through other words shows both
 * (`Postgres → PostgreSQL`, `RN → Registered Nurse`, `alert fatigue → tag alert-fatigue`).
 */
function matchedWords(match: Bm25Match, words: Map<string, string>, lexicon: SkillLexicon, labels: SkillLexicon): string[] {
  const shown = match.terms.map((item) => {
    const prefix = [SKILL_TERM, LABEL_TERM].find((marker) => item.term.startsWith(marker));
    const written = words.get(item.term) ?? (prefix ? item.term.slice(prefix.length) : item.term);
    if (!prefix) return written;
    const name = (prefix === SKILL_TERM ? lexicon : labels).names.get(item.term.slice(prefix.length));
    return name && name.toLowerCase() !== written.toLowerCase() ? `${written} → ${name}` : written;
  });
  // "JavaScript → TypeScript" already says "JavaScript", and "incident response → Incident management" says "response".
  const viaSynonym = new Set(shown.filter((text) => text.includes(' → ')).flatMap((text) => [text.split(' → ')[0]!.toLowerCase(), ...text.split(' → ')[0]!.toLowerCase().split(' ')]));
  return [...new Set(shown.filter((text) => text.includes(' → ') || !viaSynonym.has(text.toLowerCase())))];
}

const isNamed = (term: string) => term.startsWith(SKILL_TERM) || term.startsWith(LABEL_TERM);

/**
 * Whether a document covers a requirement, not merely touches it: it shows one of the skills or
 * labels (a tag of several words, a role's title) the requirement names, or it shares the
 * requirement's telling words — at least two, and at least half of them counted by how rare each
 * is in your content (a word you never wrote counts as the rarest). So "Reduce alert fatigue for
 * the on-call engineers" is covered by the one entry about alert fatigue, though "reduce" and
 * "engineers" are not in it, and not by the many that only say "engineers".
 */
function covers(match: Bm25Match, requirementTerms: readonly string[], idf: (term: string) => number): boolean {
  const named = new Set(requirementTerms.filter(isNamed));
  if (match.terms.some((item) => named.has(item.term))) return true;
  const plain = new Set(requirementTerms.filter((term) => !isNamed(term)));
  if (plain.size === 0) return false;
  const shared = match.terms.filter((item) => plain.has(item.term)).map((item) => item.term);
  if (shared.length < Math.min(2, plain.size)) return false;
  if (shared.length >= Math.ceil(plain.size / 2)) return true;
  const weight = (terms: Iterable<string>) => [...terms].reduce((sum, term) => sum + idf(term), 0);
  return weight(shared) * 2 >= weight(plain);
}

/**
 * The posting's most telling words: those in its requirements count twice as much as those in
 * the rest of the text, the company's own name not at all. Most frequent first, ties in order of
 * appearance.
 */
export function postingKeywords(posting: Posting, lexicon: SkillLexicon, count = KEYWORD_COUNT): string[] {
  const words = surfaceWords(posting.text, lexicon, phraseLexicon([]));
  const company = new Set(textTerms(`${posting.company ?? ''} ${posting.location ?? ''}`, lexicon));
  const frequency = new Map<string, { count: number; first: number }>();
  const tally = (text: string, weight: number) =>
    textTerms(text, lexicon)
      .filter((term) => !term.startsWith(SKILL_TERM) && !company.has(term))
      .forEach((term) => {
        const seen = frequency.get(term);
        frequency.set(term, { count: (seen?.count ?? 0) + weight, first: seen?.first ?? frequency.size });
      });
  tally(posting.text, 1);
  for (const requirement of posting.requirements) tally(requirement.text, 1);
  return [...frequency.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, count)
    .map(([term]) => words.get(term) ?? term);
}

/**
 * Ranks a person's accomplishments, learning and education against a job posting with BM25 and
 * reports, requirement by requirement, what covers it. Deterministic: the same content and posting
 * always give the same report.
 */
export function tailor(content: ContentInput, posting: Posting): TailorReport {
  const lexicon = skillLexicon(content.skills);
  const labels = labelLexicon(content);
  const docs = documents(content, lexicon);
  const byKey = new Map(docs.map((doc) => [doc.key, doc]));
  const index = bm25Index(docs.map((doc) => ({ id: doc.key, terms: doc.terms })));
  const postingWords = surfaceWords(posting.text, lexicon, labels);
  const requirementTerms = (text: string) => [...textTerms(text, lexicon), ...labelTerms(text, labels)];

  const requirements: RequirementCoverage[] = posting.requirements.map((requirement) => {
    const terms = requirementTerms(requirement.text);
    const words = surfaceWords(requirement.text, lexicon, labels);
    const skills = [...new Set(terms.filter((term) => term.startsWith(SKILL_TERM)).map((term) => term.slice(SKILL_TERM.length)))];
    const covering = index.search(terms).filter((match) => covers(match, terms, index.idf));
    const best = covering[0]?.score ?? 0;
    const evidence = covering
      .filter((match) => match.score >= best * WEAK_EVIDENCE)
      .slice(0, MAX_EVIDENCE)
      .map((match): Evidence => {
        const doc = byKey.get(match.id)!;
        return { kind: doc.kind, id: doc.id, title: doc.title, date: doc.date, ...(doc.kind === 'role' ? { end: doc.end } : {}), visibility: doc.visibility, score: round(match.score), matched: matchedWords(match, words, lexicon, labels) };
      });
    const status = evidence.length > 0 ? 'evidenced' : skills.length > 0 ? 'listed' : 'missing';
    return { ...requirement, status, skills, evidence };
  });

  const allTerms = posting.requirements.flatMap((requirement) => requirementTerms(requirement.text));
  const ranking = index
    .search(allTerms)
    .filter((match) => byKey.get(match.id)!.kind === 'accomplishment')
    .slice(0, RANKING_SIZE)
    .map((match): RankedAccomplishment => {
      const doc = byKey.get(match.id)!;
      return { id: doc.id, title: doc.title, date: doc.date ?? '', visibility: doc.visibility, score: round(match.score), matched: matchedWords(match, postingWords, lexicon, labels).slice(0, 6) };
    });

  const skillsAsked = askedSkills(posting, lexicon);
  const emphasis = suggestEmphasis(content, requirements, ranking, lexicon);
  const missingKeywords = missingWords(posting, content, lexicon);
  const count = (status: RequirementCoverage['status']) => requirements.filter((requirement) => requirement.status === status).length;
  return {
    posting: { format: posting.format, title: posting.title, company: posting.company },
    keywords: postingKeywords(posting, lexicon),
    skillsAsked,
    requirements,
    ranking,
    emphasis: { ...emphasis, missingKeywords },
    summary: { requirements: requirements.length, evidenced: count('evidenced'), listed: count('listed'), missing: count('missing') },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function askedSkills(posting: Posting, lexicon: SkillLexicon): TailorReport['skillsAsked'] {
  const asked = new Map<string, string[]>();
  for (const found of findSkills(tokenize(posting.text), lexicon)) {
    const words = asked.get(found.skill) ?? [];
    if (!words.includes(found.words)) words.push(found.words);
    asked.set(found.skill, words);
  }
  return [...asked.entries()].map(([skill, words]) => ({ skill, name: lexicon.names.get(skill) ?? skill, words }));
}

function suggestEmphasis(content: ContentInput, requirements: readonly RequirementCoverage[], ranking: readonly RankedAccomplishment[], lexicon: SkillLexicon): Omit<TailorReport['emphasis'], 'missingKeywords'> {
  const accomplishments = new Map(content.accomplishments.map((entry) => [entry.id, entry]));
  const scored = content.skills
    .map((skill) => {
      const requested = requirements.filter((requirement) => requirement.skills.includes(skill.id)).length;
      const shownIn = ranking.filter((ranked) => accomplishments.get(ranked.id)?.data.skills.includes(skill.id)).length;
      return { skill: skill.id, name: lexicon.names.get(skill.id) ?? skill.id, requested, shownIn, points: requested * 2 + shownIn };
    })
    // A skill the posting does not name earns a place only when much of the best evidence shows it.
    .filter((skill) => skill.requested > 0 || skill.shownIn >= UNASKED_SKILL_EVIDENCE)
    .sort((a, b) => b.points - a.points || b.requested - a.requested || a.name.localeCompare(b.name))
    .slice(0, EMPHASIS_SKILLS);
  const top = scored[0]?.points ?? 1;
  const skills = scored.map(({ points, ...skill }): SkillEmphasis => {
    const weight = points * 3 >= top * 2 ? 3 : points * 3 >= top ? 2 : 1;
    return { ...skill, weight: skill.requested === 0 ? (Math.min(weight, 2) as 1 | 2) : weight };
  });
  const lead = ranking.filter((ranked) => ranked.visibility !== 'private').slice(0, LEAD_ACCOMPLISHMENTS).map((ranked) => ranked.id);
  return { skills, accomplishments: lead };
}

/** Posting keywords that appear nowhere in the person's content, in the posting's words. */
function missingWords(posting: Posting, content: ContentInput, lexicon: SkillLexicon): string[] {
  const everything = new Set(documents(content, lexicon).flatMap((doc) => doc.terms));
  for (const skill of content.skills) for (const term of textTerms(`${skill.data.name} ${skill.data.keywords.join(' ')}`, lexicon)) everything.add(term);
  const keywords = postingKeywords(posting, lexicon, 40);
  return keywords.filter((word) => textTerms(word, lexicon).every((term) => !everything.has(term))).slice(0, KEYWORD_COUNT);
}
