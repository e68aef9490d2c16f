import { z } from 'astro/zod';
import { VisibilitySchema, calendarDate, localized, singleLine } from './common.ts';
import type { Resolved } from './common.ts';

/** An award or honour. The body may say what it was for, in Markdown. */
export const AwardSchema = z.strictObject({
  /** The award, per language if you like. Example: `Engineer of the Year`. */
  title: localized(singleLine('the award', 140)),
  /** When it was given: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Optional. */
  date: calendarDate('year').optional(),
  /** Who gave it. Optional. Example: `Northwind Payments`. */
  awarder: singleLine('who gave it', 120).optional(),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Award = Resolved<z.output<typeof AwardSchema>>;
