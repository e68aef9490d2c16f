import type { Model } from '../model/model.ts';
import type { ResumeView } from '../model/resume/selection.ts';
import { accomplishmentsTagged, evidenceFor, featuredAccomplishments, tagCounts } from '../render/site-views.ts';

/**
 * What each page shows of the accomplishments, worked out with the selections the pages make
 * (src/components/pages/*): the page cache keys cover that and nothing more of them, so one changed
 * accomplishment renders again only the pages that show it. A page that leaves something out here
 * is published stale, so a route shows everything unless it is listed; a page that comes to show more
 * of the accomplishments must say so here in the same change.
 */

/** A page, as the keys need it: its route's source file and its parameters. */
export interface KeyedPage {
  /** The route's file, relative to the project, e.g. `src/pages/[lang]/work/[id].astro`. */
  component: string;
  params: Readonly<Record<string, string | undefined>>;
}

/** What a page shows of the accomplishments. */
export interface Shows {
  /** The accomplishments it shows, in order: each one's files are part of its key. `undefined` marks a place left empty (no newer case study). */
  accomplishments?: readonly (string | undefined)[];
  /** What it works out from the accomplishments besides (counts, selections), as values v8 can serialise. */
  derived?: unknown;
}

/** What a page reads, in its language. */
export interface PageData {
  model: Model;
  /** A public resume variant as the site shows it. */
  resume(id: string): ResumeView;
}

type Params = KeyedPage['params'];
type Route = (data: PageData, params: Params) => Shows | 'everything';

/** Evidence links under each skill on the skills page (`evidenceLinks` in SkillsPage.astro). */
const SKILLS_PAGE_EVIDENCE_LINKS = 3;

const NOTHING: Route = () => ({});
const EVERYTHING: Route = () => 'everything';

/** How many case studies each skill has: the order and counts of the skill lists on the home and skills pages. */
const evidenceCounts = (model: Model) => model.skills.map((skill) => [skill.id, skill.evidence.length]);

/** A resume variant's page and downloads: exactly what its selection holds. */
const RESUME: Route = ({ model, resume }, { id }) => (id !== undefined && model.resumes.some((variant) => variant.id === id) ? { derived: resume(id) } : 'everything');

/** By the route's file, without `src/pages/` and the `[lang]/` of the other languages. */
const ROUTES: Readonly<Record<string, Route>> = {
  // Its accomplishment, and the titles of the newer and older ones it links to.
  'work/[id].astro': ({ model }, { id }) => {
    const entry = id === undefined ? undefined : model.accomplishmentById.get(id);
    if (!entry) return 'everything';
    const index = model.accomplishments.indexOf(entry);
    return { accomplishments: [model.accomplishments[index - 1]?.id, entry.id, model.accomplishments[index + 1]?.id] };
  },
  'work/tags/[tag].astro': ({ model }, { tag }) =>
    tag !== undefined && tagCounts(model.accomplishments).some((count) => count.tag === tag) ? { accomplishments: accomplishmentsTagged(model, tag).map((entry) => entry.id) } : 'everything',
  'skills/[id].astro': ({ model }, { id }) => (id !== undefined && model.skillById.has(id) ? { accomplishments: evidenceFor(model, id).map((entry) => entry.id) } : 'everything'),
  'skills/index.astro': ({ model }) => ({ accomplishments: model.skills.flatMap((skill) => skill.evidence.slice(0, SKILLS_PAGE_EVIDENCE_LINKS)), derived: evidenceCounts(model) }),
  // The featured cards, the skills by evidence, and how many were logged since when.
  'index.astro': ({ model }) => ({
    accomplishments: featuredAccomplishments(model).map((entry) => entry.id),
    derived: { logged: model.accomplishments.length, since: model.accomplishments.at(-1)?.data.date, evidence: evidenceCounts(model) },
  }),
  'resumes/index.astro': ({ model, resume }) => ({ derived: model.resumes.map((variant) => resume(variant.id)) }),
  'resume/[id]/index.astro': RESUME,
  'resume/[id].txt.ts': RESUME,
  'resume/[id].md.ts': RESUME,
  'resume/[id].json.ts': RESUME,
  'resume/[id].docx.ts': RESUME,
  // Every accomplishment.
  'work/index.astro': EVERYTHING,
  'rss.xml.ts': EVERYTHING,
  // None: the profile, roles, projects, talks, references, pitches.
  '404.astro': NOTHING,
  'c/[slug].astro': NOTHING,
  'contact/index.astro': NOTHING,
  'contact.vcf.ts': NOTHING,
  'favicon.svg.ts': NOTHING,
  'projects/[...index].astro': NOTHING,
  'projects/[id].astro': NOTHING,
  'publications/[...index].astro': NOTHING,
  'testimonials/[...index].astro': NOTHING,
};

/** A page's route, e.g. `work/[id].astro` for `src/pages/[lang]/work/[id].astro`. */
export function routeOf(component: string): string {
  return component.replace(/^src\/pages\/(\[lang\]\/)?/, '');
}

/** What a page of `route` with `params` shows of the accomplishments, or `everything` for a route not known here. */
export function pageShows(route: string, data: PageData, params: Params): Shows | 'everything' {
  return Object.hasOwn(ROUTES, route) ? ROUTES[route]!(data, params) : 'everything';
}
