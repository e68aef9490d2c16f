import { Document, isScalar, visit } from 'yaml';
import { BULLET_MAX_LENGTH } from '../../../schemas/accomplishment.ts';
import { RESUME_SECTIONS } from '../../../schemas/resume.ts';
import { SafeUrlSchema } from '../../../schemas/common.ts';
import { markdownAsMdx, markdownLineAsText } from '../mdx-text.ts';
import { entryIdFrom } from '../slug.ts';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { normalizeJsonResume, type Normalisation } from './normalize.ts';
import { jsonResumeProblems } from './schema.ts';
import { writtenLanguage } from './language.ts';
import { languageName } from '../language-names.ts';

/**
 * A JSON Resume document turned into Cairn content files: the profile, a role per job (and per
 * volunteer position), an accomplishment per highlight, skills, education, certificates as
 * learning, projects, awards, publications, references, the languages spoken and interests in the
 * profile, and a general resume variant. Pure: it returns the files and notes; the import command
 * checks them and writes them. What it cannot keep is listed in the notes, never dropped silently.
 */

export interface PlannedFile {
  /** Path inside the content folder, e.g. `roles/acme-engineer.mdx`. */
  path: string;
  text: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  /** What the import had to adapt or leave out, in words a person can act on. */
  notes: string[];
}

/** More entries in one section than any career has: such a file is generated data, not a resume. */
const MAX_ENTRIES = 500;

/** Longest line about what an organisation does that a role keeps as such (the schema's limit). */
const ORGANISATION_DESCRIPTION_MAX = 160;

/** A read document, and what was rewritten to read it (the import report lists each). */
export type ParsedJsonResume = { ok: true; document: JsonResume; changes: Normalisation[] } | { ok: false; problems: string[] };

type Text = string | undefined;

interface WorkLike {
  name?: Text;
  organization?: Text;
  position?: Text;
  url?: Text;
  location?: Text;
  description?: Text;
  startDate?: Text;
  endDate?: Text;
  summary?: Text;
  highlights?: string[] | undefined;
}

interface JsonResume {
  basics: {
    name: string;
    label?: Text;
    image?: Text;
    email?: Text;
    phone?: Text;
    url?: Text;
    summary?: Text;
    location?: { address?: Text; postalCode?: Text; city?: Text; countryCode?: Text; region?: Text } | undefined;
    profiles?: { network?: Text; username?: Text; url?: Text }[] | undefined;
  };
  work?: WorkLike[] | undefined;
  volunteer?: WorkLike[] | undefined;
  education?: { institution?: Text; url?: Text; area?: Text; studyType?: Text; startDate?: Text; endDate?: Text; score?: Text; courses?: string[] | undefined }[] | undefined;
  certificates?: { name?: Text; date?: Text; url?: Text; issuer?: Text }[] | undefined;
  skills?: { name?: Text; level?: Text; keywords?: string[] | undefined }[] | undefined;
  languages?: { language?: Text; fluency?: Text }[] | undefined;
  projects?: { name?: Text; description?: Text; url?: Text; startDate?: Text; endDate?: Text; highlights?: string[] | undefined; keywords?: string[] | undefined; roles?: string[] | undefined; entity?: Text; type?: Text }[] | undefined;
  awards?: { title?: Text; date?: Text; awarder?: Text; summary?: Text }[] | undefined;
  publications?: { name?: Text; publisher?: Text; releaseDate?: Text; url?: Text; summary?: Text }[] | undefined;
  references?: { name?: Text; reference?: Text }[] | undefined;
  interests?: { name?: Text; keywords?: string[] | undefined }[] | undefined;
  [section: string]: unknown;
}

/**
 * Reads a JSON Resume file's text as people write it: JSON, normalised to the current schema
 * (normalize.ts), then valid against the official schema, and naming its person (`basics.name`),
 * which the schema leaves optional but a resume cannot do without.
 */
