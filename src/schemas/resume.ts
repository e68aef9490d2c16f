import { z } from 'astro/zod';
import { EntryIdSchema, VisibilitySchema, calendarDate, localized, singleLine } from './common.ts';
import type { Resolved } from './common.ts';

/** The sections a resume can have, in the order used when a variant does not choose one. */
export const RESUME_SECTIONS = ['summary', 'experience', 'projects', 'skills', 'education', 'learning', 'publications', 'awards', 'languages', 'interests', 'references', 'links'] as const;
export type ResumeSection = (typeof RESUME_SECTIONS)[number];

export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const FIT_MODES = ['strict', 'auto'] as const;
export const RESUME_DESIGNS = ['branded', 'plain', 'classic', 'sidebar', 'compact'] as const;
export type ResumeDesign = (typeof RESUME_DESIGNS)[number];
/** `jsonresume:even`: the direct-send PDF printed with an installed JSON Resume theme (`jsonresume-theme-even`). */
export type JsonResumeThemeDesign = `jsonresume:${string}`;
const DESIGN_ERROR = `must be one of ${RESUME_DESIGNS.join(', ')}, or jsonresume:<theme> for an installed JSON Resume theme, e.g. jsonresume:even`;

/** How much a skill or tag counts when ranking bullets: -10 (push down) to 10 (pull up). */
const WeightSchema = z
  .number({ error: 'must be a number from -10 to 10, e.g. 3' })
  .min(-10, { error: 'must be at least -10' })
  .max(10, { error: 'must be at most 10' });

/** Weights by id: `{ kubernetes: 3, python: -1 }`. */
const WeightsSchema = z.record(EntryIdSchema, WeightSchema, {
  error: 'must be ids with weights, e.g. { kubernetes: 3, reliability: 2 }',
});

export const EmphasisSchema = z.strictObject({
  /** Skill ids (files in content/skills/) and how much they count. Example: `{ kubernetes: 3, postgresql: 2 }`. Default: none. */
  skills: WeightsSchema.default({}),
  /** Accomplishment tags and how much they count. Example: `{ reliability: 2, leadership: 3 }`. Default: none. */
  tags: WeightsSchema.default({}),
});
export type Emphasis = z.output<typeof EmphasisSchema>;

/**
 * Which accomplishments a filter matches. Each list matches an accomplishment naming any of its
 * items; `from`/`to` bound its date.
 */
const filterFields = {
  /** Skill ids, e.g. `[kubernetes, terraform]`. Default: none. */
  skills: z.array(EntryIdSchema).default([]),
  /** Tags, e.g. `[reliability]`. Default: none. */
  tags: z.array(EntryIdSchema).default([]),
  /** Role ids (files in content/roles/), e.g. `[acme-platform]`. Default: none. */
  roles: z.array(EntryIdSchema).default([]),
  /** The earliest date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Optional. */
  from: calendarDate('year').optional(),
  /** The latest date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Optional. */
  to: calendarDate('year').optional(),
};

/** Keep only what matches every list given (and the date range). Example: `{ roles: [acme], from: "2019" }`. */
export const IncludeSchema = z.strictObject(filterFields);
/** Leave out what matches any list given (or falls in the date range). Example: `{ tags: [billing] }`. */
export const ExcludeSchema = z.strictObject({
  ...filterFields,
  /** Accomplishment ids to leave out, e.g. `[2019-04-12-tracking-api-latency]`. Default: none. */
  accomplishments: z.array(EntryIdSchema).default([]),
});
export type ResumeFilter = z.output<typeof IncludeSchema>;
export type ResumeExclude = z.output<typeof ExcludeSchema>;

