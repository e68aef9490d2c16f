import { z } from 'astro/zod';
import { SafeUrlSchema, VisibilitySchema, calendarDate, localized, singleLine } from './common.ts';
import type { Resolved } from './common.ts';

/** Something you built or led outside a role's accomplishments: a side project, open source, a study project. The body tells its story, in Markdown. */
export const ProjectSchema = z.strictObject({
  /** Its name, per language if you like. Example: `Tidewater status page`. */
  name: localized(singleLine('the project’s name', 120)),
  /** One sentence on what it is, per language if you like. Optional. Example: `An open-source status page for small teams.` */
  description: localized(singleLine('one sentence on what it is', 300)).optional(),
  /** Where it can be seen. Optional. */
  url: SafeUrlSchema.optional(),
  /** When it started: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Optional. */
  start: calendarDate('year').optional(),
  /** When it ended; leave out while it goes on. Optional. */
  end: calendarDate('year').optional(),
  /** What came of it, one line each, per language if you like. Default: none. */
  highlights: z.array(localized(singleLine('a highlight', 220))).default([]),
  /** Technologies and topics. Default: none. Example: `[Go, PostgreSQL]`. */
  keywords: z.array(singleLine('a keyword', 60)).default([]),
  /** Your roles in it. Default: none. Example: `[Maintainer, Designer]`. */
  roles: z.array(localized(singleLine('a role', 80))).default([]),
  /** Who it was for or with, if not yourself. Optional. Example: `Cloud Native Computing Foundation`. */
  entity: singleLine('who it was for or with', 120).optional(),
  /** What kind of project. Optional. Example: `open source`, `volunteering`, `presentation`. */
  type: singleLine('what kind of project', 60).optional(),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Project = Resolved<z.output<typeof ProjectSchema>>;
