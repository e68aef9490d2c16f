import { z } from 'astro/zod';
import { EntryIdSchema, calendarDate, singleLine } from './common.ts';

/** How often to check in when a contact does not say: once a quarter. */
export const DEFAULT_CHECK_IN_DAYS = 90;

/**
 * A person in your professional network. File: `content/network/<person>.mdx`, e.g.
 * `content/network/priya-raman.mdx`. Always private: there is no visibility field, and the site
 * never reads this folder. The body is your notes; `npm run touch` appends dated contacts to it.
 */
export const NetworkContactSchema = z.strictObject({
  /** Their name as you address them. Example: `Priya Raman`. */
  name: singleLine('their name', 80),
  /** Where they work now. Example: `Kestrel Logistics`. Optional. */
  organisation: singleLine('where they work', 120).optional(),
  /** Their job title. Example: `VP Engineering`. Optional. */
  title: singleLine('their job title', 120).optional(),
  /** When you met: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Optional. */
  met: calendarDate('year').optional(),
  /** How you met. Example: `Speaker dinner at SREcon EMEA`. Optional. */
  howWeMet: singleLine('how you met', 160).optional(),
  /** The groups they belong to, as tags. Example: `[former-colleague, sre-community]`. Default: none. */
  circles: z.array(EntryIdSchema).default([]),
  /** The last time you were in touch, `YYYY-MM-DD`; `npm run touch` updates it. Optional: the review falls back to `met`. */
  lastContact: calendarDate('day').optional(),
  /** Days between check-ins; the review lists the contact once this has passed. Default: 90. */
  cadence: z
    .number({ error: 'must be a number of days, e.g. 90' })
    .int({ error: 'must be a whole number of days, e.g. 90' })
    .min(1, { error: 'must be at least 1 day' })
    .max(3650, { error: 'must be at most 3650 days (ten years)' })
    .default(DEFAULT_CHECK_IN_DAYS),
  /** What matters to them, so a check-in can bring something useful. Example: `[hiring SREs, her marathon training]`. Default: none. */
  caresAbout: z.array(singleLine('something they care about', 160)).default([]),
  /** How you have helped them. Example: `[Reviewed her team's on-call rota]`. Default: none. */
  helpedThem: z.array(singleLine('how you helped them', 200)).default([]),
  /** How they have helped you. Example: `[Introduced me to the Kestrel platform team]`. Default: none. */
  helpedMe: z.array(singleLine('how they helped you', 200)).default([]),
});
export type NetworkContact = z.output<typeof NetworkContactSchema>;
