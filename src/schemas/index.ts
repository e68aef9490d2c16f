import type { z } from 'astro/zod';
import { AccomplishmentSchema } from './accomplishment.ts';
import { AwardSchema } from './award.ts';
import type { Resolved } from './common.ts';
import { EducationSchema } from './education.ts';
import { GoalSchema } from './goal.ts';
import { InterviewSchema } from './interview.ts';
import { LearningSchema } from './learning.ts';
import { LetterSchema } from './letter.ts';
import { NetworkContactSchema } from './network.ts';
import { PitchSchema } from './pitch.ts';
import { ProfileSchema } from './profile.ts';
import { ProjectSchema } from './project.ts';
import { PublicationSchema } from './publication.ts';
import { ReferenceSchema } from './reference.ts';
import { ResumeSchema } from './resume.ts';
import { RoleSchema } from './role.ts';
import { SkillSchema } from './skill.ts';

/**
 * Every content type, once: the reader, `npm run check`, the privacy guard, the Astro collections
 * and the commands all read this table. Each row says
 * - `schema`: the zod schema of its frontmatter;
 * - `folder` and `pattern`: where its files are under content/;
 * - `visibility`: who may see its entries: `per-entry` (each entry's `visibility` field decides),
 *   `private` (never published: only the review and tailor commands read them), or `public` (the
 *   profile, whose contact fields each carry their own visibility);
 * - `collection`: whether the website renders its bodies, which makes it an Astro collection.
 */
export const CONTENT_TYPES = {
  profile: { schema: ProfileSchema, folder: '.', pattern: 'profile.mdx', visibility: 'public', collection: true },
  roles: { schema: RoleSchema, folder: 'roles', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  accomplishments: { schema: AccomplishmentSchema, folder: 'accomplishments', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  skills: { schema: SkillSchema, folder: 'skills', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  education: { schema: EducationSchema, folder: 'education', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  learning: { schema: LearningSchema, folder: 'learning', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  resumes: { schema: ResumeSchema, folder: 'resumes', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  pitches: { schema: PitchSchema, folder: 'pitches', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  projects: { schema: ProjectSchema, folder: 'projects', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  awards: { schema: AwardSchema, folder: 'awards', pattern: '*.mdx', visibility: 'per-entry', collection: false },
  publications: { schema: PublicationSchema, folder: 'publications', pattern: '*.mdx', visibility: 'per-entry', collection: false },
  references: { schema: ReferenceSchema, folder: 'references', pattern: '*.mdx', visibility: 'per-entry', collection: true },
  goals: { schema: GoalSchema, folder: 'goals', pattern: '*.mdx', visibility: 'private', collection: false },
  network: { schema: NetworkContactSchema, folder: 'network', pattern: '*.mdx', visibility: 'private', collection: false },
  interviews: { schema: InterviewSchema, folder: 'interviews', pattern: '*.mdx', visibility: 'private', collection: false },
  // Printed by the letters stage into out/letters/ (public ones also into dist/letters/), not rendered by a page.
  letters: { schema: LetterSchema, folder: 'letters', pattern: '*.mdx', visibility: 'per-entry', collection: false },
} as const;

/** The content types the website renders bodies of: Astro's collections. */
export type SiteCollectionName = { [C in keyof typeof CONTENT_TYPES]: (typeof CONTENT_TYPES)[C]['collection'] extends true ? C : never }[keyof typeof CONTENT_TYPES];

export type CollectionName = keyof typeof CONTENT_TYPES;
export const COLLECTION_NAMES = Object.keys(CONTENT_TYPES) as CollectionName[];

/** The validated data of an entry as written: localized fields may hold one text per language. */
export type RawEntryData<C extends CollectionName> = z.output<(typeof CONTENT_TYPES)[C]['schema']>;

/** The validated data of an entry in one language (every localized field resolved): what views and commands read. */
export type EntryData<C extends CollectionName> = Resolved<RawEntryData<C>>;

export * from './accomplishment.ts';
export * from './award.ts';
export * from './common.ts';
export * from './education.ts';
export * from './goal.ts';
export * from './interview.ts';
export * from './learning.ts';
export * from './letter.ts';
export * from './network.ts';
export * from './pitch.ts';
export * from './profile.ts';
export * from './project.ts';
export * from './publication.ts';
export * from './reference.ts';
export * from './resume.ts';
export * from './role.ts';
export * from './skill.ts';
