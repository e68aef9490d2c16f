import type { Normalisation } from '../json-resume/normalize.ts';
import { cell, readCsv, type CsvRow } from './csv.ts';

/**
 * The CSV files of a LinkedIn data export as one JSON Resume document, so that the JSON Resume
 * import (its normalisations, checks, plan and report) serves both. Each file becomes the
 * section nearest in meaning; what has no home in JSON Resume is kept in the nearest field and
 * said so, or left out and said so. Every entry remembers the file and row it came from, so the
 * import's messages about `work[2]` can name `Positions.csv row 4 (Acme)` instead.
 */

/** The files read, by their lower-cased names, with the column each always has (to find its header). */
export const LINKEDIN_FILES = {
  profile: { names: ['Profile.csv'], anchor: 'First Name' },
  positions: { names: ['Positions.csv'], anchor: 'Company Name' },
  volunteering: { names: ['Volunteering.csv'], anchor: 'Company Name' },
  education: { names: ['Education.csv'], anchor: 'School Name' },
  skills: { names: ['Skills.csv'], anchor: 'Name' },
  certifications: { names: ['Certifications.csv'], anchor: 'Name' },
  languages: { names: ['Languages.csv'], anchor: 'Name' },
  projects: { names: ['Projects.csv'], anchor: 'Title' },
  publications: { names: ['Publications.csv'], anchor: 'Name' },
  honors: { names: ['Honors.csv'], anchor: 'Title' },
  recommendations: { names: ['Recommendations_Received.csv'], anchor: 'Text' },
  courses: { names: ['Courses.csv'], anchor: 'Name' },
  emails: { names: ['Email Addresses.csv'], anchor: 'Email Address' },
  phones: { names: ['PhoneNumbers.csv', 'Phone Numbers.csv'], anchor: 'Number' },
} as const;

type FileKind = keyof typeof LINKEDIN_FILES;

export const LINKEDIN_FILE_NAMES: ReadonlySet<string> = new Set(Object.values(LINKEDIN_FILES).flatMap((file) => file.names.map((name) => name.toLowerCase())));

/** More rows in one file than any career has (the JSON Resume import's limit per section): generated data, not a profile. */
export const MAX_ROWS = 500;

