import { z } from 'astro/zod';
import { SafeUrlSchema, VisibilitySchema, calendarDate, localized, singleLine } from './common.ts';
import type { Resolved } from './common.ts';

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'freelance', 'internship', 'volunteer'] as const;

/** A position held at an organisation. The file name is the role's id, e.g. `content/roles/acme-platform.mdx`. */
export const RoleSchema = z.strictObject({
  /** The organisation's name. Example: `Northwind Logistics`. */
  organisation: singleLine('the organisation name', 120),
  /** The organisation's website. Optional. */
  organisationUrl: SafeUrlSchema.optional(),
  /** What the organisation does, in a few words, per language if you like. Optional. Example: `Freight software for small carriers`. */
  organisationDescription: localized(singleLine('what the organisation does', 160)).optional(),
  /** Your job title there, per language if you like. Example: `Senior Software Engineer`. */
  title: localized(singleLine('your job title', 120)),
  /** First month in the role, `YYYY-MM`. */
  start: calendarDate('month'),
  /** Last month in the role, `YYYY-MM`; leave out while it is your current role. */
  end: calendarDate('month').optional(),
  /** Where the role was based, per language if you like. Example: `Berlin (hybrid)`. Optional. */
  location: localized(singleLine('where the role was based')).optional(),
  /** One of full-time, part-time, contract, freelance, internship, volunteer. Default: full-time. */
  employmentType: z
    .enum(EMPLOYMENT_TYPES, { error: `must be one of ${EMPLOYMENT_TYPES.join(', ')}` })
    .default('full-time'),
  /** One or two sentences on the scope of the role, per language if you like. Optional: without one, the role shows its title and dates only. */
  summary: localized(z.string({ error: 'must be text: one or two sentences on the scope of the role' }).trim().min(1)).optional(),
  /** Who may see this role. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Role = Resolved<z.output<typeof RoleSchema>>;
