import type { Emphasis } from '../../../schemas/resume.ts';
import type { Entry } from '../model.ts';

/**
 * How an accomplishment earns its place on a resume variant. The rules are few and printed by
 * `npm run resume:explain`, so a person can predict the result and change it with weights:
 *
 * - emphasis: the variant's weight for each of its skills and tags, added up;
 * - recency: up to RECENCY_POINTS, halving every RECENCY_HALF_LIFE_YEARS before the as-of date;
 * - impact: IMPACT_POINTS when it has a measured result;
 * - featured: FEATURED_POINTS when it is featured on the site.
 */
export const RECENCY_POINTS = 2;
export const RECENCY_HALF_LIFE_YEARS = 3;
export const IMPACT_POINTS = 1;
export const FEATURED_POINTS = 0.5;

export interface EmphasisMatch {
  kind: 'skill' | 'tag';
  id: string;
  weight: number;
}

export interface Score {
  /** The variant's weights this accomplishment matched. */
  emphasis: EmphasisMatch[];
  recency: number;
  impact: number;
  featured: number;
  total: number;
}

export interface Ranked {
  entry: Entry<'accomplishments'>;
  score: Score;
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const [year, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year!, month - 1, day) / DAY_MS;
}

/** Years from `date` to `asOf`, never negative. */
export function yearsBefore(date: string, asOf: string): number {
  return Math.max(0, (dayNumber(asOf) - dayNumber(date)) / 365.25);
}

/** Scores are compared exactly but shown, and tie-broken, at two decimals so explanations add up. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * What scoring needs from one accomplishment that no variant changes: its distinct skills and tags
 * and its recency, impact and featured points. A resume build scores every accomplishment once per
 * variant; working these out once per model (see selection.ts) leaves each variant only the
 * emphasis lookups, which is what keeps a variant fast at thousands of accomplishments.
 */
export interface ScoringFacts {
  entry: Entry<'accomplishments'>;
  /** Distinct, in file order. */
  skills: readonly string[];
  /** Distinct, in file order. */
  tags: readonly string[];
  recency: number;
  impact: number;
  featured: number;
}

export function scoringFacts(entry: Entry<'accomplishments'>, asOf: string): ScoringFacts {
  return {
    entry,
    skills: [...new Set(entry.data.skills)],
    tags: [...new Set(entry.data.tags)],
    recency: round(RECENCY_POINTS * 0.5 ** (yearsBefore(entry.data.date, asOf) / RECENCY_HALF_LIFE_YEARS)),
    impact: entry.data.impact.length > 0 ? IMPACT_POINTS : 0,
    featured: entry.data.featured ? FEATURED_POINTS : 0,
  };
}

/** A variant's weight for a skill or tag; own keys only, so an id such as `constructor` finds none of Object.prototype's. */
function weightOf(weights: Emphasis['skills'], id: string): number | undefined {
  return Object.hasOwn(weights, id) ? weights[id] : undefined;
}

/** `scoreFacts(facts, emphasis).total`, without building the score (a ranking needs only the totals). */
export function scoreTotal(facts: ScoringFacts, emphasis: Emphasis): number {
  let weights = 0;
  for (const id of facts.skills) weights += weightOf(emphasis.skills, id) ?? 0;
  for (const id of facts.tags) weights += weightOf(emphasis.tags, id) ?? 0;
  return round(weights + facts.recency + facts.impact + facts.featured);
}

/** The score of precomputed facts under one variant's emphasis. */
export function scoreFacts(facts: ScoringFacts, emphasis: Emphasis): Score {
  const matches: EmphasisMatch[] = [];
  let weights = 0;
  for (const id of facts.skills) {
    const weight = weightOf(emphasis.skills, id);
    if (weight === undefined) continue;
    matches.push({ kind: 'skill', id, weight });
    weights += weight;
  }
  for (const id of facts.tags) {
    const weight = weightOf(emphasis.tags, id);
    if (weight === undefined) continue;
    matches.push({ kind: 'tag', id, weight });
    weights += weight;
  }
  // Summed in the same order as always (weights, recency, impact, featured), so totals stay bit-identical.
  const total = round(weights + facts.recency + facts.impact + facts.featured);
  return { emphasis: matches, recency: facts.recency, impact: facts.impact, featured: facts.featured, total };
}

