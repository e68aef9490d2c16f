import TurndownService from 'turndown';

/**
 * JSON Resume as people really write it, made into the current schema before it is checked. Real
 * files use the schema's older field names (`work[].company`, `basics.website`), write dates
 * every way (`03/2019`, `2019-3`, `""`, `"present"`, `"aujourd'hui"`), leave `https://` off
 * addresses, write a summary as a list or in HTML, a location as one line, skills as an object.
 * Each of these is understood and rewritten, and each rewrite is reported: the field, what was
 * read, what was written. Only what cannot be understood is refused, saying what to write.
 */

export interface Normalisation {
  /** Where in the document, e.g. `work[2].endDate`. */
  field: string;
  /** What was read, as written in the file. */
  read: string;
  /** What it became, or what happened to it. */
  written: string;
}

export interface NormalisedJsonResume {
  document: Record<string, unknown>;
  changes: Normalisation[];
  /** What could not be understood, each with what to write instead. */
  problems: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value));

/** The older schema's names for fields the current one names otherwise, per section. */
const RENAMED: Record<string, Record<string, string>> = {
  basics: { website: 'url', picture: 'image' },
  work: { company: 'name', website: 'url' },
  volunteer: { website: 'url' },
  education: { gpa: 'score', website: 'url' },
  awards: { website: 'url' },
  publications: { website: 'url' },
  projects: { website: 'url' },
};

/** Sections whose items carry dates, and the date fields in them. */
const DATED: Record<string, readonly string[]> = {
  work: ['startDate', 'endDate'],
  volunteer: ['startDate', 'endDate'],
  education: ['startDate', 'endDate'],
  projects: ['startDate', 'endDate'],
  awards: ['date'],
  certificates: ['date'],
  publications: ['releaseDate'],
};

/** Fields whose value has a format (an address, an email, a date), where empty text means "not given". */
const FORMATTED_FIELDS = new Set(['url', 'website', 'image', 'picture', 'email', 'startDate', 'endDate', 'date', 'releaseDate']);

/** Sections that are lists of objects, and the field a plain text item names (`"interests": ["AI"]`). */
const LISTS: Record<string, string> = { work: 'name', volunteer: 'organization', education: 'institution', awards: 'title', certificates: 'name', publications: 'name', skills: 'name', languages: 'language', interests: 'name', references: 'name', projects: 'name' };

/** Fields written in Markdown by Cairn, which real files also write as HTML or as a list of lines. */
const PROSE_FIELDS = new Set(['summary', 'description']);

/** Words people write for "still going" as an end date, in the languages real resumes are written in. */
const CURRENT_WORDS = new Set(
  [
    'present', 'now', 'current', 'currently', 'today', 'ongoing', 'to date', 'till date', 'till now', 'until now', 'to present', '-', '–', '—', '...', '…',
    "aujourd'hui", 'aujourd’hui', 'actuel', 'actuellement', 'présent', 'en cours', 'heute', 'aktuell', 'jetzt', 'bis heute', 'derzeit',
    'obecnie', 'teraz', 'nadal', 'atual', 'atualmente', 'presente', 'o presente', 'actualidad', 'la actualidad', 'actualmente', 'ahora', 'attuale', 'oggi', 'in corso',
    'heden', 'nu', 'huidig', 'nyt', 'nå', 'idag', 'i dag', 'şimdi', 'günümüz', 'devam ediyor', 'hiện tại', 'sekarang', 'kini',
    'настоящее время', 'по настоящее время', 'наст. время', 'сейчас', 'по сей день', 'теперішній час', 'дотепер', 'сьогодні',
    '現在', '至今', '现在', '目前', '今', '現職', '현재', '재직중', '재직 중', 'الآن', 'حتى الآن', 'حاليا', 'היום', 'עד היום', 'כיום', 'वर्तमान', 'अब तक',
  ].map((word) => word.normalize('NFKC').toLowerCase()),
);

