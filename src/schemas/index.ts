import type { z } from 'astro/zod';
import { AccomplishmentSchema } from './accomplishment.ts';
import type { Resolved } from './common.ts';
import { EducationSchema } from './education.ts';
import { GoalSchema } from './goal.ts';
import { InterviewSchema } from './interview.ts';
import { LearningSchema } from './learning.ts';
import { LetterSchema } from './letter.ts';
import { NetworkContactSchema } from './network.ts';
import { PitchSchema } from './pitch.ts';
import { ProfileSchema } from './profile.ts';
import { ResumeSchema } from './resume.ts';
import { RoleSchema } from './role.ts';
import { SkillSchema } from './skill.ts';

/**
 * Every content type with its schema and folder under content/. The Astro collections, the
 * check command and the CLIs all read this table, so a type is defined once.
 */
export const CONTENT_TYPES = {
  profile: { schema: ProfileSchema, folder: '.', pattern: 'profile.mdx' },
  roles: { schema: RoleSchema, folder: 'roles', pattern: '*.mdx' },
  accomplishments: { schema: AccomplishmentSchema, folder: 'accomplishments', pattern: '*.mdx' },
  skills: { schema: SkillSchema, folder: 'skills', pattern: '*.mdx' },
  education: { schema: EducationSchema, folder: 'education', pattern: '*.mdx' },
  learning: { schema: LearningSchema, folder: 'learning', pattern: '*.mdx' },
  resumes: { schema: ResumeSchema, folder: 'resumes', pattern: '*.mdx' },
  pitches: { schema: PitchSchema, folder: 'pitches', pattern: '*.mdx' },
  goals: { schema: GoalSchema, folder: 'goals', pattern: '*.mdx' },
  // Always private: the CLIs and the check read these two, the website never does (not in content.config.ts).
  network: { schema: NetworkContactSchema, folder: 'network', pattern: '*.mdx' },
  interviews: { schema: InterviewSchema, folder: 'interviews', pattern: '*.mdx' },
  // Built from files by the letters step into out/letters/ (public ones also into dist/letters/); never an Astro collection.
  letters: { schema: LetterSchema, folder: 'letters', pattern: '*.mdx' },
} as const;

export type CollectionName = keyof typeof CONTENT_TYPES;
export const COLLECTION_NAMES = Object.keys(CONTENT_TYPES) as CollectionName[];

/** The validated data of an entry as written: localized fields may hold one text per language. */
export type RawEntryData<C extends CollectionName> = z.output<(typeof CONTENT_TYPES)[C]['schema']>;

/** The validated data of an entry in one language (every localized field resolved): what views and commands read. */
export type EntryData<C extends CollectionName> = Resolved<RawEntryData<C>>;

export * from './accomplishment.ts';
export * from './common.ts';
export * from './education.ts';
export * from './goal.ts';
export * from './interview.ts';
export * from './learning.ts';
export * from './letter.ts';
export * from './network.ts';
export * from './pitch.ts';
export * from './profile.ts';
export * from './resume.ts';
export * from './role.ts';
export * from './skill.ts';
