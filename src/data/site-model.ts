import type { CollectionEntry } from 'astro:content';
import type { BuildContext } from '../lib/model/build-context.ts';
import type { Model } from '../lib/model/model.ts';
import type { ResumeView } from '../lib/model/resume/selection.ts';
import { printsPdfs } from '../lib/print/chrome.ts';
import { buildSession } from '../lib/stages/build-session.ts';
import { entriesOf } from './collection-entries.ts';

/**
 * What the pages are built from: the build context's public model (the same one the resume,
 * letter and image stages use), and Astro's entries for rendering bodies. Only `public` entries
 * and contact fields reach the model; the privacy guard checks the result after the build.
 */
export interface SiteData {
  model: Model;
  /** The build's date, `YYYY-MM-DD`. */
  date: string;
  /** A public resume variant as selected in this language: the selection the resume stage prints. */
  resume(id: string): ResumeView;
  /** Whether the build prints resume PDFs to link to: `astro build` with a browser, never `astro dev`. */
  pdfs: boolean;
  /** Astro's entries by id, for rendering MDX bodies, in the model's language when translated. */
  accomplishmentEntries: Map<string, CollectionEntry<'accomplishments'> | CollectionEntry<'translations'>>;
  /** Projects' stories and references' words, the same way. */
  projectEntries: Map<string, CollectionEntry<'projects'> | CollectionEntry<'translations'>>;
  referenceEntries: Map<string, CollectionEntry<'references'> | CollectionEntry<'translations'>>;
  profileEntry: CollectionEntry<'profile'> | CollectionEntry<'translations'>;
}

/** The site's data per language, for each read of the content (a page asks for it many times). */
const siteDataOfRead = new WeakMap<object, Map<string, Promise<SiteData>>>();

async function load(context: BuildContext, language: string): Promise<SiteData> {
  const [accomplishments, profile, projects, references, translationEntries] = await Promise.all([
    entriesOf('accomplishments'),
    entriesOf('profile'),
    entriesOf('projects'),
    entriesOf('references'),
    entriesOf('translations'),
  ]);
  if (!profile[0]) throw new Error('content/profile.mdx is missing: every site needs a profile.');
  const translations = new Map(translationEntries.map((entry) => [entry.id, entry]));
  const translated = <T>(key: string, original: T): T | CollectionEntry<'translations'> => (language === context.defaultLanguage ? original : (translations.get(`${key}.${language}`) ?? original));
  return {
    model: context.model(language, 'public'),
    resume: (id) => context.resume(language, 'public', id),
    date: context.date,
    pdfs: printsPdfs(import.meta.env.DEV, context.options.chromePath),
    accomplishmentEntries: new Map(accomplishments.map((entry) => [entry.id, translated(`accomplishments/${entry.id}`, entry)])),
    projectEntries: new Map(projects.map((entry) => [entry.id, translated(`projects/${entry.id}`, entry)])),
    referenceEntries: new Map(references.map((entry) => [entry.id, translated(`references/${entry.id}`, entry)])),
    profileEntry: translated('profile', profile[0]),
  };
}

/** The site's data in `language` (default: the profile's default language). */
export function getSiteData(language?: string): Promise<SiteData> {
  const context = buildSession().context();
  const target = language ?? context.defaultLanguage;
  let byLanguage = siteDataOfRead.get(context);
  if (!byLanguage) {
    byLanguage = new Map();
    siteDataOfRead.set(context, byLanguage);
  }
  let data = byLanguage.get(target);
  if (!data) {
    data = load(context, target);
    byLanguage.set(target, data);
  }
  return data;
}
