import { z } from 'astro/zod';
import { VisibilitySchema, contactField, emailField, singleLine } from './common.ts';
import type { Resolved } from './common.ts';

/** What someone said about your work: a reference or testimonial. The body is their words, in Markdown. */
export const ReferenceSchema = z.strictObject({
  /** Who said it. Example: `Priya Raman, VP Engineering at Northwind`. */
  name: singleLine('who said it', 160),
  /** How to reach them, each detail with who may see it. Default visibility: resume (printed on the resumes you send, never on the website). Example: `{ email: priya@example.com }`. */
  contact: z
    .strictObject({
      /** Their email address. */
      email: emailField('resume').optional(),
      /** Their phone number. */
      phone: contactField('resume', 'a phone number').optional(),
    })
    .default({}),
  /** Who may see it. Default: public; make it `resume` to send it only with your resumes. */
  visibility: VisibilitySchema.default('public'),
});
export type Reference = Resolved<z.output<typeof ReferenceSchema>>;
