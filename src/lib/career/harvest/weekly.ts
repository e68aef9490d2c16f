import type { Entry } from '../../model/model.ts';
import { addDays } from '../dates.ts';
import type { LogRequest } from '../log-entry.ts';
import type { OverdueContact } from '../network.ts';
import { sizeLine, spanLine } from './draft.ts';
import type { Proposal } from './proposals.ts';

/**
 * The weekly prompt: the three questions of a brag document, what the week's commits and the
 * network suggest for them, and the answers turned into `log` requests, one entry per answer.
 */
export const QUESTIONS = {
  shipped: 'What did you ship?',
  learned: 'What did you learn?',
  helped: 'Who did you help?',
} as const;
export type Question = keyof typeof QUESTIONS;

/** The tag each answer gets, so a review can tell what was learned and whom you helped from what you shipped. */
export const TAG_OF_QUESTION: Record<Question, string | undefined> = { shipped: undefined, learned: 'learning', helped: 'helping' };

export interface Week {
  /** The first and last day, `YYYY-MM-DD`: the seven days ending today. */
  since: string;
  until: string;
}

export function weekEnding(today: string): Week {
  return { since: addDays(today, -6), until: today };
}

export interface WeeklyAnswers {
  shipped: string[];
  learned: string[];
  helped: string[];
}

/** Answers as typed: one per line or option, blank ones and list markers (`- `, `* `, `1. `) dropped. */
export function answerLines(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(/\r?\n/))
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

/** A check-in in a line: `Ana Lima (Globex), due 2026-04-30, 61 days ago; cares about …`. */
export function overdueLine(contact: OverdueContact): string {
  const who = contact.organisation ? `${contact.name} (${contact.organisation})` : contact.name;
  const when = contact.dueOn === undefined ? 'no contact recorded yet' : contact.daysOverdue === 0 ? `due today` : `due ${contact.dueOn}, ${contact.daysOverdue} day${contact.daysOverdue === 1 ? '' : 's'} ago`;
  const cares = contact.caresAbout.length > 0 ? `; cares about ${contact.caresAbout.join(', ')}` : '';
  return `${who}, ${when}${cares}`;
}

/** A proposal in a line: `Add alert rules (ledger, 2026-06-24 to 2026-06-25, 1 commit, 1 file, +12 −0 lines)`. */
export function proposalLine(proposal: Proposal): string {
  return `${proposal.title} (${proposal.repository}, ${spanLine(proposal)}, ${sizeLine(proposal)})`;
}

/** The questions with what the week suggests for each, for a run that was given no answers. */
export function renderWeeklySheet(week: Week, proposals: readonly Proposal[], overdue: readonly OverdueContact[], repositories: number): string {
  const lines = [`weekly: the week of ${week.since} to ${week.until}`, '', `1. ${QUESTIONS.shipped}`];
  if (proposals.length > 0) lines.push('   From your commits (--ship-harvest drafts them all):', ...proposals.map((proposal) => `   - ${proposalLine(proposal)}`));
  else if (repositories > 0) lines.push('   Your commits this week make no new piece of work.');
  else lines.push('   (Pass --repo PATH to see what your commits this week suggest.)');
  lines.push('', `2. ${QUESTIONS.learned}`, '', `3. ${QUESTIONS.helped}`);
  if (overdue.length > 0) lines.push('   Check-ins past due (someone to help, or to thank):', ...overdue.map((contact) => `   - ${overdueLine(contact)}`));
  return `${lines.join('\n')}\n`;
}

export interface WeeklyRequest {
  question: Question;
  request: LogRequest;
}

/** Each answer as a `log` request for the day given: private unless told otherwise, tagged by its question. */
export function weeklyRequests(answers: WeeklyAnswers, options: { date: string; role?: string | undefined; visibility?: string | undefined }): WeeklyRequest[] {
  return (Object.keys(QUESTIONS) as Question[]).flatMap((question) =>
    answers[question].map((title) => {
      const tag = TAG_OF_QUESTION[question];
      return { question, request: { title, date: options.date, role: options.role, tags: tag ? [tag] : undefined, bullet: title, visibility: options.visibility ?? 'private' } };
    }),
  );
}

/** The contacts an answer names by their full name, or by a first name no other contact has. */
export function contactsNamed(text: string, contacts: readonly Entry<'network'>[]): Entry<'network'>[] {
  const lower = text.toLocaleLowerCase();
  const firstNames = new Map<string, number>();
  for (const contact of contacts) {
    const first = contact.data.name.trim().split(/\s+/)[0]!.toLocaleLowerCase();
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const mentions = (name: string) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(lower);
  return contacts.filter((contact) => {
    const name = contact.data.name.trim().toLocaleLowerCase();
    const first = name.split(/\s+/)[0]!;
    return mentions(name) || (firstNames.get(first) === 1 && mentions(first));
  });
}
