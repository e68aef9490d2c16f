import { z } from 'astro/zod';
import { EntryIdSchema, calendarDate, singleLine } from './common.ts';

export const GOAL_HORIZONS = ['12-months', '3-5-years'] as const;

/** A career goal. Goals are always private: no field can publish them. The body is the plan. */
export const GoalSchema = z.strictObject({
  /** What you want to have achieved. Example: `Lead a platform team of 6+`. */
  title: singleLine('what you want to achieve', 140),
  /** `12-months` or `3-5-years`. */
  horizon: z.enum(GOAL_HORIZONS, { error: `must be one of ${GOAL_HORIZONS.join(', ')}` }),
  /** When you want it done: `YYYY-MM-DD` or `YYYY-MM`. */
  targetDate: calendarDate('month'),
  /** Ids of the skills that move you towards it. Default: none. */
  skills: z.array(EntryIdSchema).default([]),
});
export type Goal = z.output<typeof GoalSchema>;
