import { z } from 'astro/zod';
import { EntryIdSchema, SafeUrlSchema, VisibilitySchema, calendarDate, localized, singleLine } from './common.ts';
import type { Resolved } from './common.ts';

export const LEARNING_KINDS = ['course', 'certification', 'talk', 'workshop', 'book'] as const;

/** Something you learned or taught: a course, certification, talk, workshop or book. */
export const LearningSchema = z.strictObject({
  /** One of course, certification, talk, workshop, book. */
  kind: z.enum(LEARNING_KINDS, { error: `must be one of ${LEARNING_KINDS.join(', ')}` }),
  /** Its title, per language if you like. Example: `Certified Kubernetes Administrator`. */
  title: localized(singleLine('the title', 140)),
  /** Who issued or hosted it. Example: `The Linux Foundation`, `KubeCon EU`. */
  institution: singleLine('who issued or hosted it', 120),
  /** When it was completed or given: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: calendarDate('year'),
  /** Ids of skills it built. Default: none. */
  skills: z.array(EntryIdSchema).default([]),
  /** Where the credential or recording can be seen. Optional. */
  credentialUrl: SafeUrlSchema.optional(),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Learning = Resolved<z.output<typeof LearningSchema>>;
