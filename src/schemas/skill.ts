import { z } from 'astro/zod';
import { VisibilitySchema, localized, singleLine, vocabulary } from './common.ts';
import type { Resolved } from './common.ts';

export const SKILL_LEVELS = ['learning', 'working', 'advanced', 'expert'] as const;

/** A skill you offer. Its evidence is derived: the accomplishments that name it. */
export const SkillSchema = z.strictObject({
  /** Display name, per language if you like. Example: `PostgreSQL`, `{ en: Mentoring, de: Mentoring }`. */
  name: localized(singleLine('the skill name', 60)),
  /** Group on the skills page, per language if you like. Example: `Data`, `Languages`, `{ en: Leadership, de: Führung }`. */
  category: vocabulary(localized(singleLine('a category such as Languages or Leadership', 40))),
  /** One of learning, working, advanced, expert. */
  level: z.enum(SKILL_LEVELS, { error: `must be one of ${SKILL_LEVELS.join(', ')}` }),
  /** The year you started using it. Example: `2017`. Optional. */
  since: z
    .number({ error: 'must be a year, e.g. 2017' })
    .int({ error: 'must be a year, e.g. 2017' })
    .min(1950, { error: 'must be a year after 1950' })
    .max(2200, { error: 'must be a year, e.g. 2017' })
    .optional(),
  /** Other names recruiters search for. Example: `[Postgres, SQL]`. Default: none. */
  keywords: z.array(z.string().trim().min(1)).default([]),
  /** Who may see it. Default: public. */
  visibility: VisibilitySchema.default('public'),
});
export type Skill = Resolved<z.output<typeof SkillSchema>>;
