import { z } from 'astro/zod';
import { calendarDate, singleLine } from './common.ts';

/** How far the process went, in the order most hiring processes run. */
export const INTERVIEW_STAGES = ['application', 'recruiter-screen', 'hiring-manager', 'technical', 'onsite', 'final', 'offer'] as const;
/** How it ended, or `pending` while it is still going. */
export const INTERVIEW_OUTCOMES = ['pending', 'offer', 'accepted', 'declined', 'rejected', 'withdrew'] as const;

/**
 * One interview process and what it taught you. File: `content/interviews/<date>-<company>.mdx`,
 * e.g. `content/interviews/2026-10-08-fernhill-energy.mdx`. Always private: there is no visibility
 * field, and the site never reads this folder. The body is your notes.
 */
export const InterviewSchema = z.strictObject({
  /** The company. Example: `Fernhill Energy`. */
  company: singleLine('the company', 120),
  /** The job you interviewed for. Example: `Head of Platform`. */
  position: singleLine('the job you interviewed for', 120),
  /** The furthest stage reached: one of application, recruiter-screen, hiring-manager, technical, onsite, final, offer. */
  stage: z.enum(INTERVIEW_STAGES, { error: `must be one of ${INTERVIEW_STAGES.join(', ')}` }),
  /** The date of the last interview, `YYYY-MM-DD`. */
  date: calendarDate('day'),
  /** One of pending, offer, accepted, declined, rejected, withdrew. Default: pending. */
  outcome: z.enum(INTERVIEW_OUTCOMES, { error: `must be one of ${INTERVIEW_OUTCOMES.join(', ')}` }).default('pending'),
  /** The questions you were asked, one per item, as close to their words as you remember. Default: none. */
  questions: z.array(singleLine('a question you were asked', 300)).default([]),
  /** What went well. Example: `[The incident walk-through landed]`. Default: none. */
  wentWell: z.array(singleLine('something that went well', 300)).default([]),
  /** What to do differently next time. Example: `[Lead with the business result, not the architecture]`. Default: none. */
  doDifferently: z.array(singleLine('something to do differently', 300)).default([]),
});
export type Interview = z.output<typeof InterviewSchema>;