/**
 * Month names and their usual abbreviations in the languages real resumes are written in, by the
 * first letters that tell them apart (French `juin` and `juil` need four).
 */
const MONTH_WORDS: [string, number][] = Object.entries({
  1: ['jan', 'ene', 'gen', 'sty', 'янв', 'січ', 'oca'],
  2: ['feb', 'fév', 'fev', 'lut', 'фев', 'лют', 'şub', 'sub'],
  3: ['mar', 'mär', 'mrt', 'bře', 'мар', 'бер'],
  4: ['apr', 'avr', 'abr', 'kwi', 'апр', 'кві', 'nis'],
  5: ['may', 'mai', 'mag', 'maj', 'mei', 'май', 'мая', 'тра', 'may'],
  6: ['jun', 'juin', 'giu', 'cze', 'июн', 'чер', 'haz'],
  7: ['jul', 'juil', 'lug', 'lip', 'июл', 'лип', 'tem'],
  8: ['aug', 'aoû', 'aou', 'ago', 'sie', 'авг', 'сер', 'ağu'],
  9: ['sep', 'set', 'wrz', 'сен', 'вер', 'eyl'],
  10: ['oct', 'okt', 'ott', 'out', 'paź', 'paz', 'окт', 'жов', 'eki'],
  11: ['nov', 'lis', 'ноя', 'лис', 'kas'],
  12: ['dec', 'déc', 'dez', 'dic', 'gru', 'дек', 'гру', 'ara'],
})
  .flatMap(([month, words]) => words.map((word): [string, number] => [word, Number(month)]))
  .sort(([a], [b]) => b.length - a.length);

/** The month a word names (`März`, `Lut`, `juillet`, `октябрь`), or 0. */
function monthOfWord(word: string): number {
  const lower = word.normalize('NFC').toLowerCase();
  return MONTH_WORDS.find(([prefix]) => lower.startsWith(prefix))?.[1] ?? 0;
}

const pad = (value: string | number) => String(value).padStart(2, '0');
const realMonth = (month: number) => month >= 1 && month <= 12;
const realYear = (year: number) => year >= 1900 && year <= 2200;

type ReadDate = { date: string; note?: string } | { current: true } | { empty: true } | { unreadable: true };

/** A date as written in a real file, read as the schema writes it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function readDate(written: string): ReadDate {
  const text = written.normalize('NFKC').trim();
  if (text === '') return { empty: true };
  if (CURRENT_WORDS.has(text.toLowerCase())) return { current: true };
  // 2019, 2019-3, 2019/03, 2019.03.15, 2019-03-15T00:00:00Z
  let match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = match[2] === undefined ? undefined : Number(match[2]);
    if (!realYear(year) || (month !== undefined && !realMonth(month))) return { unreadable: true };
    if (month === undefined) return { date: `${year}` };
    return { date: match[3] === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(match[3])}` };
  }
  // 03/2019, 3-2019
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match && realMonth(Number(match[1])) && realYear(Number(match[2]))) return { date: `${match[2]}-${pad(match[1]!)}` };
  // 15/03/2019 or 03/15/2019: the order is known only when one of them is over 12.
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match && realYear(Number(match[3]))) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), match[3]!];
    if (first > 12 && realMonth(second)) return { date: `${year}-${pad(second)}-${pad(first)}` };
    if (second > 12 && realMonth(first)) return { date: `${year}-${pad(first)}-${pad(second)}` };
    if (realMonth(first) && realMonth(second)) return { date: year, note: 'the order of day and month is unclear, so only the year is kept' };
  }
  // Mar 2019, March 2019, 2019 March, Lut 2024, juillet 2018, октябрь 2020
  const named = /^(\p{L}+)\.?,?\s+(\d{4})$/u.exec(text);
  const reversed = /^(\d{4})\s+(\p{L}+)\.?$/u.exec(text);
  const [word, year] = named ? [named[1]!, named[2]!] : reversed ? [reversed[2]!, reversed[1]!] : [undefined, undefined];
  if (word && year) {
    const month = monthOfWord(word);
    if (month > 0 && realYear(Number(year))) return { date: `${year}-${pad(month)}` };
  }
  return { unreadable: true };
}

/** A web address written without its scheme (`github.com/ada`, `www.ada.dev`) given `https://`. */
function withScheme(url: string): string | undefined {
  const text = url.trim();
  if (/^(https?:\/\/|mailto:)/i.test(text)) return undefined;
  if (/^\/\//.test(text)) return `https:${text}`;
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?::\d+)?(\/\S*)?$/u.test(text)) return `https://${text}`;
  return undefined;
}

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });

