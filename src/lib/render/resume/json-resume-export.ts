import { markdownToPlainText } from './markdown.ts';
import { printedSections } from './sections.ts';
import type { ResumeView } from '../../model/resume/selection.ts';
import { messagesFor, skillLevelLabel } from '../../model/i18n/messages.ts';

/**
 * The variant as a JSON Resume document (https://jsonresume.org/schema, v1.0.0), so every JSON
 * Resume theme and tool can read it. It holds what the printed resume holds — the same roles,
 * bullets, skills and learning — and nothing the audience may not see: the public file in dist/
 * has no phone number; the one in out/ has what the resume audience may see.
 */

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

export interface JsonResumeDocument {
  $schema: string;
  basics: Record<string, unknown>;
  work: Record<string, unknown>[];
  /** Only when there are volunteer roles, so a document without them stays as it was. */
  volunteer?: Record<string, unknown>[];
  education: Record<string, unknown>[];
  skills: Record<string, unknown>[];
  certificates: Record<string, unknown>[];
  publications: Record<string, unknown>[];
  /** These only when there are any, so a document without them stays as it was. */
  languages?: Record<string, unknown>[];
  interests?: Record<string, unknown>[];
  projects?: Record<string, unknown>[];
  awards?: Record<string, unknown>[];
  references?: Record<string, unknown>[];
  meta: Record<string, unknown>;
}

/** Leaves out absent fields, so the document never carries `"phone": null`. */
function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as Partial<T>;
}

/**
 * The profile's place as JSON Resume's parts: `Manchester, Greater Manchester` → city and region.
 * The country is exported as its code, so its name is left off the region when it ends the place.
 */
function locationOf(person: ResumeView['person']): Record<string, unknown> | undefined {
  const { location, address, postalCode, country } = person;
  if (!location && !address && !postalCode && !country) return undefined;
  const parts = (location ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const countryName = country ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(country) : undefined;
  if (parts.length > 1 && (parts.at(-1) === country || parts.at(-1) === countryName)) parts.pop();
  const [city, ...rest] = parts;
  return compact({ address, postalCode, city, countryCode: country, region: rest.length > 0 ? rest.join(', ') : undefined });
}

type SkillLevel = ResumeView['skills'][number]['skills'][number]['level'];

/** Cairn's skill levels in the words English JSON Resume themes print. */
const ENGLISH_LEVEL_WORDS = { expert: 'Expert', advanced: 'Advanced', working: 'Intermediate', learning: 'Beginner' } as const;

/** A level as a theme prints it: the words of the resume's language, the themes' usual ones in English. */
function levelWord(level: SkillLevel, language: string): string {
  if (language.split('-')[0] === 'en') return ENGLISH_LEVEL_WORDS[level];
  return skillLevelLabel(messagesFor(language), level);
}

/** The group's level, when all its skills share one: JSON Resume has a level per group, Cairn per skill. */
function groupLevel(group: ResumeView['skills'][number], language: string): string | undefined {
  const levels = new Set(group.skills.map((skill) => skill.level));
  return levels.size === 1 ? levelWord([...levels][0]!, language) : undefined;
}

function usernameOf(url: string): string | undefined {
  const path = new URL(url).pathname.split('/').filter(Boolean);
  return path.at(-1)?.replace(/^@/, '');
}

export interface JsonResumeOptions {
  /** Where this JSON file is published, for `meta.canonical`. Optional. */
  canonical?: string | undefined;
}

export function toJsonResume(view: ResumeView, options: JsonResumeOptions = {}): JsonResumeDocument {
  const { person } = view;
  const shown = new Set(printedSections(view));
  return {
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: compact({
      name: person.name,
      label: person.headline,
      image: person.photo,
      email: person.email,
      phone: person.phone,
      url: person.site.url,
      summary: shown.has('summary') ? markdownToPlainText(view.summary) : undefined,
      location: locationOf(person),
      profiles: person.links.map((link) => compact({ network: link.label, username: link.username ?? usernameOf(link.url), url: link.url })),
    }),
    work: shown.has('experience')
      ? view.roles
          .filter((role) => role.employmentType !== 'volunteer')
          .map((role) =>
            compact({
              name: role.organisation,
              location: role.location,
              description: role.organisationDescription,
              position: role.title,
              url: role.organisationUrl,
              startDate: role.start,
              endDate: role.end,
              summary: role.summary,
              highlights: role.bullets.map((bullet) => bullet.text),
            }),
          )
      : [],
    ...(shown.has('experience') && view.roles.some((role) => role.employmentType === 'volunteer')
      ? {
          volunteer: view.roles
            .filter((role) => role.employmentType === 'volunteer')
            .map((role) =>
              compact({ organization: role.organisation, position: role.title, url: role.organisationUrl, startDate: role.start, endDate: role.end, summary: role.summary, highlights: role.bullets.map((bullet) => bullet.text) }),
            ),
        }
      : {}),
    education: shown.has('education')
      ? view.education.map((entry) =>
          compact({ institution: entry.institution, area: entry.area ?? entry.title, studyType: entry.studyType, startDate: entry.start, endDate: entry.end, url: entry.credentialUrl, score: entry.score, courses: entry.courses }),
        )
      : [],
    skills: shown.has('skills') ? view.skills.map((group) => compact({ name: group.category, level: groupLevel(group, view.language), keywords: group.skills.map((skill) => skill.name) })) : [],
    // JSON Resume has certificates and publications; courses and workshops are closest to
    // certificates, talks to publications. Books read have no place in it.
    certificates: shown.has('learning')
      ? view.learning.filter((entry) => ['certification', 'course', 'workshop'].includes(entry.kind)).map((entry) => compact({ name: entry.title, issuer: entry.institution, date: entry.date, url: entry.credentialUrl }))
      : [],
    publications: [
      ...(shown.has('publications') ? view.publications : []).map((entry) => compact({ name: entry.name, publisher: entry.publisher, releaseDate: entry.date, url: entry.url, summary: entry.body ? markdownToPlainText(entry.body) : undefined })),
      ...(shown.has('learning') ? view.learning.filter((entry) => entry.kind === 'talk').map((entry) => compact({ name: entry.title, publisher: entry.institution, releaseDate: entry.date, url: entry.credentialUrl })) : []),
    ],
    ...(shown.has('languages') ? { languages: view.spokenLanguages.map((entry) => compact({ language: entry.language, fluency: entry.fluency })) } : {}),
    ...(shown.has('interests') ? { interests: view.interests.map((entry) => compact({ name: entry.name, keywords: entry.keywords })) } : {}),
    ...(shown.has('projects')
      ? { projects: view.projects.map((entry) => compact({ name: entry.name, description: entry.description, highlights: entry.highlights, keywords: entry.keywords, startDate: entry.start, endDate: entry.end, url: entry.url, roles: entry.roles, entity: entry.entity, type: entry.type })) }
      : {}),
    ...(shown.has('awards') ? { awards: view.awards.map((entry) => compact({ title: entry.title, date: entry.date, awarder: entry.awarder, summary: entry.body ? markdownToPlainText(entry.body) : undefined })) } : {}),
    ...(shown.has('references') ? { references: view.references.map((entry) => compact({ name: entry.name, reference: markdownToPlainText(entry.body) })) } : {}),
    meta: compact({ canonical: options.canonical, version: 'v1.0.0', lastModified: `${view.asOf}T00:00:00` }),
  };
}

/** The file as published: two-space indented, ending in a newline, keys in a fixed order. */
export function jsonResumeText(view: ResumeView, options: JsonResumeOptions = {}): string {
  return `${JSON.stringify(toJsonResume(view, options), null, 2)}\n`;
}
