import type { Brand } from '../../../schemas/profile.ts';
import { formatImpactChange, formatImpactValue, formatMonth } from '../../model/format.ts';
import { messagesFor, skillLevelLabel, type Messages } from '../../model/i18n/messages.ts';
import type { Entry, Model } from '../../model/model.ts';
import { displayUrl } from './business-cards.ts';
import type { SourcedText, TextOrigin } from './layout.ts';

/**
 * What the Open Graph image of each page says. Pages the model knows (home, case studies, skills,
 * resume variants) get their facts from it; every other page is described by its own title and
 * description, so a page added later still gets an image.
 */
export interface OgSpec {
  /** The page, relative to the site root: `` for home, `work/some-id/`. */
  page: string;
  layout: 'home' | 'page';
  eyebrow: SourcedText;
  title: SourcedText;
  /** The home page's headline. */
  subtitle?: SourcedText | undefined;
  description?: SourcedText | undefined;
  /** A headline figure, e.g. `−88%` with `p99 authorization latency, from 820 to 95 ms`. */
  stat?: { figure: SourcedText; label: SourcedText } | undefined;
  person: { name: SourcedText; site: SourcedText };
  brand: Brand;
}

/** The image file of a page: `` → `og/index.png`, `work/x/` → `og/work/x.png`. */
export function ogImageFile(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '').replace(/\/index$/, '');
  return `og/${trimmed === '' || trimmed === 'index' ? 'index' : trimmed}.png`;
}

/** The page path of a URL path under the site's base: `/portfolio/work/x/` → `work/x/`. */
export function pageOfPath(pathname: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  return relative.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
}

/** The eyebrow of a page the model does not describe: the name of its section, in the page's language. */
function sectionName(section: string, words: Messages): string | undefined {
  const names: Record<string, string> = {
    work: words.navWork,
    projects: words.navProjects,
    skills: words.navSkills,
    publications: words.talksAndPublications(true, true),
    testimonials: words.navTestimonials,
    resumes: words.navResumes,
    resume: words.resumeOf,
    contact: words.navContact,
  };
  return names[section];
}

function content(entry: { id: string }, collection: 'profile' | 'accomplishments' | 'skills' | 'resumes' | 'roles', ...field: (string | number)[]): TextOrigin {
  return { kind: 'content', collection, id: entry.id, field };
}

function caseStudyStat(entry: Entry<'accomplishments'>, language: string, words: Messages): OgSpec['stat'] {
  const impact = entry.data.impact[0];
  if (!impact) return undefined;
  const origin = content(entry, 'accomplishments', 'impact', 0);
  const change = formatImpactChange(impact, language);
  // The image fonts have no arrow, so `820 ms → 95 ms` is written in words.
  const range = impact.from === undefined ? undefined : words.impactFromTo(formatImpactValue({ ...impact, to: impact.from, from: undefined }, language), formatImpactValue({ ...impact, from: undefined }, language));
  const figure = change ?? formatImpactValue({ ...impact, from: undefined }, language);
  const label = range ? `${impact.label}, ${range}` : impact.label;
  return { figure: { text: figure, origin, hint: 'use a shorter unit' }, label: { text: label, origin: content(entry, 'accomplishments', 'impact', 0, 'label'), hint: 'shorten the impact label' } };
}

function personOf(model: Model, siteUrl: string): OgSpec['person'] {
  const { profile } = model;
  return {
    name: { text: profile.data.name, origin: content(profile, 'profile', 'name'), hint: 'shorten name' },
    site: { text: displayUrl(siteUrl), origin: content(profile, 'profile', 'site'), hint: 'publish at a shorter address' },
  };
}

/** Page text comes from code and content together and has no schema limit: past these lengths it ends in an ellipsis. */
const PAGE_TITLE_LIMIT = 110;
const PAGE_DESCRIPTION_LIMIT = 200;

/** The text cut at the last whole word before `limit`, with an ellipsis to show it was cut. */
export function shortenAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The specs of every page the model knows, by page path. */
const specsByModel = new WeakMap<Model, Map<string, Map<string, OgSpec>>>();

/**
 * The spec of every page the model knows, keyed by page, in the model's language: a translated
 * model's pages live under `<language>/`. Worked out once per model and address (the dev server
 * asks per image).
 */
export function ogSpecs(model: Model, siteUrl: string): Map<string, OgSpec> {
  let bySite = specsByModel.get(model);
  if (!bySite) specsByModel.set(model, (bySite = new Map()));
  let specs = bySite.get(siteUrl);
  if (!specs) bySite.set(siteUrl, (specs = specsOf(model, siteUrl)));
  return specs;
}

