import { z } from 'astro/zod';
import { VisibilitySchema, singleLine } from './common.ts';

/** An elevator pitch tuned to one venue and audience. The body is what you say. */
export const PitchSchema = z.strictObject({
  /** Who it is for. Example: `Recruiters`. */
  audience: singleLine('who the pitch is for', 80),
  /** Where you give it. Example: `Networking event`. */
  venue: singleLine('where you give it', 80),
  /** How long it should take to say, in seconds. Example: `30`. */
  duration: z
    .number({ error: 'must be a number of seconds, e.g. 30' })
    .int({ error: 'must be a whole number of seconds' })
    .min(5, { error: 'must be at least 5 seconds' })
    .max(600, { error: 'must be at most 600 seconds (10 minutes)' }),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Pitch = z.output<typeof PitchSchema>;