export function parseJsonResume(text: string): ParsedJsonResume {
  let parsed: unknown;
  const readAsFound: Normalisation[] = [];
  const source = text.replace(/^\uFEFF/, '');
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    // Resumes kept in an editor's JSON with comments (JSONC) or trailing commas are read by jsonc-parser, the reader of VS Code's settings files.
    const errors: ParseError[] = [];
    const tolerant = parseJsonc(source, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || tolerant === undefined) return { ok: false, problems: [`the file is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
    parsed = tolerant;
    readAsFound.push({ field: '(the file)', read: 'JSON with comments or trailing commas', written: 'read without them' });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, problems: ['the file must hold one JSON object ({ "basics": { "name": … }, "work": [ … ] }), not a list or a single value'] };
  }
  const { document, changes: normalised, problems: unreadable } = normalizeJsonResume(parsed as Record<string, unknown>);
  const changes = [...readAsFound, ...normalised];
  const oversized = Object.entries(document).flatMap(([section, items]) =>
    Array.isArray(items) && items.length > MAX_ENTRIES ? [`${section} has ${items.length} entries; a career has far fewer (at most ${MAX_ENTRIES} are read), so this file is probably not a person's resume`] : [],
  );
  if (oversized.length > 0) return { ok: false, problems: oversized };
  const problems = [...unreadable, ...jsonResumeProblems(document)];
  const basics = (document as { basics?: unknown }).basics;
  const name = basics !== null && typeof basics === 'object' ? (basics as { name?: unknown }).name : undefined;
  if (basics === undefined || basics === null || typeof basics !== 'object') problems.push('basics is missing: add "basics": { "name": "Your Name" }');
  else if (name === undefined) problems.push('basics.name is missing: Cairn needs the name the resume is for, e.g. "name": "Maya Okafor"');
  else if (typeof name === 'string' && name.trim() === '') problems.push('basics.name is empty: write the name the resume is for');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document: document as unknown as JsonResume, changes };
}

/** One line of text, at most `max` characters, cut at a word with an ellipsis. */
function oneLine(text: string, max: number): { text: string; cut: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, cut: false };
  const slice = flat.slice(0, max - 1);
  const space = slice.lastIndexOf(' ');
  return { text: `${(space > max / 2 ? slice.slice(0, space) : slice).replace(/[\s,;:.–-]+$/, '')}…`, cut: true };
}

/** Characters of scripts set twice as wide as Latin letters: Chinese, Japanese, Korean, full-width forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * At most `max` Latin-letter widths of text: a wide character counts as two. The value
 * proposition is printed on the back of every business card, whose space is measured in width,
 * so 216 Korean characters that pass a 220-character limit would not fit on a card.
 */
function withinWidth(text: string, max: number): number {
  let width = 0;
  let count = 0;
  for (const character of text) {
    width += WIDE.test(character) ? 2 : 1;
    if (width > max) return count;
    count += character.length;
  }
  return text.length;
}

/** The first sentence of a summary, as plain text: a value proposition shows no Markdown. */
function firstSentence(text: string): string {
  const flat = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
}

function safeUrl(url: Text): string | undefined {
  return url && SafeUrlSchema.safeParse(url).success ? url.trim() : undefined;
}

/**
 * JSON Resume dates (`2014`, `2014-06`, `2014-06-29`) as a role's date, at the precision written;
 * a bare year, which a role cannot have, becomes January (start) or December (end).
 */
function roleDateOf(date: Text, edge: 'start' | 'end'): string | undefined {
  if (!date) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return undefined;
  return match[3] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[1]}-${match[2] ?? (edge === 'start' ? '01' : '12')}`;
}

/** The first day a role's date stands for: `2020-06` → `2020-06-01`. */
const dayOf = (date: string) => (date.length === 7 ? `${date}-01` : date);

/** Dates are written quoted, as the sample content does, so no YAML reader turns them into timestamps. */
function frontmatter(data: Record<string, unknown>): string {
  const document = new Document(data);
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0 });
}

function mdxFile(data: Record<string, unknown>, body = ''): string {
  const clean = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
  return `---\n${frontmatter(clean)}---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
}

