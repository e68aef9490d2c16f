import { stemmer } from 'stemmer';
import { eng as STOPWORD_ENGLISH } from 'stopword';

/**
 * Text → terms for matching a job posting against a career: words lowercased, stemmed (Porter,
 * so "scaling" meets "scale"), British spellings folded into American ones ("optimise" meets
 * "optimize"), common English and job-advert words dropped, and every mention of a skill — by its
 * name or any of its keywords — also counted as the skill itself (`skill:postgresql`), which is how
 * "Postgres" in a posting finds an accomplishment tagged `postgresql`.
 */

/**
 * English function words: the `stopword` package's list (maintained, used by search indexes), plus
 * the function words it lacks that postings lean on ("within", "whether", "not", "via").
 */
const FUNCTION_WORDS = [
  ...STOPWORD_ENGLISH,
  ...`above across again against below does doing down during either etc even ever every few further having hers herself its itself just
least less let made makes may myself no nor not off often once one ours ourselves own per she so theirs themselves until upon us via
when whether whom whose why will within without yet yours yourself yourselves`.split(/\s+/),
];

/** Numbers written as words: "two years", "a team of five" count something, and a count is not a skill. */
const NUMBER_WORDS = `zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds
thousand thousands million millions billion billions first second third`.split(/\s+/);

/**
 * Words every job advert uses that say nothing about the work itself: no stop-word list has them,
 * because they are ordinary words everywhere but in a posting ("clear communication", "an
 * associate role", "help us run"); the last line holds the duty verbs and glue that start or pad
 * a posting's list items ("Conduct …", "Maintain …", "whenever possible").
 */
const POSTING_WORDS = `abilities ability able achievable applicant applicants apply associate bachelor based benefits best bonus candidate candidates
clear clearly closely company compensation competitive day days degree degrees demonstrated desirable desired emphasis employer ensure
entry equal equivalent excellent exciting experience experienced experiences expertise familiar familiarity field fields get good great hands
help helps high highly hybrid ideal ideally include includes including intern involve involves job join key knowledge learn level levels
looking mid minimum month months need needs new nice onsite opportunities opportunity passion passionate plus position positions preferred
proficiency proficient properly proven quickly related relevant remote required requirement requirements responsibilities responsibility
responsible role roles run runs salary seeking senior similar skill skilled skills solid strong understand understanding using various want
week weeks well willing willingness work working year years
accordance assist comprehensive conduct detailed develop maintain manage participate perform possible proactively provide throughout ways whenever`.split(/\s+/);

const DROPPED = new Set([...FUNCTION_WORDS, ...NUMBER_WORDS, ...POSTING_WORDS]);

/** A word of the text: letters and digits, keeping `node.js`, `c++`, `c#` and `3.5` whole. */
const WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

export interface Token {
  /** As written, for showing and for case-sensitive matches of short names such as `Go`. */
  surface: string;
  /** Lowercased and stemmed: the form that is matched. */
  stem: string;
}

/** `optimisation` → `optimization`, `organised` → `organized`, before stemming. */
function americanSpelling(word: string): string {
  return word.length > 5 ? word.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1').replace(/yse$/, 'yze') : word;
}

export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  return /^[a-z]+$/.test(lower) ? stemmer(americanSpelling(lower)) : lower;
}