export function scoreAccomplishment(entry: Entry<'accomplishments'>, emphasis: Emphasis, asOf: string): Score {
  return scoreFacts(scoringFacts(entry, asOf), emphasis);
}

/** How ties in score are broken: the newer accomplishment first, then by id, so the order never depends on file order. */
function byTie(a: Entry<'accomplishments'>, b: Entry<'accomplishments'>): number {
  return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

/** Highest score first; ties go to the newer accomplishment, then to the id, so the order never depends on file order. */
export function byRank(a: Ranked, b: Ranked): number {
  return b.score.total - a.score.total || byTie(a.entry, b.entry);
}

/** Every accomplishment behind `facts` with its score under `emphasis`, best first. */
export function rankFacts(facts: readonly ScoringFacts[], emphasis: Emphasis): Ranked[] {
  const ranked: Ranked[] = new Array(facts.length);
  for (let index = 0; index < facts.length; index++) ranked[index] = { entry: facts[index]!.entry, score: scoreFacts(facts[index]!, emphasis) };
  return ranked.sort(byRank);
}

/**
 * Facts in the order ties are broken in, sorted once per model: ranking them for a variant then
 * compares numbers only, where comparing dates and ids as text cost most of a selection.
 */
export function inTieOrder(facts: readonly ScoringFacts[]): ScoringFacts[] {
  return [...facts].sort((a, b) => byTie(a.entry, b.entry));
}

/** A ranked accomplishment whose score, with the weights it matched, is built when first read. */
class RankedOnDemand implements Ranked {
  readonly #facts: ScoringFacts;
  readonly #emphasis: Emphasis;
  #score: Score | undefined;
  constructor(facts: ScoringFacts, emphasis: Emphasis) {
    this.#facts = facts;
    this.#emphasis = emphasis;
  }
  get entry(): Entry<'accomplishments'> {
    return this.#facts.entry;
  }
  get score(): Score {
    this.#score ??= scoreFacts(this.#facts, this.#emphasis);
    return this.#score;
  }
}

/**
 * `rankFacts` for facts already in tie order (`inTieOrder`), in the same order: by total, then by
 * place in that order. A selection reads the full score of the few accomplishments it shows, so
 * each is built on demand.
 */
export function rankInTieOrder(ordered: readonly ScoringFacts[], emphasis: Emphasis): Ranked[] {
  const totals = ordered.map((facts) => scoreTotal(facts, emphasis));
  const places = ordered.map((_, place) => place).sort((a, b) => totals[b]! - totals[a]! || a - b);
  return places.map((place) => new RankedOnDemand(ordered[place]!, emphasis));
}

/** Every accomplishment with its score, best first. */
export function rankAccomplishments(accomplishments: readonly Entry<'accomplishments'>[], emphasis: Emphasis, asOf: string): Ranked[] {
  return rankFacts(
    accomplishments.map((entry) => scoringFacts(entry, asOf)),
    emphasis,
  );
}

/** `skills kubernetes +3, tags reliability +2, recency 1.6, impact 1` — the sum, spelled out. */
export function describeScore(score: Score): string {
  const signed = (value: number) => (value >= 0 ? `+${value}` : `${value}`);
  const parts = [
    ...score.emphasis.map((match) => `${match.kind} ${match.id} ${signed(match.weight)}`),
    `recency ${signed(score.recency)}`,
    ...(score.impact ? [`impact ${signed(score.impact)}`] : []),
    ...(score.featured ? [`featured ${signed(score.featured)}`] : []),
  ];
  return parts.join(', ');
}