/** A JSON Resume skill level in words, in the languages real resumes are written in; first match wins. */
const LEVELS: [RegExp, 'expert' | 'advanced' | 'working' | 'learning'][] = [
  [/master|expert|guru|fluent|native|especialista|experto|эксперт|профессионал|ekspert|muttersprach|maîtrise|domínio|dominio|熟练|精通|上級|전문/iu, 'expert'],
  [/advanced|senior|strong|avancé|avançado|avanzado|avanzato|fortgeschritten|продвинут|zaawansowan|sehr gut|uitstekend|高级|上手|고급/iu, 'advanced'],
  [/beginner|novice|learning|basic|junior|familiar|débutant|notions|iniciante|principiante|básico|anfänger|grundkenntnis|начальн|базов|podstawow|początkując|入门|初級|초급/iu, 'learning'],
  [/intermediate|proficient|working|competent|intermédiaire|intermediário|intermedio|mittel|gut|средн|średnio|dobr|中级|中級|중급/iu, 'working'],
];

type SkillLevel = 'expert' | 'advanced' | 'working' | 'learning';

function skillLevel(level: Text, levelWords: ReadonlyMap<string, SkillLevel>): SkillLevel {
  const own = level ? levelWords.get(level.trim().toLowerCase()) : undefined;
  return own ?? LEVELS.find(([pattern]) => level && pattern.test(level))?.[1] ?? 'working';
}

/** An ISO 3166-1 alpha-2 code as the profile keeps it, if the text is one. */
function countryOf(code: Text): string | undefined {
  const upper = code?.trim().toUpperCase();
  return upper && /^[A-Z]{2}$/.test(upper) && new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(upper) ? upper : undefined;
}

/** `PT` → `Portugal`, for the location a reader sees. */
function countryName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
}

/** A fresh id: `base`, else `base-2`, `base-3`… */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

