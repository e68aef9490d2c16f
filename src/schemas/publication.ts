import { z } from 'astro/zod';
import { SafeUrlSchema, VisibilitySchema, calendarDate, localized, singleLine } from './common.ts';
import type { Resolved } from './common.ts';

/** Something you published: an article, a paper, a book, a recorded talk. The body may summarise it, in Markdown. */
export const PublicationSchema = z.strictObject({
  /** Its title, per language if you like. Example: `Latency budgets for payment systems`. */
  name: localized(singleLine('the title', 200)),
  /** Where it appeared. Optional. Example: `ACM Queue`. */
  publisher: singleLine('where it appeared', 120).optional(),
  /** When it appeared: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Optional. */
  date: calendarDate('year').optional(),
  /** Where it can be read or watched. Optional. */
  url: SafeUrlSchema.optional(),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Publication = Resolved<z.output<typeof PublicationSchema>>;
