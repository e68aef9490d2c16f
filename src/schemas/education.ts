import { z } from 'astro/zod';
import { SafeUrlSchema, VisibilitySchema, calendarDate, localized, singleLine } from './common.ts';
import type { Resolved } from './common.ts';

/** A degree or diploma. */
export const EducationSchema = z.strictObject({
  /** The school. Example: `University of Edinburgh`. */
  institution: singleLine('the institution', 120),
  /** The qualification, per language if you like. Example: `BSc Computer Science`. */
  title: localized(singleLine('the degree or diploma', 120)),
  /** First year or month, `YYYY` or `YYYY-MM`. Optional. */
  start: calendarDate('year').optional(),
  /** Year or month completed, `YYYY` or `YYYY-MM`; leave out while studying. */
  end: calendarDate('year').optional(),
  /** Where the credential can be verified. Optional. */
  credentialUrl: SafeUrlSchema.optional(),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Education = Resolved<z.output<typeof EducationSchema>>;
