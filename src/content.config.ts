import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { cairnLoader, translationsLoader } from './integrations/content-loader.ts';
import { CONTENT_TYPES, type CollectionName } from './schemas/index.ts';

/**
 * The collections Astro renders bodies from. Their entries come from Cairn's one read of the
 * content (content-loader.ts), already checked against these same schemas; goals, network
 * contacts, interviews and letters are never on the website, so they have no collection.
 */
const collection = (name: CollectionName) => defineCollection({ loader: cairnLoader(name), schema: CONTENT_TYPES[name].schema });

export const collections = {
  profile: collection('profile'),
  roles: collection('roles'),
  accomplishments: collection('accomplishments'),
  skills: collection('skills'),
  education: collection('education'),
  learning: collection('learning'),
  resumes: collection('resumes'),
  pitches: collection('pitches'),
  goals: collection('goals'),
  /** Translated bodies, with ids such as `accomplishments/2024-03-01-x.de` and `profile.de`. */
  translations: defineCollection({ loader: translationsLoader(), schema: z.object({}) }),
};
