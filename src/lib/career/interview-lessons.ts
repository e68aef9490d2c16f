import type { Interview } from '../../schemas/index.ts';
import type { Entry } from '../model/model.ts';
import { isDropped, tokenize } from './terms.ts';

export interface InterviewSummary {
  id: string;
  company: string;
  position: string;
  date: string;
  stage: Interview['stage'];
  outcome: Interview['outcome'];
}

export interface RecurringQuestion {
  /** The question as first asked. */
  question: string;
  /** Every wording it was asked in, oldest first. */
  wordings: string[];
  /** The interviews that asked it, oldest first. */
  interviews: string[];
}

/** A note from one or more interviews; similar notes from different interviews are grouped. */
export interface InterviewNote {
  /** The note as first written. */
  note: string;
  /** The interviews it came from, oldest first. */
  interviews: string[];
  companies: string[];
}

export interface InterviewLessons {
  interviews: InterviewSummary[];
  recurringQuestions: RecurringQuestion[];
  /** What to do differently, the lessons learned more than once first. */
  doDifferently: InterviewNote[];
  wentWell: InterviewNote[];
}

/**
 * Two wordings say the same thing when most of the shorter one's meaningful words are in the
 * longer one ("…senior stakeholder." and "…senior stakeholder and how it ended."), and at least two.
 */
const SAME_MEANING = 0.6;
const MIN_SHARED_WORDS = 2;

function meaningfulStems(text: string): Set<string> {
  return new Set(tokenize(text).filter((token) => !isDropped(token.surface)).map((token) => token.stem));
}

function alike(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared >= MIN_SHARED_WORDS && shared / Math.min(a.size, b.size) >= SAME_MEANING;
}

/**
 * What interviews in the period teach: the questions that keep coming back (asked in two or more
 * interviews up to the end of the period, at least once within it, worded alike), and the notes on
 * what went well and what to do differently.
 */
export function interviewLessons(all: readonly Entry<'interviews'>[], since: string, until: string): InterviewLessons {
  const upToEnd = [...all].filter((entry) => entry.data.date <= until).sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  const inPeriod = upToEnd.filter((entry) => entry.data.date >= since);
  const inPeriodIds = new Set(inPeriod.map((entry) => entry.id));

  const questions = group(upToEnd.flatMap((entry) => entry.data.questions.map((text) => ({ text, entry }))));
  const recurringQuestions = questions
    .filter((cluster) => cluster.interviews.length >= 2 && cluster.interviews.some((id) => inPeriodIds.has(id)))
    .sort((a, b) => b.interviews.length - a.interviews.length)
    .map((cluster) => ({ question: cluster.wordings[0]!, wordings: cluster.wordings, interviews: cluster.interviews }));

  const notes = (pick: (entry: Entry<'interviews'>) => readonly string[]): InterviewNote[] =>
    group(inPeriod.flatMap((entry) => pick(entry).map((text) => ({ text, entry }))))
      .sort((a, b) => b.interviews.length - a.interviews.length)
      .map((cluster) => ({ note: cluster.wordings[0]!, interviews: cluster.interviews, companies: cluster.companies }));
  return {
    interviews: inPeriod.map((entry) => ({ id: entry.id, company: entry.data.company, position: entry.data.position, date: entry.data.date, stage: entry.data.stage, outcome: entry.data.outcome })),
    recurringQuestions,
    doDifferently: notes((entry) => entry.data.doDifferently),
    wentWell: notes((entry) => entry.data.wentWell),
  };
}

interface Cluster {
  stems: Set<string>;
  wordings: string[];
  interviews: string[];
  companies: string[];
}

/** Groups texts worded alike (in order), keeping which interviews said them. */
function group(items: readonly { text: string; entry: Entry<'interviews'> }[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const { text, entry } of items) {
    const stems = meaningfulStems(text);
    const cluster = clusters.find((candidate) => alike(candidate.stems, stems));
    if (!cluster) {
      clusters.push({ stems, wordings: [text], interviews: [entry.id], companies: [entry.data.company] });
      continue;
    }
    if (!cluster.wordings.includes(text)) cluster.wordings.push(text);
    if (!cluster.interviews.includes(entry.id)) cluster.interviews.push(entry.id);
    if (!cluster.companies.includes(entry.data.company)) cluster.companies.push(entry.data.company);
  }
  return clusters;
}