export interface LinkedInDocument {
  document: Record<string, unknown>;
  /** What was read differently from how the file writes it, for the "read as found" report. */
  changes: Normalisation[];
  /** What was left out, and why. */
  notes: string[];
  /** Problems that stop the import, one line each. */
  problems: string[];
  /** Rewrites JSON Resume paths in a message (`work[2].startDate`) as the file and row they came from. */
  locate: (text: string) => string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date as LinkedIn writes it (`Jan 2020`, `2020`, `Jan 5, 2020`, `01/15/20, 10:12 AM`) as
 * JSON Resume writes it; undefined for any other writing, which the JSON Resume import then reads
 * as found (month names in other languages) or refuses in words.
 */
export function linkedInDate(text: string): string | undefined {
  const value = text.trim();
  if (/^\d{4}$/.test(value)) return value;
  let match = /^([A-Za-z]{3,})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(value);
  if (match) {
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return undefined;
    return match[2] ? `${match[3]}-${pad(month)}-${pad(Number(match[2]))}` : `${match[3]}-${pad(month)}`;
  }
  // LinkedIn's timestamps are American, month first: 01/15/20, 10:12 AM.
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?)?$/i.exec(value);
  if (match) {
    const [month, day] = [Number(match[1]), Number(match[2])];
    const year = match[3]!.length === 2 ? (Number(match[3]) < 70 ? 2000 : 1900) + Number(match[3]) : Number(match[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** A line that LinkedIn members write as a bullet: `•`, `・`, `-`, `*`, `–`, `▪`, `➢`, `1.` and the like (a dash or number only with a space after it). */
const BULLET = /^\s*(?:[•·▪▫◦‣⁃○●■□➢➤►✓✔・]\s*|[-*–—]\s+|\d{1,2}[.)]\s+)/u;

/**
 * A LinkedIn description split into what JSON Resume keeps apart: the prose (a summary) and the
 * bulleted lines (highlights, which the import makes accomplishments). A line holding several
 * `•` items (LinkedIn sometimes loses the line breaks) is split at them.
 */
export function splitDescription(text: string): { summary: string | undefined; highlights: string[] } {
  const prose: string[] = [];
  const highlights: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (BULLET.test(line)) {
      highlights.push(line.replace(BULLET, '').trim());
      continue;
    }
    const items = line.split(/\s+•\s+/);
    if (items.length > 2 || (items.length === 2 && highlights.length > 0)) {
      if (items[0]!.replace(/^\s*•\s*/, '').trim()) prose.push(items[0]!.replace(/^\s*•\s*/, '').trim());
      highlights.push(...items.slice(1).map((item) => item.trim()).filter(Boolean));
      continue;
    }
    prose.push(line.trimEnd());
  }
  const summary = prose.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { summary: summary || undefined, highlights: highlights.filter(Boolean) };
}

/** Prose as Markdown: LinkedIn's `•` lines become list items. */
function prose(text: string): string | undefined {
  const markdown = text
    .split(/\r?\n/)
    .map((line) => (BULLET.test(line) ? `- ${line.replace(BULLET, '').trim()}` : line.trimEnd()))
    .join('\n')
    .trim();
  return markdown || undefined;
}

const EAST_ASIAN_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;

const REGION_CODES = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes = new Map<string, string>();
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = names.of(code);
      if (name && name !== code) codes.set(name.toLowerCase(), code);
    }
  }
  for (const [alias, code] of [['usa', 'US'], ['united states of america', 'US'], ['uk', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB']] as const) codes.set(alias, code);
  return codes;
})();

/** `Athens, Attica, Greece` as JSON Resume's location: the country's code when the last part names one. */
function locationOf(geo: string): { city?: string; region?: string; countryCode?: string } | undefined {
  const parts = geo.split(',').map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  const country = parts.length > 1 ? REGION_CODES.get(parts.at(-1)!.toLowerCase()) : undefined;
  if (!country) return { city: parts.join(', ') };
  const [city, ...region] = parts.slice(0, -1);
  return { ...(city ? { city } : {}), ...(region.length > 0 ? { region: region.join(', ') } : {}), countryCode: country };
}

/** LinkedIn's kinds of website, as a link's label, most personal first. */
const WEBSITE_KINDS: Record<string, string> = { PERSONAL: 'Website', PORTFOLIO: 'Portfolio', BLOG: 'Blog', OTHER: 'Website', COMPANY: 'Company website', RSS: 'RSS feed' };

/** `[PORTFOLIO:https://a.dev,COMPANY:https://b.com]` as its kinds and addresses. */
export function websitesOf(text: string): { kind: string; url: string }[] {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  if (!inner) return [];
  return inner
    .split(/,(?=\s*[A-Z][A-Z_ ]*:(?!\/\/))/)
    .map((part) => /^\s*([A-Z][A-Z_ ]*):(?!\/\/)\s*(.+?)\s*$/.exec(part) ?? [part, 'OTHER', part.trim()])
    .map(([, kind, url]) => ({ kind: kind!.trim(), url: url!.trim() }))
    .filter((site) => site.url);
}

/** `[ada_dev,@ada]` as handles without `@`. */
export function twitterHandlesOf(text: string): string[] {
  return text
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(/[,\s]+/)
    .map((handle) => handle.trim().replace(/^@/, ''))
    .filter((handle) => /^\w{1,50}$/.test(handle));
}

interface Source {
  file: string;
  rows: { row: number; label: string }[];
  columns: Record<string, string>;
}

const yes = (text: string) => /^(yes|true|y|1)$/i.test(text.trim());
const list = (names: readonly string[]) => (names.length <= 6 ? names.join(', ') : `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`);

/**
 * The JSON Resume document of an export's files (`files`: their text by lower-cased name). `otherFiles`
 * names the archive's files that were not read, for the notes.
 */
export function linkedInToJsonResume(files: ReadonlyMap<string, string>, otherFiles: readonly string[] = []): LinkedInDocument {
  const changes: Normalisation[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  const sources = new Map<string, Source>();
  const datesRead = new Map<string, string>();

  const table = (kind: FileKind): { file: string; rows: CsvRow[] } | undefined => {
    const spec = LINKEDIN_FILES[kind];
    const name = spec.names.find((candidate) => files.has(candidate.toLowerCase()));
    if (!name) return undefined;
    const read = readCsv(files.get(name.toLowerCase())!, name, spec.anchor);
    if (!read.ok) {
      problems.push(read.problem);
      return undefined;
    }
    if (read.rows.length > MAX_ROWS) {
      problems.push(`${name} has ${read.rows.length.toLocaleString('en')} rows; a career has far fewer (at most ${MAX_ROWS} are read), so this is not one person's LinkedIn export`);
      return undefined;
    }
    return { file: name, rows: read.rows };
  };
  const date = (text: string) => {
    if (!text.trim()) return undefined;
    const read = linkedInDate(text);
    // One example of each way of writing a date, for the report: `Mar 2021`, `Mar 15, 2022`.
    const shape = text.trim().replace(/\d/g, '0').replace(/\p{L}+/gu, 'a');
    if (read && read !== text.trim() && !datesRead.has(shape)) datesRead.set(shape, text.trim());
    return read ?? text.trim();
  };
  const remember = (section: string, file: string, columns: Record<string, string>, row: number, label: string) => {
    const source = sources.get(section) ?? { file, rows: [], columns };
    source.rows.push({ row, label });
    sources.set(section, source);
  };
  const where = (file: string, row: CsvRow, label: string) => `${file} row ${row.row}${label ? ` (${label})` : ''}`;

  // Profile, email and phone: basics.
  const basics: Record<string, unknown> = {};
  const profile = table('profile');
  const person = profile?.rows[0];
  if (profile && person) {
    if (profile.rows.length > 1) notes.push(`${profile.file} has ${profile.rows.length} rows; only the first, ${cell(person, 'First Name')} ${cell(person, 'Last Name')}, was read`);
    const [first, last] = [cell(person, 'First Name'), cell(person, 'Last Name')];
    // Chinese, Japanese and Korean names are written family name first, without a space.
    const familyFirst = first && last && EAST_ASIAN_NAME.test(first) && EAST_ASIAN_NAME.test(last);
    const name = familyFirst ? `${last}${first}` : [first, last].filter(Boolean).join(' ');
    if (familyFirst) changes.push({ field: `${profile.file}, First Name and Last Name`, read: `"${first}", "${last}"`, written: `"${name}", family name first, as the name is written in its script` });
    if (name) basics['name'] = name;
    else problems.push(`${profile.file} names nobody (First Name and Last Name are empty): fill in your name on LinkedIn and export again`);
    if (cell(person, 'Headline')) basics['label'] = cell(person, 'Headline');
    const summary = prose(cell(person, 'Summary'));
    if (summary) basics['summary'] = summary;
    const geo = cell(person, 'Geo Location');
    const location: Record<string, string> = { ...locationOf(geo) };
    if (geo && location['countryCode']) changes.push({ field: `${profile.file}, Geo Location`, read: JSON.stringify(geo), written: [location['city'] && `city "${location['city']}"`, location['region'] && `region "${location['region']}"`, `country ${location['countryCode']}`].filter(Boolean).join(', ') });
    if (cell(person, 'Address')) location['address'] = cell(person, 'Address');
    if (cell(person, 'Zip Code')) location['postalCode'] = cell(person, 'Zip Code');
    if (Object.keys(location).length > 0) basics['location'] = location;

    const websites = websitesOf(cell(person, 'Websites'));
    const own = ['PERSONAL', 'PORTFOLIO', 'BLOG', 'OTHER'].map((kind) => websites.find((site) => site.kind === kind)).find(Boolean);
    if (own) basics['url'] = own.url;
    const profiles: { network: string; url: string; username?: string }[] = websites.filter((site) => site !== own).map((site) => ({ network: WEBSITE_KINDS[site.kind] ?? 'Website', url: site.url }));
    for (const handle of twitterHandlesOf(cell(person, 'Twitter Handles'))) profiles.push({ network: 'X', username: handle, url: `https://x.com/${handle}` });
    if (profiles.length > 0) basics['profiles'] = profiles;
    if (websites.length > 0) {
      changes.push({ field: `${profile.file}, Websites`, read: JSON.stringify(cell(person, 'Websites')), written: [own && `your site ${own.url}`, ...websites.filter((site) => site !== own).map((site) => `a link "${WEBSITE_KINDS[site.kind] ?? 'Website'}" ${site.url}`)].filter(Boolean).join('; ') });
    }
    const unused = ['Maiden Name', 'Birth Date', 'Industry', 'Instant Messengers'].filter((column) => cell(person, column));
    if (unused.length > 0) notes.push(`${profile.file}: ${unused.join(', ')} ${unused.length === 1 ? 'was' : 'were'} left out: a resume does not show ${unused.length === 1 ? 'it' : 'them'} and JSON Resume has no field for ${unused.length === 1 ? 'it' : 'them'}`);
  } else if (profile) {
    problems.push(`${profile.file} has no row: your name and headline are missing; export again with your profile selected`);
  }

  const emails = table('emails');
  if (emails && emails.rows.length > 0) {
    const confirmed = emails.rows.filter((row) => yes(cell(row, 'Confirmed')) && cell(row, 'Email Address'));
    const chosen = confirmed.find((row) => yes(cell(row, 'Primary'))) ?? confirmed[0];
    if (chosen) {
      basics['email'] = cell(chosen, 'Email Address');
      if (emails.rows.length > 1) changes.push({ field: emails.file, read: `${emails.rows.length} addresses`, written: `${cell(chosen, 'Email Address')}, the ${yes(cell(chosen, 'Primary')) ? 'primary' : 'first'} confirmed one` });
    } else {
      notes.push(`${emails.file} has no confirmed address, so none was written: add your email to profile.mdx`);
    }
  }
  const phones = table('phones');
  if (phones) {
    const numbered = phones.rows.filter((row) => cell(row, 'Number'));
    const phone = numbered.find((row) => /mobile/i.test(cell(row, 'Type'))) ?? numbered[0];
    if (phone) basics['phone'] = `${cell(phone, 'Number')}${cell(phone, 'Extension') ? ` ext. ${cell(phone, 'Extension')}` : ''}`;
  }

  // Positions and volunteering: work and volunteer, a description's bullets their highlights.
  const workLike = (kind: 'positions' | 'volunteering', section: 'work' | 'volunteer') => {
    const read = table(kind);
    if (!read) return [];
    const organisationField = section === 'work' ? 'name' : 'organization';
    const positionColumn = kind === 'positions' ? 'Title' : 'Role';
    return read.rows.map((row) => {
      const organisation = cell(row, 'Company Name');
      remember(section, read.file, { [organisationField]: 'Company Name', position: positionColumn, location: 'Location', startDate: 'Started On', endDate: 'Finished On', summary: 'Description', highlights: 'Description', description: 'Cause' }, row.row, organisation);
      const description = cell(row, 'Description');
      const { summary, highlights } = splitDescription(description);
      if (highlights.length > 0) {
        changes.push({ field: `${where(read.file, row, organisation)}, Description`, read: `${description.split(/\r?\n/).filter((line) => line.trim()).length} lines, ${highlights.length} of them bullets`, written: `${summary ? 'the summary and ' : ''}${highlights.length} highlight${highlights.length === 1 ? '' : 's'}, an accomplishment each` });
      }
      const entry: Record<string, unknown> = {
        [organisationField]: organisation || undefined,
        position: cell(row, positionColumn) || undefined,
        location: cell(row, 'Location') || undefined,
        startDate: date(cell(row, 'Started On')),
        endDate: date(cell(row, 'Finished On')),
        summary: summary ? prose(summary) : undefined,
        highlights: highlights.length > 0 ? highlights : undefined,
        // A volunteer role's cause (`Education`, `Environment`) is the nearest thing to what the organisation does.
        description: cell(row, 'Cause') || undefined,
      };
      return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
    });
  };
  const work = workLike('positions', 'work');
  const volunteer = workLike('volunteering', 'volunteer');

  // Education, with Notes and Activities, which JSON Resume's education has no field for, kept as courses.
  const educationRead = table('education');
  const education = (educationRead?.rows ?? []).map((row) => {
    const school = cell(row, 'School Name');
    remember('education', educationRead!.file, { institution: 'School Name', studyType: 'Degree Name', area: 'Degree Name', startDate: 'Start Date', endDate: 'End Date', courses: 'Notes and Activities' }, row.row, school);
    const degree = cell(row, 'Degree Name');
    const comma = degree.indexOf(', ');
    const [studyType, area] = comma > 0 ? [degree.slice(0, comma).trim(), degree.slice(comma + 2).trim()] : degree.length > 60 ? [undefined, degree] : [degree || undefined, undefined];
    if (comma > 0) changes.push({ field: `${where(educationRead!.file, row, school)}, Degree Name`, read: JSON.stringify(degree), written: `studyType "${studyType}", area "${area}"` });
    const notes = cell(row, 'Notes').split(/\r?\n/).map((line) => line.replace(BULLET, '').trim()).filter(Boolean);
    const activities = cell(row, 'Activities');
    const courses = [...notes, ...(activities ? [`Activities and societies: ${activities.replace(/\s*\r?\n\s*/g, '; ')}`] : [])];
    if (courses.length > 0) {
      changes.push({ field: `${where(educationRead!.file, row, school)}, ${[notes.length > 0 && 'Notes', activities && 'Activities'].filter(Boolean).join(' and ')}`, read: `${courses.length} line${courses.length === 1 ? '' : 's'}`, written: "kept as the education's courses, the nearest field JSON Resume has: move them where they belong" });
    }
    const entry: Record<string, unknown> = { institution: school || undefined, studyType, area, startDate: date(cell(row, 'Start Date')), endDate: date(cell(row, 'End Date')), courses: courses.length > 0 ? courses : undefined };
    return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
  });
  // Courses.csv names no school: its courses go with the newest education (LinkedIn lists it first).
  const coursesRead = table('courses');
  const courseNames = (coursesRead?.rows ?? []).map((row) => [cell(row, 'Name'), cell(row, 'Number')].filter(Boolean).join(' ')).filter(Boolean);
  if (coursesRead && courseNames.length > 0) {
    if (education[0]) {
      education[0]['courses'] = [...((education[0]['courses'] as string[] | undefined) ?? []), ...courseNames];
      changes.push({ field: coursesRead.file, read: `${courseNames.length} course${courseNames.length === 1 ? '' : 's'}, naming no school`, written: `courses of ${String(education[0]['institution'] ?? 'your first education')}, the first in Education.csv: move them if they belong elsewhere` });
    } else {
      notes.push(`${coursesRead.file}: ${courseNames.length} course${courseNames.length === 1 ? ' was' : 's were'} left out (${list(courseNames)}): they name no school and Education.csv has none to hold them`);
    }
  }

  // Skills: one group.
  const skillsRead = table('skills');
  const skillNames = [...new Set((skillsRead?.rows ?? []).map((row) => cell(row, 'Name')).filter(Boolean))];
  if (skillsRead) remember('skills', skillsRead.file, {}, 0, '');
  const skills = skillNames.length > 0 ? [{ name: 'Skills', keywords: skillNames }] : [];

  const certificatesRead = table('certifications');
  const licensed: string[] = [];
  const certificates = (certificatesRead?.rows ?? []).map((row) => {
    remember('certificates', certificatesRead!.file, { name: 'Name', issuer: 'Authority', url: 'Url', date: 'Started On' }, row.row, cell(row, 'Name'));
    if (cell(row, 'License Number')) licensed.push(cell(row, 'Name'));
    const entry: Record<string, unknown> = { name: cell(row, 'Name') || undefined, issuer: cell(row, 'Authority') || undefined, url: cell(row, 'Url') || undefined, date: date(cell(row, 'Started On')) };
    return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
  });
  if (licensed.length > 0) notes.push(`${certificatesRead!.file}: the license numbers of ${list(licensed)} were left out: JSON Resume has no field for them (their Url, where given, is kept)`);

  const languagesRead = table('languages');
  const languages = (languagesRead?.rows ?? []).flatMap((row) => {
    if (!cell(row, 'Name')) return [];
    remember('languages', languagesRead!.file, { language: 'Name', fluency: 'Proficiency' }, row.row, cell(row, 'Name'));
    return [{ language: cell(row, 'Name'), ...(cell(row, 'Proficiency') ? { fluency: cell(row, 'Proficiency') } : {}) }];
  });

  const projectsRead = table('projects');
  const projects = (projectsRead?.rows ?? []).map((row) => {
    remember('projects', projectsRead!.file, { name: 'Title', description: 'Description', highlights: 'Description', url: 'Url', startDate: 'Started On', endDate: 'Finished On' }, row.row, cell(row, 'Title'));
    const { summary, highlights } = splitDescription(cell(row, 'Description'));
    const entry: Record<string, unknown> = { name: cell(row, 'Title') || undefined, description: summary, highlights: highlights.length > 0 ? highlights : undefined, url: cell(row, 'Url') || undefined, startDate: date(cell(row, 'Started On')), endDate: date(cell(row, 'Finished On')) };
    return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
  });

  const publicationsRead = table('publications');
  const publications = (publicationsRead?.rows ?? []).map((row) => {
    remember('publications', publicationsRead!.file, { name: 'Name', publisher: 'Publisher', releaseDate: 'Published On', url: 'Url', summary: 'Description' }, row.row, cell(row, 'Name'));
    const entry: Record<string, unknown> = { name: cell(row, 'Name') || undefined, publisher: cell(row, 'Publisher') || undefined, releaseDate: date(cell(row, 'Published On')), url: cell(row, 'Url') || undefined, summary: prose(cell(row, 'Description')) };
    return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
  });

  const honorsRead = table('honors');
  const awards = (honorsRead?.rows ?? []).map((row) => {
    remember('awards', honorsRead!.file, { title: 'Title', summary: 'Description', date: 'Issued On', awarder: 'Issuer' }, row.row, cell(row, 'Title'));
    const entry: Record<string, unknown> = { title: cell(row, 'Title') || undefined, date: date(cell(row, 'Issued On')), awarder: cell(row, 'Issuer') || undefined, summary: prose(cell(row, 'Description')) };
    return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
  });

  // Recommendations: only those the member shows on the profile.
  const recommendationsRead = table('recommendations');
  const visible = (recommendationsRead?.rows ?? []).filter((row) => cell(row, 'Status').toUpperCase() === 'VISIBLE');
  const hidden = (recommendationsRead?.rows.length ?? 0) - visible.length;
  if (hidden > 0) notes.push(`${recommendationsRead!.file}: ${hidden} recommendation${hidden === 1 ? ' is' : 's are'} not VISIBLE on your LinkedIn profile (hidden, pending or with no status) and ${hidden === 1 ? 'was' : 'were'} left out: show ${hidden === 1 ? 'it' : 'them'} on LinkedIn first if you want ${hidden === 1 ? 'it' : 'them'} here`);
  const references = visible.map((row) => {
    const person = [cell(row, 'First Name'), cell(row, 'Last Name')].filter(Boolean).join(' ');
    const role = [cell(row, 'Job Title'), cell(row, 'Company')].filter(Boolean).join(' at ');
    remember('references', recommendationsRead!.file, { name: 'First Name, Last Name, Job Title and Company', reference: 'Text' }, row.row, person);
    const entry: Record<string, unknown> = { name: [person, role].filter(Boolean).join(', ') || undefined, reference: prose(cell(row, 'Text')) };
    return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
  });

  if (datesRead.size > 0) changes.unshift({ field: 'dates', read: [...datesRead.values()].map((example) => `"${example}"`).join(', '), written: 'YYYY-MM, YYYY or YYYY-MM-DD, as JSON Resume writes them (an empty Finished On: still current)' });
  if (otherFiles.length > 0) notes.push(`not read, as they are not resume data: ${list(otherFiles)} (your network, messages and activity stay out of your site)`);

  const document = Object.fromEntries(
    Object.entries({ basics, work, volunteer, education, skills, certificates, languages, projects, publications, awards, references }).filter(([section, value]) => section === 'basics' || (value as unknown[]).length > 0),
  );

  const BASICS: Record<string, string> = {
    name: 'Profile.csv, First Name and Last Name',
    label: 'Profile.csv, Headline',
    summary: 'Profile.csv, Summary',
    url: 'Profile.csv, Websites',
    location: 'Profile.csv, Geo Location',
    profiles: 'Profile.csv, Websites or Twitter Handles',
    email: 'Email Addresses.csv',
    phone: 'PhoneNumbers.csv',
  };
  const locate = (text: string) =>
    text
      .replace(/^JSON Resume highlights have no dates/, 'The bulleted lines of LinkedIn descriptions have no dates')
      .replace(/\bbasics\.(\w+)(?:\[\d+\])?(?:\.\w+)*/g, (found, field: string) => BASICS[field] ?? found)
      .replace(/\b(work|volunteer|education|certificates|skills|languages|projects|publications|awards|references)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?/g, (found, section: string, index: string, field?: string) => {
        const source = sources.get(section);
        if (!source) return found;
        if (section === 'skills') return source.file;
        const row = source.rows[Number(index)];
        if (!row) return found;
        const column = field ? (source.columns[field] ?? field) : undefined;
        return `${source.file} row ${row.row}${row.label ? ` (${row.label})` : ''}${column ? `, ${column}` : ''}`;
      });

  return { document, changes, notes, problems, locate };
}
