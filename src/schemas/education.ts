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
  /** The kind of qualification, as a JSON Resume writes it. Optional. Example: `Bachelor`. */
  studyType: singleLine('the kind of qualification, such as Bachelor', 60).optional(),
  /** The field studied, per language if you like. Optional. Example: `Computer Science`. */
  area: localized(singleLine('the field studied', 120)).optional(),
  /** The grade or score, as written. Optional. Example: `First-class honours` or `3.8/4`. */
  score: singleLine('the grade or score', 60).optional(),
  /** Courses worth naming. Default: none. Example: `[Distributed systems, Compilers]`. */
  courses: z.array(singleLine('a course', 120)).default([]),
  /** Where the credential can be verified. Optional. */
  credentialUrl: SafeUrlSchema.optional(),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Education = Resolved<z.output<typeof EducationSchema>>;