function specsOf(model: Model, siteUrl: string): Map<string, OgSpec> {
  const { profile, language } = model;
  const words = messagesFor(language);
  const prefix = language === model.languages[0] ? '' : `${language}/`;
  const person = personOf(model, siteUrl);
  const base = { person, brand: profile.data.brand, layout: 'page' as const };
  const specs: OgSpec[] = [
    {
      ...base,
      page: prefix,
      layout: 'home',
      eyebrow: { text: profile.data.location ?? words.portfolio, origin: content(profile, 'profile', 'location'), hint: 'shorten location' },
      title: { text: profile.data.name, origin: content(profile, 'profile', 'name'), hint: 'the name must fit on one line' },
      subtitle: { text: profile.data.headline, origin: content(profile, 'profile', 'headline'), hint: 'shorten headline' },
      description: { text: profile.data.valueProposition, origin: content(profile, 'profile', 'valueProposition'), hint: 'shorten valueProposition' },
    },
  ];
  for (const entry of model.accomplishments) {
    const role = model.roleById.get(entry.data.role);
    const stat = caseStudyStat(entry, language, words);
    specs.push({
      ...base,
      page: `${prefix}work/${entry.id}/`,
      eyebrow: { text: [words.caseStudy, formatMonth(entry.data.date, language), role?.data.organisation].filter(Boolean).join(' · '), origin: role ? content(role, 'roles', 'organisation') : content(entry, 'accomplishments', 'date'), hint: 'shorten organisation' },
      title: { text: entry.data.title, origin: content(entry, 'accomplishments', 'title'), hint: 'shorten title' },
      // The figure says more than the bullet, which mostly repeats the title; one of the two fits.
      description: stat ? undefined : { text: entry.data.bullet, origin: content(entry, 'accomplishments', 'bullet'), hint: 'shorten bullet' },
      stat,
    });
  }
  for (const skill of model.skills) {
    const facts = [skillLevelLabel(words, skill.data.level), skill.data.since ? words.sinceYear(skill.data.since) : undefined].filter(Boolean).join(', ');
    const evidence = skill.evidence.length;
    specs.push({
      ...base,
      page: `${prefix}skills/${skill.id}/`,
      eyebrow: { text: `${words.previewSkill} · ${skill.data.category}`, origin: content(skill, 'skills', 'category'), hint: 'shorten category' },
      title: { text: skill.data.name, origin: content(skill, 'skills', 'name'), hint: 'shorten name' },
      stat:
        evidence > 0
          ? {
              figure: { text: words.caseStudies(evidence), origin: content(skill, 'skills', 'name'), hint: '' },
              label: { text: facts, origin: content(skill, 'skills', 'level'), hint: '' },
            }
          : undefined,
      description: evidence > 0 ? undefined : { text: `${facts}.`, origin: content(skill, 'skills', 'level'), hint: '' },
    });
  }
  for (const resume of model.resumes) {
    specs.push({
      ...base,
      page: `${prefix}resume/${resume.id}/`,
      eyebrow: { text: words.resumeOf, origin: content(resume, 'resumes', 'title'), hint: '' },
      title: { text: resume.data.title, origin: content(resume, 'resumes', 'title'), hint: 'shorten title' },
      description: { text: `${words.forRole(resume.data.targetRole)}.`, origin: content(resume, 'resumes', 'targetRole'), hint: 'shorten targetRole' },
    });
  }
  return new Map(specs.map((spec) => [spec.page, spec]));
}

/** The spec of a page the model does not describe, from its own title and description. */
export function pageOgSpec(model: Model, siteUrl: string, page: string, title: string, description: string): OgSpec {
  const { profile } = model;
  const [first = '', second = ''] = page.split('/');
  // A translated page lives under its language's folder and is named in that language.
  const translated = first !== model.languages[0] && model.languages.includes(first);
  const words = messagesFor(translated ? first : model.languages[0]!);
  const section = translated ? second : first;
  const origin = (field: string): TextOrigin => ({ kind: 'page', page: `/${page}`, field });
  return {
    page,
    layout: 'page',
    eyebrow: { text: sectionName(section, words) ?? profile.data.name, origin: origin('section'), hint: '' },
    // A page's own title and description are shown in full by the link preview itself; the image gets a shortened copy.
    title: { text: shortenAtWord(title, PAGE_TITLE_LIMIT), origin: origin('title'), hint: 'give the page a shorter title' },
    description: description ? { text: shortenAtWord(description, PAGE_DESCRIPTION_LIMIT), origin: origin('description'), hint: 'give the page a shorter description' } : undefined,
    person: personOf(model, siteUrl),
    brand: profile.data.brand,
  };
}