/** A whole number between `min` and `max`, with errors that say so. */
function count(what: string, min: number, max: number, example: number) {
  const message = `must be a whole number of ${what} from ${min} to ${max}, e.g. ${example}`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

export const LimitsSchema = z.strictObject({
  /**
   * Most bullets under a role (pinned ones always show), 0 to 20: one number for every role, or a
   * list from the newest role back, whose last number covers the older ones. Example: `[4, 3, 2]`. Default: 4.
   */
  bulletsPerRole: z
    .union([count('bullets per role', 0, 20, 4), z.array(count('bullets per role', 0, 20, 4)).min(1, { error: 'must list at least one number, e.g. [4, 3, 2]' })], {
      error: 'must be a whole number such as 4, or a list from the newest role back such as [4, 3, 2]',
    })
    .default(4),
  /** Most roles, newest first. Example: `4`. Optional: all roles. */
  roles: count('roles', 1, 50, 4).optional(),
  /** Years of history to show, counted back from your newest accomplishment. Example: `10`. Optional: all of it. */
  years: z
    .number({ error: 'must be a number of years, e.g. 10' })
    .positive({ error: 'must be more than 0 years' })
    .max(60, { error: 'must be at most 60 years' })
    .optional(),
  /** Most skills in the skills section. Default: 12. */
  skills: count('skills', 0, 100, 12).default(12),
  /** Most entries in the learning section (certifications, courses, talks…). Default: 4. */
  learning: count('learning entries', 0, 50, 4).default(4),
});
export type ResumeLimits = z.output<typeof LimitsSchema>;

/**
 * One career path you are weighing, as a resume variant. The file name is its id
 * (`content/resumes/platform-lead.mdx`); the body is the resume summary, in Markdown. Only
 * `title` and `targetRole` are required: everything else has a default that prints one page.
 */
export const ResumeSchema = z.strictObject({
  /** The name of this version, per language if you like. Example: `Platform engineering lead`. */
  title: localized(singleLine('a name for this resume version', 100)),
  /** The role this version aims at, per language if you like. Example: `Engineering Manager, Platform`. */
  targetRole: localized(singleLine('the role this version aims at', 100)),
  /** The line under your name, per language if you like. Default: the profile's headline. Example: `Staff Platform Engineer`. */
  headline: localized(singleLine('the line under your name', 90)).optional(),
  /** Skills and tags that matter for this path, with weights; bullets naming them rank higher. Default: none. */
  emphasis: EmphasisSchema.prefault({}),
  /** Keep only accomplishments matching every list given. Example: `{ from: "2018" }`. Default: everything. */
  include: IncludeSchema.prefault({}),
  /** Leave out accomplishments (and roles, with `roles`) matching any list given. Default: nothing. */
  exclude: ExcludeSchema.prefault({}),
  /** Accomplishment ids that are always in, first under their role, in this order. Default: none. */
  pinned: z.array(EntryIdSchema).default([]),
  /** How much to show. Default: 4 bullets per role, every role and year, 12 skills, 4 learning entries. */
  limits: LimitsSchema.prefault({}),
  /** Sections in the order they print; leave one out to drop it. Allowed: summary, experience, projects, skills, education, learning, publications, awards, languages, interests, references, links. An empty one prints nothing. Default: all, in that order. */
  sections: z
    .array(z.enum(RESUME_SECTIONS, { error: `must be one of ${RESUME_SECTIONS.join(', ')}` }))
    .min(1, { error: 'must list at least one section, e.g. [summary, experience]' })
    .refine((sections) => new Set(sections).size === sections.length, { error: 'lists a section twice' })
    .default([...RESUME_SECTIONS]),
  /** Print each role's one-line scope (its `summary`) under its title. Default: true. */
  roleSummaries: z.boolean({ error: 'must be true or false' }).default(true),
  /** Paper size of the PDF: `letter` (US, 8.5 × 11 in) or `a4` (210 × 297 mm). Default: by the document's language and region, Letter where people use it (US, Canada, the Philippines, much of Latin America), A4 elsewhere. */
  paper: z.enum(PAPER_SIZES, { error: 'must be letter or a4' }).optional(),
  /** Most pages the PDF may have: 1 or 2. Default: 1. */
  pages: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' }).default(1),
  /** Over the page limit: `strict` fails the build, `auto` drops the lowest-ranked bullets until it fits. Default: auto. */
  fit: z.enum(FIT_MODES, { error: 'must be strict or auto' }).default('auto'),
  /**
   * The look: `branded` (your brand colours, serif name), `plain` (black and white, conservative),
   * `classic` (centred header, ruled headings), `sidebar` (contact, skills, education and languages in
   * a narrow column beside the experience) or `compact` (smaller type, one line per role, for long
   * careers). `jsonresume:<theme>` prints the copy in out/ with an installed JSON Resume theme
   * (`npm install jsonresume-theme-<theme>`); the website shows the branded look. Default: branded.
   */
  design: z
    .union([z.enum(RESUME_DESIGNS), z.templateLiteral(['jsonresume:', z.string().regex(/^[a-z0-9][a-z0-9._-]*$/)])], { error: DESIGN_ERROR })
    .default('branded'),
  /** Who may see it listed. Default: public. `resume` builds it only into out/ for sending directly. */
  visibility: VisibilitySchema.default('public'),
  /** In each published language besides the default: `complete` fails check and the build while the resume would print a text that has no translation; `fallback` prints the default language's text there. Default: complete. */
  translation: z.enum(['complete', 'fallback'], { error: 'must be complete or fallback' }).default('complete'),
});
/** A variant as the model holds it: its paper settled for the language it is printed in. */
export type Resume = Resolved<z.output<typeof ResumeSchema>> & { paper: PaperSize };
