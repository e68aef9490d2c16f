import { getCollection, type CollectionEntry } from 'astro:content';
import { buildModel, type ContentInput, type Model } from '../lib/model.ts';
import { visibleContent } from '../lib/visibility.ts';

/**
 * The public model the website is built from, loaded once per build. Only `public` entries and
 * contact fields reach it; the privacy guard checks the result after the build.
 */
let cached: Promise<SiteData> | undefined;

export interface SiteData {
  model: Model;
  /** Astro's entries by id, for rendering MDX bodies. */
  accomplishmentEntries: Map<string, CollectionEntry<'accomplishments'>>;
  profileEntry: CollectionEntry<'profile'>;
}

async function load(): Promise<SiteData> {
  const [profile, roles, accomplishments, skills, education, learning, resumes, pitches] = await Promise.all([
    getCollection('profile'),
    getCollection('roles'),
    getCollection('accomplishments'),
    getCollection('skills'),
    getCollection('education'),
    getCollection('learning'),
    getCollection('resumes'),
    getCollection('pitches'),
  ]);
  // Goals, network contacts and interviews are never read for the website.
  const input: ContentInput = { profile, roles, accomplishments, skills, education, learning, resumes, pitches, goals: [], network: [], interviews: [] };
  const profileEntry = profile[0];
  if (!profileEntry) throw new Error('content/profile.mdx is missing: every site needs a profile.');
  return {
    model: buildModel(visibleContent(input, 'public')),
    accomplishmentEntries: new Map(accomplishments.map((entry) => [entry.id, entry])),
    profileEntry,
  };
}

export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
