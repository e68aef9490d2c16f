import { z } from 'astro/zod';
import { VisibilitySchema, singleLine } from './common.ts';

/**
 * One career path you are weighing, as a resume variant. The file name is its id
 * (`content/resumes/platform-lead.mdx`); the body is the resume summary.
 */
export const ResumeSchema = z.strictObject({
  /** The name of this version. Example: `Platform engineering lead`. */
  title: singleLine('a name for this resume version', 100),
  /** The role this version aims at. Example: `Engineering Manager, Platform`. */
  targetRole: singleLine('the role this version aims at', 100),
  /** Who may see it listed. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Resume = z.output<typeof ResumeSchema>;