/** HTML in a text field (`<br>`, `<b>`, `<ul><li>`) as the Markdown it means; plain text comes back unchanged. */
export function htmlToMarkdown(text: string): string {
  if (!/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&[a-z]+;|&#\d+;/i.test(text)) return text;
  return turndown.turndown(text).replace(/^(\s*)-\s{2,}/gm, '$1- ').trim();
}

class Normaliser {
  readonly changes: Normalisation[] = [];
  readonly problems: string[] = [];

  /** Records a change; `read` is the value as written, or with `described`, words for it (`a list of 3 lines`). */
  note(field: string, read: unknown, written: string, described = false): void {
    this.changes.push({ field, read: described ? String(read) : shown(read), written });
  }

  /**
   * Drops what says nothing and which the schema refuses: `null`s, empty text where an address,
   * an email or a date belongs, and an email field that holds no email address (a template's
   * `###EMAIL###`).
   */
  dropNulls(value: unknown, at: string): unknown {
    if (Array.isArray(value)) return value.filter((item, index) => (item === null ? (this.note(`${at}[${index}]`, null, 'left out'), false) : true)).map((item, index) => this.dropNulls(item, `${at}[${index}]`));
    if (!isObject(value)) return value;
    const result: Json = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === null) this.note(`${at}.${key}`, null, 'left out');
      else if (typeof item === 'string' && item.trim() === '' && FORMATTED_FIELDS.has(key)) this.note(`${at}.${key}`, item, 'left out: it is empty');
      else if (key === 'email' && typeof item === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(item.trim())) this.note(`${at}.${key}`, item, 'left out: it is not an email address');
      else result[key] = this.dropNulls(item, `${at}.${key}`);
    }
    return result;
  }

  rename(item: Json, renames: Record<string, string>, at: string): void {
    for (const [old, current] of Object.entries(renames)) {
      if (!(old in item)) continue;
      if (item[current] === undefined) {
        item[current] = item[old];
        this.note(`${at}.${old}`, item[old], `read as ${at}.${current}, its name in the current JSON Resume schema`);
      } else {
        this.note(`${at}.${old}`, item[old], `left out: ${at}.${current} is given too`);
      }
      delete item[old];
    }
  }

  date(item: Json, key: string, at: string): void {
    const value = item[key];
    if (value === undefined) return;
    const field = `${at}.${key}`;
    if (typeof value === 'number' && Number.isInteger(value) && realYear(value)) {
      item[key] = String(value);
      this.note(field, value, `"${value}"`);
      return;
    }
    if (typeof value !== 'string') return;
    const read = readDate(value);
    if ('date' in read) {
      if (read.date !== value) {
        item[key] = read.date;
        this.note(field, value, `"${read.date}"${read.note ? ` (${read.note})` : ''}`);
      }
    } else if ('current' in read) {
      delete item[key];
      this.note(field, value, key === 'endDate' ? 'left out: it says the role or course is current' : 'left out: it holds no date');
    } else if ('empty' in read) {
      delete item[key];
      this.note(field, value, 'left out: it is empty');
    } else if (key === 'endDate') {
      // Reported here, in words that say what to write; the schema need not report it again.
      delete item[key];
      this.problems.push(`${field} ${shown(value)} is not a date Cairn can read: write it as YYYY-MM (e.g. "2021-06"), or leave endDate out while the job is current`);
    } else {
      delete item[key];
      this.problems.push(`${field} ${shown(value)} is not a date Cairn can read: write it as YYYY-MM (e.g. "2019-04") or YYYY`);
    }
  }

  url(item: Json, key: string, at: string): void {
    const value = item[key];
    if (typeof value !== 'string') return;
    if (value.trim() === '') {
      delete item[key];
      this.note(`${at}.${key}`, value, 'left out: it is empty');
      return;
    }
    const fixed = withScheme(value);
    if (fixed) {
      item[key] = fixed;
      this.note(`${at}.${key}`, value, `"${fixed}"`);
    }
  }

  prose(item: Json, key: string, at: string): void {
    const value = item[key];
    if (Array.isArray(value) && value.every((line) => typeof line === 'string')) {
      const text = value.map((line) => `- ${htmlToMarkdown(line).replace(/^[-*•]\s*/, '')}`).join('\n');
      item[key] = text;
      this.note(`${at}.${key}`, `a list of ${value.length} lines`, 'a Markdown list', true);
      return;
    }
    if (typeof value !== 'string') return;
    const markdown = htmlToMarkdown(value);
    if (markdown !== value) {
      item[key] = markdown;
      this.note(`${at}.${key}`, value.length > 60 ? `${value.slice(0, 57)}…` : value, 'HTML turned into Markdown');
    }
    // Lines typed with bullet characters (as LinkedIn and word processors keep them) are a list.
    const text = item[key] as string;
    const listed = text.replace(/^([ \t]*)[•◦▪‣●·][ \t]*/gm, '$1- ');
    if (listed !== text) {
      item[key] = /(^|\n)[^\n-][^\n]*\n- /.test(listed) ? listed.replace(/([^\n])\n- /, '$1\n\n- ') : listed;
      this.note(`${at}.${key}`, 'lines starting with •', 'a Markdown list', true);
    }
  }

  highlights(item: Json, at: string): void {
    const value = item['highlights'];
    if (typeof value === 'string') {
      const lines = value.split(/\n+|<br\s*\/?>|(?:^|\s)[•·]\s/i).map((line) => htmlToMarkdown(line).replace(/^[-*•]\s*/, '').trim()).filter(Boolean);
      item['highlights'] = lines;
      this.note(`${at}.highlights`, value.length > 60 ? `${value.slice(0, 57)}…` : value, `a list of ${lines.length}`);
    } else if (Array.isArray(value)) {
      item['highlights'] = value.flatMap((line, index) => {
        if (typeof line !== 'string') return [line];
        const markdown = htmlToMarkdown(line);
        if (markdown !== line) this.note(`${at}.highlights[${index}]`, line, 'HTML turned into Markdown');
        return markdown.trim() ? [markdown] : [];
      });
    }
  }

  basics(basics: Json): void {
    this.rename(basics, RENAMED['basics']!, 'basics');
    for (const key of ['url', 'image']) this.url(basics, key, 'basics');
    this.prose(basics, 'summary', 'basics');
    const location = basics['location'];
    if (typeof location === 'string') {
      basics['location'] = { city: location.replace(/\s*\n\s*/g, ', ').trim() };
      this.note('basics.location', location, 'read as basics.location.city, the place it names');
    } else if (isObject(location) && typeof location['address'] === 'string' && /\n/.test(location['address'])) {
      const address = location['address'];
      location['address'] = address.split(/\s*\n\s*/).filter(Boolean).join(', ');
      this.note('basics.location.address', address, `"${location['address']}" (one line, as an address is printed)`);
    }
    const profiles = basics['profiles'];
    if (Array.isArray(profiles)) profiles.forEach((profile, index) => isObject(profile) && this.url(profile, 'url', `basics.profiles[${index}]`));
  }

  skills(document: Json): void {
    const skills = document['skills'];
    if (isObject(skills)) {
      document['skills'] = Object.entries(skills).map(([name, keywords]) => ({ name, keywords: Array.isArray(keywords) ? keywords : typeof keywords === 'string' ? keywords.split(/\s*[,;]\s*/).filter(Boolean) : [] }));
      this.note('skills', `an object of ${Object.keys(skills).length} groups`, 'a list of skill groups, each group’s name with its keywords', true);
    } else if (Array.isArray(skills)) {
      document['skills'] = skills.map((skill, index) => {
        if (typeof skill === 'string') {
          this.note(`skills[${index}]`, skill, `{ "name": ${JSON.stringify(skill)} }`);
          return { name: skill };
        }
        if (isObject(skill) && typeof skill['keywords'] === 'string') {
          const keywords = skill['keywords'].split(/\s*[,;]\s*/).filter(Boolean);
          this.note(`skills[${index}].keywords`, skill['keywords'], `a list of ${keywords.length}`);
          return { ...skill, keywords };
        }
        return skill;
      });
    }
  }

  /** A section that is not a list (`"references": 0`) is left out; plain text items become objects naming it. */
  list(document: Json, section: string): void {
    const items = document[section];
    if (items === undefined || section === 'skills') return;
    if (!Array.isArray(items)) {
      delete document[section];
      this.note(section, items, 'left out: it is not a list');
      return;
    }
    const field = LISTS[section]!;
    document[section] = items.map((item, index) => {
      if (typeof item !== 'string') return item;
      this.note(`${section}[${index}]`, item, `{ "${field}": ${JSON.stringify(item)} }`);
      return { [field]: item };
    });
  }

  section(document: Json, section: string): void {
    const items = document[section];
    if (!Array.isArray(items)) return;
    items.forEach((item, index) => {
      if (!isObject(item)) return;
      const at = `${section}[${index}]`;
      if (RENAMED[section]) this.rename(item, RENAMED[section], at);
      for (const key of DATED[section] ?? []) this.date(item, key, at);
      const [start, end] = [item['startDate'], item['endDate']];
      if (typeof start === 'string' && typeof end === 'string' && end.slice(0, start.length) < start.slice(0, end.length)) {
        this.problems.push(`${at}.endDate "${end}" is before its startDate "${start}": correct the one that is wrong`);
      }
      const location = item['location'];
      if (isObject(location)) {
        const place = [location['address'], location['city'], location['region'], location['countryCode'] ?? location['country']].filter((part) => typeof part === 'string' && part.trim()).join(', ');
        item['location'] = place;
        this.note(`${at}.location`, location, place ? `"${place}"` : 'left out: it names no place');
        if (!place) delete item['location'];
      }
      this.url(item, 'url', at);
      for (const key of Object.keys(item)) if (PROSE_FIELDS.has(key)) this.prose(item, key, at);
      if ('highlights' in item) this.highlights(item, at);
    });
  }
}

/** The document as the current schema writes it, every change it took, and what could not be read. */
export function normalizeJsonResume(input: Json): NormalisedJsonResume {
  const normaliser = new Normaliser();
  const document = normaliser.dropNulls(structuredClone(input), '') as Json;
  // `dropNulls` names top-level fields with a leading dot; the report names them plainly.
  for (const change of normaliser.changes) change.field = change.field.replace(/^\./, '');
  if (isObject(document['basics'])) normaliser.basics(document['basics']);
  normaliser.skills(document);
  for (const section of Object.keys(LISTS)) normaliser.list(document, section);
  for (const section of Object.keys(DATED)) normaliser.section(document, section);
  for (const section of ['references', 'interests', 'languages']) normaliser.section(document, section);
  return { document, changes: normaliser.changes, problems: normaliser.problems };
}
