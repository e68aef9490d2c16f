import { cancel, intro, isCancel, multiline, multiselect, note } from '@clack/prompts';
import type { OverdueContact } from '../network.ts';
import { PromptCancelled, type PromptStreams } from './prompts.ts';
import type { Proposal } from './proposals.ts';
import { answerLines, overdueLine, proposalLine, QUESTIONS, type Week, type WeeklyAnswers } from './weekly.ts';

/**
 * Asks the three questions in a terminal: the week's pieces of work are offered first, all picked
 * (Space to leave one out), then anything else shipped, learned and whom you helped, one per line,
 * with the check-ins past due shown as a nudge before the last.
 */
export async function askWeeklyQuestions(week: Week, proposals: readonly Proposal[], overdue: readonly OverdueContact[], streams: PromptStreams = {}): Promise<WeeklyAnswers & { harvested: Proposal[] }> {
  const answered = <T>(value: T | symbol): T => {
    if (isCancel(value)) {
      cancel('Cancelled.', streams);
      throw new PromptCancelled('weekly');
    }
    return value as T;
  };
  intro(`Your week, ${week.since} to ${week.until}`, streams);
  let harvested: Proposal[] = [];
  if (proposals.length > 0) {
    const picked = answered<number[]>(
      await multiselect<number>({
        ...streams,
        message: `${QUESTIONS.shipped} From your commits (Space to leave one out, Enter when done)`,
        options: proposals.map((proposal, index) => ({ value: index, label: proposalLine(proposal) })),
        initialValues: proposals.map((_, index) => index),
        required: false,
      }),
    );
    harvested = picked.map((index) => proposals[index]!);
  }
  const ask = async (message: string) => answerLines([answered<string>(await multiline({ ...streams, message: `${message} (one per line; Enter twice to finish)`, defaultValue: '' }))]);
  const shipped = await ask(proposals.length > 0 ? 'Anything else you shipped?' : QUESTIONS.shipped);
  const learned = await ask(QUESTIONS.learned);
  if (overdue.length > 0) note(overdue.map((contact) => `- ${overdueLine(contact)}`).join('\n'), 'Check-ins past due', streams);
  const helped = await ask(QUESTIONS.helped);
  return { harvested, shipped, learned, helped };
}