/** A readable id of at most `max` characters, cut between words. */
function shortSlug(text: string, max: number): string {
  const slug = entryIdFrom(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, max);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** More than this much work makes the first resume two pages: about what one page holds with the default limits. */
const LONG_CAREER = { roles: 3, bullets: 12 };

/** A resume page in printed lines at the default design (a Letter page holds about 36 lines of 80 characters once headings and spacing are counted), and what each part takes: an estimate, on the safe side. */
const PRINT = { pageLines: 36, lineCharacters: 80, headLines: 5, roleHeadLines: 3, educationLines: 1.5, skillsPerLine: 7, skillsShown: 12, headingLines: 2 };

/**
 * The content files for a validated JSON Resume. `today` (`YYYY-MM-DD`) dates the highlights of a
 * current job, which JSON Resume does not date; every other highlight takes its job's last month.
 */
export interface PlanOptions {
  /** The most characters the value proposition may have: set when the cards measured it too long to print. */
  valuePropositionLength?: number | undefined;
  /** What the content came from, named in the prompt left in each accomplishment's story. Default: `JSON Resume`. */
  source?: string | undefined;
  /** The language the resume is written in (`fr`), when the person says; else it is told from the text. */
  language?: string | undefined;
  /**
   * The words Cairn's own exports write for each level, lower-cased (`bonne maîtrise` → working),
   * read before the level is guessed from the words, so a file Cairn wrote reads back as it was.
   * The import command passes the label tables' words (`skillLevelWords`).
   */
  levelWords?: ReadonlyMap<string, SkillLevel> | undefined;
}

export function planImport(resume: JsonResume, today: string, options: PlanOptions = {}): ImportPlan {
  const levelWords = options.levelWords ?? new Map<string, SkillLevel>();
  const files: PlannedFile[] = [];
  const notes: string[] = [];
  const shorten = (text: string, max: number, what: string) => {
    const result = oneLine(text, max);
    if (result.cut) notes.push(`${what} was longer than ${max} characters and was shortened: "${result.text}"`);
    return result.text;
  };
  /** `shorten` by printed width rather than by characters (see withinWidth). */
  const shortenToWidth = (text: string, max: number, what: string) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    const fits = withinWidth(flat, max);
    return fits >= flat.length ? flat : shorten(flat, Math.max(1, fits), `${what} (printed as wide as ${max} Latin letters)`);
  };
  const { basics } = resume;

  // Skills first, so highlights can name the skills they show.
  const skillIds = new Set<string>();
  const skillByName = new Map<string, string>();
  const skills: { id: string; name: string }[] = [];
  for (const [index, entry] of (resume.skills ?? []).entries()) {
    const group = entry.name?.trim();
    const names = (entry.keywords ?? []).map((keyword) => keyword.trim()).filter(Boolean);
    // JSON Resume writers mostly use a skill entry as a group ("Web Development": HTML, CSS…);
    // with no keywords it is a single skill.
    const members = names.length > 0 ? names : group ? [group] : [];
    if (members.length === 0) {
      notes.push(`skills[${index}] has neither a name nor keywords and was left out`);
      continue;
    }
    const category = names.length > 0 && group ? shorten(group, 40, `skills[${index}].name`) : 'Skills';
    if (entry.level?.trim() && !levelWords.has(entry.level.trim().toLowerCase()) && !LEVELS.some(([pattern]) => pattern.test(entry.level!))) notes.push(`skills[${index}].level "${entry.level.trim()}" is not a level Cairn knows: wrote level: working (expert, advanced, working or learning)`);
    for (const member of members) {
      const name = shorten(member, 60, `a skill in skills[${index}]`);
      if (skillByName.has(name.toLowerCase())) continue;
      const id = uniqueId(entryIdFrom(name), skillIds);
      skillByName.set(name.toLowerCase(), id);
      skills.push({ id, name });
      files.push({ path: `skills/${id}.mdx`, text: mdxFile({ name, category, level: skillLevel(entry.level, levelWords) }) });
    }
  }
  const skillsIn = (text: string) =>
    skills.filter((skill) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(skill.name)}($|[^\\p{L}\\p{N}])`, 'iu').test(text)).map((skill) => skill.id);

  // Roles and their highlights.
  const roleIds = new Set<string>();
  /** What each role takes on a resume whatever the fit leaves out: its head and its summary. */
  const printedRoles: { start: string; summaryLength: number }[] = [];
  const accomplishmentIds = new Set<string>();
  const jobs = [
    ...(resume.work ?? []).map((job, index) => ({ job, where: `work[${index}]`, organisation: job.name, type: undefined })),
    ...(resume.volunteer ?? []).map((job, index) => ({ job, where: `volunteer[${index}]`, organisation: job.organization, type: 'volunteer' as const })),
  ];
  for (const { job, where, organisation, type } of jobs) {
    const start = roleDateOf(job.startDate, 'start');
    if (!start) {
      notes.push(`${where} (${organisation ?? job.position ?? 'unnamed'}) has no startDate and was left out: Cairn orders roles by their dates`);
      continue;
    }
    const end = roleDateOf(job.endDate, 'end');
    const organisationName = shorten(organisation?.trim() || 'Independent', 120, `${where}.name`);
    if (!organisation?.trim()) notes.push(`${where} has no organisation name: wrote "Independent"`);
    const title = shorten(job.position?.trim() || 'Member of staff', 120, `${where}.position`);
    if (!job.position?.trim()) notes.push(`${where} has no position: wrote "Member of staff"`);
    const id = uniqueId(shortSlug(`${organisationName} ${title}`, 60), roleIds);
    // `description` says what the organisation does ("Freight software"); older files wrote the
    // role's scope there, which is the summary when the file has none and it is too long for a tagline.
    const description = job.description?.replace(/\s+/g, ' ').trim() || undefined;
    const descriptionIsScope = description !== undefined && !job.summary?.trim() && description.length > ORGANISATION_DESCRIPTION_MAX;
    if (descriptionIsScope) notes.push(`${where}.description is longer than a line about the organisation (${ORGANISATION_DESCRIPTION_MAX} characters): it is the role's summary`);
    // A role needs no summary; one the file does not give is left out rather than made up.
    const summary = (descriptionIsScope ? description : job.summary ?? '').replace(/\s+/g, ' ').trim() || undefined;
    printedRoles.push({ start, summaryLength: summary?.length ?? 0 });
    files.push({
      path: `roles/${id}.mdx`,
      text: mdxFile({
        organisation: organisationName,
        organisationUrl: safeUrl(job.url),
        organisationDescription: descriptionIsScope ? undefined : description,
        title,
        start,
        end,
        location: job.location?.trim() ? shorten(job.location, 120, `${where}.location`) : undefined,
        employmentType: type,
        summary,
      }),
    });

    // Highlights are undated: a past job's go at its last month, a current job's at today.
    const date = end ? dayOf(end) : today >= dayOf(start) ? today : dayOf(start);
    for (const [index, highlight] of (job.highlights ?? []).entries()) {
      if (!highlight.trim()) continue;
      // A bullet is one line of a resume; a longer highlight keeps its whole text as the accomplishment's story.
      // Bullets and titles are plain text: the backslashes that kept Markdown characters literal go.
      const { text: bullet, cut } = oneLine(markdownLineAsText(highlight), BULLET_MAX_LENGTH);
      if (cut) notes.push(`${where}.highlights[${index}] is longer than a resume bullet (${BULLET_MAX_LENGTH} characters): the bullet is shortened, and the whole text is the accomplishment's story`);
      const titleLine = markdownLineAsText(highlight).replace(/[.。]\s*$/, '').replace(/\s+/g, ' ').trim();
      // A title heads a page and its link preview, whose room is measured in width (see withinWidth).
      const titleText = oneLine(titleLine, Math.max(1, Math.min(120, withinWidth(titleLine, 120)))).text;
      const accomplishmentId = uniqueId(`${date}-${shortSlug(titleText, 50)}`, accomplishmentIds);
      const story = cut ? `${markdownAsMdx(highlight.trim())}\n\n` : '';
      files.push({
        path: `accomplishments/${accomplishmentId}.mdx`,
        text: mdxFile(
          { title: titleText, date, role: id, skills: skillsIn(highlight), bullet },
          `${story}{/* Imported from ${options.source ?? 'JSON Resume'}. Tell the story here: the situation, what you did, the result, with numbers. */}`,
        ),
      });
    }
  }
  if (jobs.some(({ job }) => (job.highlights ?? []).length > 0)) {
    notes.push('JSON Resume highlights have no dates: each accomplishment is dated at the end of its job (today for a current one); correct the dates and add impact figures');
  }

  // Education.
  const educationIds = new Set<string>();
  for (const [index, entry] of (resume.education ?? []).entries()) {
    if (!entry.institution?.trim()) {
      notes.push(`education[${index}] has no institution and was left out`);
      continue;
    }
    const institution = shorten(entry.institution, 120, `education[${index}].institution`);
    const title = shorten([entry.studyType, entry.area].filter((part) => part?.trim()).join(', ') || 'Studies', 120, `education[${index}] title`);
    const id = uniqueId(shortSlug(`${institution} ${entry.area ?? entry.studyType ?? ''}`, 60), educationIds);
    files.push({
      path: `education/${id}.mdx`,
      text: mdxFile({
        institution,
        title,
        studyType: entry.studyType?.trim() ? shorten(entry.studyType, 60, `education[${index}].studyType`) : undefined,
        area: entry.area?.trim() ? shorten(entry.area, 120, `education[${index}].area`) : undefined,
        start: entry.startDate?.trim() || undefined,
        end: entry.endDate?.trim() || undefined,
        score: entry.score?.trim() ? shorten(entry.score, 60, `education[${index}].score`) : undefined,
        courses: (entry.courses ?? []).filter((course) => course.trim()).map((course, courseIndex) => shorten(course, 120, `education[${index}].courses[${courseIndex}]`)),
        credentialUrl: safeUrl(entry.url),
      }),
    });
  }

  // Certificates become learning entries.
  const learningIds = new Set<string>();
  for (const [index, entry] of (resume.certificates ?? []).entries()) {
    if (!entry.name?.trim() || !entry.date?.trim()) {
      notes.push(`certificates[${index}] needs a name and a date and was left out`);
      continue;
    }
    const title = shorten(entry.name, 140, `certificates[${index}].name`);
    const id = uniqueId(shortSlug(title, 60), learningIds);
    files.push({
      path: `learning/${id}.mdx`,
      text: mdxFile({ kind: 'certification', title, institution: shorten(entry.issuer?.trim() || 'Unknown issuer', 120, `certificates[${index}].issuer`), date: entry.date.trim(), skills: skillsIn(title), credentialUrl: safeUrl(entry.url) }),
    });
    if (!entry.issuer?.trim()) notes.push(`certificates[${index}] has no issuer: wrote "Unknown issuer"`);
  }

  // The language it is written in: a profile in French prints French headings, dates and paper.
  const told = writtenLanguage([basics.summary, basics.label, ...jobs.flatMap(({ job }) => [job.summary, job.description, ...(job.highlights ?? [])])]);
  const language = options.language ?? told;
  if (!options.language && told && told !== 'en') notes.push(`the text reads as ${languageName(told)}: the profile publishes in it (languages: [${told}]); to import it as another language, pass --language, e.g. --language en`);

  // The profile.
  const country = countryOf(basics.location?.countryCode);
  if (basics.location?.countryCode?.trim() && !country) notes.push(`basics.location.countryCode "${basics.location.countryCode.trim()}" is not a two-letter country code (ISO 3166-1): it is kept in the location only`);
  const location = [basics.location?.city, basics.location?.region, country ? countryName(country) : basics.location?.countryCode].filter((part) => part?.trim()).join(', ');
  const address = basics.location?.address?.replace(/\s+/g, ' ').trim() ?? '';
  const postalCode = basics.location?.postalCode?.trim() ?? '';
  const headline = shorten(basics.label?.trim() || jobs[0]?.job.position?.trim() || 'Professional', 90, 'basics.label');
  if (!basics.label?.trim()) notes.push(`basics.label is missing: the headline is "${headline}"; edit profile.mdx`);
  const site = safeUrl(basics.url) ?? 'https://example.com';
  if (!safeUrl(basics.url)) notes.push('basics.url is missing or not a web address: set `site` in profile.mdx to where your site will live');
  const links = (basics.profiles ?? []).flatMap((profile, index) => {
    const url = safeUrl(profile.url);
    if (!url) {
      notes.push(`basics.profiles[${index}] (${profile.network ?? 'unnamed'}) has no web address and was left out`);
      return [];
    }
    // A user name the address already shows is not written twice.
    const username = profile.username?.trim().replace(/^@/, '');
    const shown = new URL(url).pathname.split('/').filter(Boolean).at(-1)?.replace(/^@/, '');
    return [{ label: profile.network?.trim() || new URL(url).hostname, url, ...(username && username !== shown ? { username: shorten(username, 80, `basics.profiles[${index}].username`) } : {}) }];
  });
  const photo = safeUrl(basics.image);
  files.push({
    path: 'profile.mdx',
    text: mdxFile(
      {
        name: shorten(basics.name, 80, 'basics.name'),
        headline,
        valueProposition:
          options.valuePropositionLength === undefined
            ? shortenToWidth(basics.summary?.trim() ? firstSentence(markdownLineAsText(basics.summary)) : headline, 220, 'the first sentence of basics.summary')
            : shorten(basics.summary?.trim() ? firstSentence(markdownLineAsText(basics.summary)) : headline, options.valuePropositionLength, 'the first sentence of basics.summary (to fit the business cards)'),
        location: location || undefined,
        country,
        photo,
        site,
        ...(language && language !== 'en' ? { languages: [language] } : {}),
        links,
        spokenLanguages: (resume.languages ?? []).flatMap((entry, index) =>
          entry.language?.trim() ? [{ language: shorten(entry.language, 60, `languages[${index}].language`), fluency: entry.fluency?.trim() ? shorten(entry.fluency, 60, `languages[${index}].fluency`) : undefined }] : [],
        ).map((entry) => (entry.fluency === undefined ? { language: entry.language } : entry)),
        interests: (resume.interests ?? []).flatMap((entry, index) =>
          entry.name?.trim() ? [{ name: shorten(entry.name, 80, `interests[${index}].name`), ...((entry.keywords ?? []).length > 0 ? { keywords: (entry.keywords ?? []).map((keyword, keywordIndex) => shorten(keyword, 60, `interests[${index}].keywords[${keywordIndex}]`)) } : {}) }] : [],
        ),
        contact: {
          ...(basics.email?.trim() ? { email: basics.email.trim() } : {}),
          ...(basics.phone?.trim() ? { phone: { value: basics.phone.trim(), visibility: 'resume' } } : {}),
          ...(address ? { address: { value: address, visibility: 'resume' } } : {}),
          ...(postalCode ? { postalCode: { value: postalCode, visibility: 'resume' } } : {}),
        },
      },
      markdownAsMdx(basics.summary ?? ''),
    ),
  });
  if (basics.phone?.trim() || address || postalCode) notes.push('phone and street address are resume-level: they go into the resumes you send (out/resumes/), never onto the website');

  // Projects, awards, publications and references: each entry a file of its own, its prose the body.
  const sectionIds = new Set<string>();
  const fileFor = (folder: string, name: string, data: Record<string, unknown>, body: string | undefined) => {
    const id = uniqueId(shortSlug(name, 60) || folder.slice(0, -1), sectionIds);
    files.push({ path: `${folder}/${id}.mdx`, text: mdxFile(data, markdownAsMdx(body ?? '')) });
  };
  const text = (value: Text, max: number, what: string) => (value?.trim() ? shorten(value, max, what) : undefined);
  for (const [index, project] of (resume.projects ?? []).entries()) {
    const name = text(project.name, 120, `projects[${index}].name`);
    if (!name) {
      notes.push(`projects[${index}] has no name and was left out`);
      continue;
    }
    fileFor('projects', name, {
      name,
      description: text(project.description, 300, `projects[${index}].description`),
      url: safeUrl(project.url),
      start: project.startDate?.trim() || undefined,
      end: project.endDate?.trim() || undefined,
      highlights: (project.highlights ?? []).filter((line) => line.trim()).map((line, lineIndex) => shorten(line, 220, `projects[${index}].highlights[${lineIndex}]`)),
      keywords: (project.keywords ?? []).filter((keyword) => keyword.trim()).map((keyword, keywordIndex) => shorten(keyword, 60, `projects[${index}].keywords[${keywordIndex}]`)),
      roles: (project.roles ?? []).filter((role) => role.trim()).map((role, roleIndex) => shorten(role, 80, `projects[${index}].roles[${roleIndex}]`)),
      entity: text(project.entity, 120, `projects[${index}].entity`),
      type: text(project.type, 60, `projects[${index}].type`),
    }, undefined);
  }
  for (const [index, award] of (resume.awards ?? []).entries()) {
    const title = text(award.title, 140, `awards[${index}].title`);
    if (!title) {
      notes.push(`awards[${index}] has no title and was left out`);
      continue;
    }
    fileFor('awards', title, { title, date: award.date?.trim() || undefined, awarder: text(award.awarder, 120, `awards[${index}].awarder`) }, award.summary);
  }
  for (const [index, publication] of (resume.publications ?? []).entries()) {
    const name = text(publication.name, 200, `publications[${index}].name`);
    if (!name) {
      notes.push(`publications[${index}] has no name and was left out`);
      continue;
    }
    fileFor('publications', name, { name, publisher: text(publication.publisher, 120, `publications[${index}].publisher`), date: publication.releaseDate?.trim() || undefined, url: safeUrl(publication.url) }, publication.summary);
  }
  for (const [index, reference] of (resume.references ?? []).entries()) {
    const name = text(reference.name, 160, `references[${index}].name`);
    if (!name || !reference.reference?.trim()) {
      notes.push(`references[${index}] has no ${name ? 'reference text' : 'name'} and was left out`);
      continue;
    }
    fileFor('references', name, { name }, reference.reference);
  }

  // One resume variant to start from, sized to build on the first try: a long career gets two
  // pages, and `fit: auto` leaves out the lowest-ranked bullets rather than failing the build.
  // What no fit can leave out (the summary, each role's head and summary, education, skills) is
  // estimated in printed lines; past two pages the oldest roles or the role summaries stay off it.
  const roleCount = roleIds.size;
  const bulletCount = files.filter((file) => file.path.startsWith('accomplishments/')).length;
  const printedLines = (text: number) => Math.ceil(text / PRINT.lineCharacters);
  // The list sections print every entry: a line each (a project also its highlights, a reference its words), under a heading.
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const listSections = {
    projects: (resume.projects ?? []).reduce((total, project) => total + 1 + (project.highlights ?? []).length, 0),
    publications: (resume.publications ?? []).length,
    awards: (resume.awards ?? []).length,
    languages: (resume.languages ?? []).length,
    interests: (resume.interests ?? []).length,
    references: (resume.references ?? []).reduce((total, reference) => total + 1 + printedLines((reference.reference ?? '').length), 0),
  };
  const sectionLines = (lines: number) => (lines > 0 ? lines + PRINT.headingLines : 0);
  const baseLines = PRINT.headLines + printedLines((basics.summary ?? '').length) + educationIds.size * PRINT.educationLines + Math.ceil(Math.min(skills.length, PRINT.skillsShown) / PRINT.skillsPerLine);
  const room = 2 * PRINT.pageLines;
  // A list section longer than the two pages can hold with the work in them (a career kept as forty projects) is left off the resume, the longest first.
  const leftOff: string[] = [];
  const listed = () => sum(Object.entries(listSections).filter(([section]) => !leftOff.includes(section)).map(([, lines]) => sectionLines(lines)));
  const workLines = PRINT.roleHeadLines * Math.min(printedRoles.length, 3);
  while (baseLines + workLines + listed() > room) {
    const longest = Object.entries(listSections).filter(([section, lines]) => !leftOff.includes(section) && lines > 0).sort(([, a], [, b]) => b - a)[0];
    if (!longest) break;
    leftOff.push(longest[0]);
  }
  const fixedLines = baseLines + listed();
  const newestFirst = [...printedRoles].sort((a, b) => b.start.localeCompare(a.start));
  const roleLines = (withSummaries: boolean) => newestFirst.map((role) => PRINT.roleHeadLines + (withSummaries ? printedLines(role.summaryLength) : 0));
  const roleSummaries = fixedLines + sum(roleLines(true)) <= room;
  const perRole = roleLines(roleSummaries);
  let shownRoles = perRole.length;
  while (shownRoles > 1 && fixedLines + sum(perRole.slice(0, shownRoles)) > room) shownRoles--;
  const pages = roleCount > LONG_CAREER.roles || bulletCount > LONG_CAREER.bullets || fixedLines + sum(perRole) > PRINT.pageLines ? 2 : 1;
  files.push({
    path: 'resumes/general.mdx',
    text: mdxFile(
      {
        title: 'General',
        targetRole: shorten(basics.label?.trim() || headline, 100, 'basics.label'),
        pages,
        fit: 'auto',
        limits: shownRoles < perRole.length ? { roles: shownRoles } : undefined,
        roleSummaries: roleSummaries ? undefined : false,
        sections: leftOff.length > 0 ? RESUME_SECTIONS.filter((section) => !leftOff.includes(section)) : undefined,
      },
      markdownAsMdx(basics.summary ?? ''),
    ),
  });
  if (pages === 2) notes.push(`resumes/general.mdx prints on up to 2 pages (${roleCount} roles, ${bulletCount} accomplishments); the build leaves out the lowest-ranked bullets that do not fit and says which`);
  if (leftOff.length > 0) notes.push(`resumes/general.mdx leaves out ${leftOff.join(' and ')} (sections: […]): there is more of them than two pages hold beside your work; they stay in content/`);
  if (!roleSummaries) notes.push('resumes/general.mdx leaves the roles\' summaries off (roleSummaries: false): with them it would not fit two pages; the website shows them');
  if (shownRoles < perRole.length) notes.push(`resumes/general.mdx shows the ${shownRoles} most recent of your ${perRole.length} roles (limits.roles: ${shownRoles}) to fit two pages; the website shows them all`);

  return { files: files.sort((a, b) => a.path.localeCompare(b.path)), notes };
}