export function tokenize(text: string): Token[] {
  const normalised = text.normalize('NFKC').replace(/['’]s\b/g, '');
  return [...normalised.matchAll(WORD)].map((match) => ({ surface: match[0], stem: stemWord(match[0]) }));
}

/**
 * True for words that say nothing about the work (`the`, `experience`, `years`). Words are
 * compared as written, not stemmed: "applicant" is filler but "application" is not, and both stem
 * to "applic".
 */
export function isDropped(word: string): boolean {
  const lower = word.toLowerCase();
  return DROPPED.has(lower) || !/\p{L}/u.test(lower);
}

interface Phrase {
  stems: string[];
  /** Set for one-word names of up to three letters (`Go`, `AWS`): matched only as written or in capitals, so the verb "go" is not Go. */
  exact?: string | undefined;
  skills: string[];
}

/** The names and keywords of a person's skills, ready to be found in any text. */
export interface SkillLexicon {
  phrases: Phrase[];
  names: Map<string, string>;
}

/**
 * A lexicon of named things, each found in a text by any of its written forms: what skills use
 * for their names and keywords, and tailoring for tags and role titles.
 */
export function phraseLexicon(entries: readonly { id: string; name: string; forms: readonly string[] }[]): SkillLexicon {
  const byKey = new Map<string, Phrase>();
  for (const entry of entries) {
    for (const written of entry.forms) {
      const tokens = tokenize(written);
      if (tokens.length === 0) continue;
      const stems = tokens.map((token) => token.stem);
      const exact = tokens.length === 1 && /^[A-Za-z]{1,3}$/.test(tokens[0]!.surface) && /[A-Z]/.test(written) ? tokens[0]!.surface : undefined;
      const key = `${stems.join(' ')}|${exact ?? ''}`;
      const phrase = byKey.get(key) ?? { stems, exact, skills: [] };
      if (!phrase.skills.includes(entry.id)) phrase.skills.push(entry.id);
      byKey.set(key, phrase);
    }
  }
  // Longest phrases first, so "Amazon RDS" is found before "RDS" would be.
  const phrases = [...byKey.values()].sort((a, b) => b.stems.length - a.stems.length || a.stems.join(' ').localeCompare(b.stems.join(' ')));
  return { phrases, names: new Map(entries.map((entry) => [entry.id, entry.name])) };
}

export function skillLexicon(skills: readonly { id: string; data: { name: string; keywords: readonly string[] } }[]): SkillLexicon {
  return phraseLexicon(
    skills.map((skill) => {
      const idWords = skill.id.replace(/-/g, ' ');
      // The id adds a phrase only when it says something the name does not (`k8s` for Kubernetes).
      const forms = idWords === skill.data.name.toLowerCase() ? [skill.data.name] : [skill.data.name, idWords];
      return { id: skill.id, name: skill.data.name, forms: [...forms, ...skill.data.keywords] };
    }),
  );
}

/** Extra words a multi-word keyword may have among its own: "collaborate with cross-functional teams" finds "cross-functional collaboration". */
const PHRASE_SLACK = 2;

/**
 * The skill ids a run of tokens mentions, each with the words that mentioned it. One-word names
 * match the word; longer keywords match their words in any order within a short window, since a
 * posting rarely uses a keyword exactly as the person wrote it.
 */
export function findSkills(tokens: readonly Token[], lexicon: SkillLexicon): { skill: string; words: string }[] {
  const found: { skill: string; words: string; at: number }[] = [];
  const used = new Array<boolean>(tokens.length).fill(false);
  for (const phrase of lexicon.phrases) {
    for (let start = 0; start < tokens.length; start++) {
      if (used[start] || !phrase.stems.includes(tokens[start]!.stem)) continue;
      const window = phrase.stems.length === 1 ? 1 : phrase.stems.length + PHRASE_SLACK;
      const positions: number[] = [];
      const wanted = [...phrase.stems];
      for (let index = start; index < Math.min(tokens.length, start + window) && wanted.length > 0; index++) {
        const at = wanted.indexOf(tokens[index]!.stem);
        if (at >= 0 && !used[index]) {
          wanted.splice(at, 1);
          positions.push(index);
        }
      }
      if (wanted.length > 0) continue;
      const first = tokens[positions[0]!]!;
      if (phrase.exact !== undefined && first.surface !== phrase.exact && first.surface !== phrase.exact.toUpperCase()) continue;
      for (const position of positions) used[position] = true;
      const last = Math.max(...positions);
      const words = tokens.slice(start, last + 1).map((token) => token.surface).join(' ');
      for (const skill of phrase.skills) found.push({ skill, words, at: start });
    }
  }
  // In the order the text mentions them, whatever order the phrases were tried in.
  return found.sort((a, b) => a.at - b.at).map(({ skill, words }) => ({ skill, words }));
}

/** The prefix that marks a term standing for a whole skill. */
export const SKILL_TERM = 'skill:';

/** The prefix that marks a term standing for a label the person gave: a tag of several words, or a role's title. */
export const LABEL_TERM = 'label:';

/**
 * The terms of a text: its meaningful word stems, plus one `skill:<id>` term per mention of a
 * skill, so a synonym ("Postgres") and the skill's own name ("PostgreSQL") meet on that term.
 */
export function textTerms(text: string, lexicon: SkillLexicon): string[] {
  const tokens = tokenize(text);
  const terms = tokens.filter((token) => !isDropped(token.surface) && token.stem.length > 1).map((token) => token.stem);
  for (const { skill } of findSkills(tokens, lexicon)) terms.push(`${SKILL_TERM}${skill}`);
  return terms;
}

/** The skill ids mentioned in a text, in order of first mention, without repeats. */
export function skillsIn(text: string, lexicon: SkillLexicon): string[] {
  return [...new Set(findSkills(tokenize(text), lexicon).map((found) => found.skill))];
}
