import type { CollectionEntry } from 'astro:content';
import { entriesOf } from './collection-entries.ts';
import { localizeContent, publishedLanguages, type RawContentInput } from '../lib/content/localize.ts';
import { buildModel, type Model } from '../lib/model/model.ts';
import { visibleContent } from '../lib/model/visibility.ts';

/**
 * The public model the website is built from, loaded once per build and language. Only `public`
 * entries and contact fields reach it; the privacy guard checks the result after the build.
 */
let raw: Promise<RawSite> | undefined;
const cached = new Map<string, Promise<SiteData>>();

export interface SiteData {
  model: Model;
  /** Astro's entries by id, for rendering MDX bodies, in the model's language when translated. */
  accomplishmentEntries: Map<string, CollectionEntry<'accomplishments'> | CollectionEntry<'translations'>>;
  profileEntry: CollectionEntry<'profile'> | CollectionEntry<'translations'>;
}

interface RawSite {
  input: RawContentInput;
  accomplishments: CollectionEntry<'accomplishments'>[];
  profileEntry: CollectionEntry<'profile'>;
  /** Translated bodies by `<folder>/<id>.<lang>` (`profile.<lang>` for the profile). */
  translations: Map<string, CollectionEntry<'translations'>>;
}

async function loadRaw(): Promise<RawSite> {
  const [profile, roles, accomplishments, skills, education, learning, resumes, pitches, translations] = await Promise.all([
    entriesOf('profile'),
    entriesOf('roles'),
    entriesOf('accomplishments'),
    entriesOf('skills'),
    entriesOf('education'),
    entriesOf('learning'),
    entriesOf('resumes'),
    entriesOf('pitches'),
    entriesOf('translations'),
  ]);
  const profileEntry = profile[0];
  if (!profileEntry) throw new Error('content/profile.mdx is missing: every site needs a profile.');
  const byId = new Map(translations.map((entry) => [entry.id, entry]));
  const languages = publishedLanguages(profileEntry);
  // Bodies in other languages, as the resolver expects them; `npm run check` has already reported stray files.
  const bodiesOf = (prefix: string) => Object.fromEntries(languages.flatMap((language) => {
    const body = byId.get(`${prefix}.${language}`)?.body;
    return body === undefined ? [] : [[language, body]];
  }));
  const withBodies = <T extends { id: string }>(folder: string, entries: T[]) => entries.map((entry) => ({ ...entry, bodies: bodiesOf(`${folder}/${entry.id}`) }));
  // Goals, network contacts and interviews are never read for the website.
  const input: RawContentInput = {
    profile: profile.map((entry) => ({ ...entry, bodies: bodiesOf('profile') })),
    roles,
    accomplishments: withBodies('accomplishments', accomplishments),
    skills,
    education,
    learning,
    resumes: withBodies('resumes', resumes),
    pitches: withBodies('pitches', pitches),
    goals: [],
    network: [],
    interviews: [],
    letters: [],
  } as RawContentInput;
  return { input, accomplishments, profileEntry, translations: byId };
}

async function load(language: string | undefined): Promise<SiteData> {
  raw ??= loadRaw();
  const site = await raw;
  const { content, languages } = localizeContent(site.input, language);
  const target = language ?? languages[0]!;
  const translated = <T>(key: string, original: T): T | CollectionEntry<'translations'> => (target === languages[0] ? original : (site.translations.get(`${key}.${target}`) ?? original));
  return {
    model: buildModel(visibleContent(content, 'public'), { language: target }),
    accomplishmentEntries: new Map(site.accomplishments.map((entry) => [entry.id, translated(`accomplishments/${entry.id}`, entry)])),
    profileEntry: translated('profile', site.profileEntry),
  };
}

/** The site's data in `language` (default: the profile's default language). */
export function getSiteData(language?: string): Promise<SiteData> {
  const key = language ?? '';
  let data = cached.get(key);
  if (!data) {
    data = load(language);
    cached.set(key, data);
  }
  return data;
}
