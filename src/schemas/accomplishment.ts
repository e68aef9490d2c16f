import { z } from 'astro/zod';
import { EntryIdSchema, LinkSchema, VisibilitySchema, calendarDate, localized, singleLine, vocabulary } from './common.ts';
import type { Resolved } from './common.ts';

/** The longest resume bullet we accept: two printed lines on a letter-size resume. */
export const BULLET_MAX_LENGTH = 220;

/** A measured result, e.g. p99 latency from 800 to 90 ms. */
export const ImpactSchema = z.strictObject({
  /** What was measured, per language if you like. Example: `p99 latency`. */
  label: localized(singleLine('what was measured, e.g. p99 latency', 80)),
  /** The value before, when there was one. Example: `800`. */
  from: z.number({ error: 'must be a number, e.g. 800' }).optional(),
  /** The value after (or the amount, when there is no before). Example: `90`. */
  to: z.number({ error: 'must be a number, e.g. 90' }),
  /** Unit shown after the numbers, per language if you like. Example: `ms`, `%`, `€k/yr`, `days` (a unit of time written out is counted in each page's language: 1 day, 12 days, 12 Tage). Optional. */
  unit: vocabulary(localized(z.string({ error: 'must be text, e.g. ms' }).trim().max(16))).optional(),
});
export type Impact = Resolved<z.output<typeof ImpactSchema>>;

/** Where `npm run harvest` drafted an accomplishment from. */
/**
 * Where a harvested draft came from. Its names and hashes are bookkeeping, never shown, and as
 * short and common as ids (`api`, `ledger`), so the privacy guard does not look for them.
 */
export const HarvestedFromSchema = z.strictObject({
  /** The repository's folder name. Example: `ledger`. */
  repository: vocabulary(singleLine('the repository name', 120)),
  /** The pull request the work was merged by, when known. Example: `12`. Optional. */
  pullRequest: z.number({ error: 'must be a pull request number, e.g. 12' }).int().positive().optional(),
  /** The commits it was drafted from, as hashes (at least 7 hex digits). Example: `[3f2a9c1d4e5b]`. */
  commits: z.array(vocabulary(z.string({ error: 'must be a commit hash' }).regex(/^[0-9a-f]{7,40}$/, { error: 'must be a commit hash: 7 to 40 hex digits, e.g. 3f2a9c1' }))).min(1, { error: 'must name at least one commit' }),
});
export type HarvestedFrom = z.output<typeof HarvestedFromSchema>;

/**
 * One thing you did, logged while it is fresh. File: `content/accomplishments/YYYY-MM-DD-slug.mdx`.
 * The body is the story (situation, action, result), shown as a case study on the site.
 */
export const AccomplishmentSchema = z.strictObject({
  /** A short title for the case study, per language if you like. Example: `Cut checkout p99 latency by 89%`. */
  title: localized(singleLine('a short title', 120)),
  /** When it happened (or shipped), `YYYY-MM-DD`. */
  date: calendarDate('day'),
  /** The id of the role it belongs to (a file in content/roles/). Example: `northwind-senior`. */
  role: EntryIdSchema,
  /** Ids of the skills it is evidence for (files in content/skills/). Default: none. */
  skills: z.array(EntryIdSchema).default([]),
  /** Free-form tags for grouping on the site. Example: `[performance, mentoring]`. Default: none. */
  tags: z
    .array(EntryIdSchema)
    // Each tag is a page listing its entries, so tags times entries is what the site holds: a bound keeps that linear.
    .max(12, { error: 'at most 12 tags: they group your work on the site for browsing, and each one adds a page; keep the few a reader would browse by' })
    .default([]),
  /** The resume line: one sentence starting with a verb, at most 220 characters; per language if you like. */
  bullet: localized(singleLine('one resume line starting with a verb', BULLET_MAX_LENGTH)),
  /** Measured results. Default: none. */
  impact: z.array(ImpactSchema).default([]),
  /** Links to write-ups, code or talks. Default: none. */
  links: z.array(LinkSchema).default([]),
  /** Show on the home page. Default: false. */
  featured: z.boolean({ error: 'must be true or false' }).default(false),
  /** Who may see it. Default: public. `private` keeps it for your own reviews only. */
  visibility: VisibilitySchema.default('public'),
  /** Not finished yet: a draft is for your reviews only, whatever its visibility, until you remove this line (or set it to false). `npm run harvest` writes drafts. Default: false. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  /** What `npm run harvest` drafted it from: the repository, the pull request and the commits. Written by harvest; keep it to trace the work back. Optional. */
  harvestedFrom: HarvestedFromSchema.optional(),
});
export type Accomplishment = Resolved<z.output<typeof AccomplishmentSchema>>;
