import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { bodySentences } from '../privacy/secrets.ts';
import { describeError } from '../content/json-resume/schema.ts';

/** Where a requirement came from in the posting, for the report. */
export type RequirementSource = 'skill' | 'qualification' | 'responsibility' | 'text';

export interface Requirement {
  /** The requirement as the posting words it. */
  text: string;
  source: RequirementSource;
  /** For a skill keyword of a JSON posting, the skill it was listed under (`Web Development`). */
  group?: string | undefined;
}

/** A job posting reduced to what tailoring needs. */
export interface Posting {
  format: 'json-resume-job' | 'text';
  title: string | undefined;
  /** The company's name alone: `Lumen Health`, not `Lumen Health (Minneapolis or remote)`. */
  company: string | undefined;
  /** Where the job is, when the posting wrote it beside the company: `Minneapolis or remote`. */
  location?: string | undefined;
  requirements: Requirement[];
  /** All of the posting's words, for keywords. */
  text: string;
}

export type PostingResult = { ok: true; posting: Posting } | { ok: false; reason: string; fix: string };

const require = createRequire(import.meta.url);
const JOB_SCHEMA = require('@jsonresume/schema/job-schema.json') as object;
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
let validateJob: ReturnType<Ajv['compile']> | undefined;

function jobValidator() {
  if (!validateJob) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validateJob = ajv.compile(JOB_SCHEMA);
  }
  return validateJob;
}

/** Endings that belong to a company's name, so `Acme, Inc.` keeps its comma where `Acme, Berlin` does not. */
const LEGAL_FORM = /^(?:inc|incorporated|llc|llp|lp|ltd|limited|plc|corp|corporation|co|company|gmbh|ag|kg|se|sa|sas|sarl|srl|spa|bv|nv|ab|as|asa|oy|pty|pte|kk)\.?$/i;

/**
 * A company as postings write it, split into its name and the location written beside it:
 * `Lumen Health (Minneapolis or remote)`, `Acme Corp — Berlin`, `Acme, Remote (US)`. Only a
 * parenthesis, a dash or bar between spaces, or a comma not followed by a legal form (`, Inc.`)
 * starts a location.
 */
export function splitCompany(written: string): { company: string; location: string | undefined } {
  const text = written.replace(/\s+/g, ' ').trim();
  const dash = /^(.+?)\s+[-–—|·•]\s+(.+)$/.exec(text);
  const comma = /^([^,]+?),\s*(.+)$/.exec(text);
  const parenthesis = /^(.+?)\s*\((.+)\)\s*$/.exec(text);
  let company = text;
  let location: string | undefined;
  if (dash) [company, location] = [dash[1]!, dash[2]!];
  else if (comma && !LEGAL_FORM.test(comma[2]!.split(/[\s,(]/)[0]!)) [company, location] = [comma[1]!, comma[2]!];
  else if (parenthesis) [company, location] = [parenthesis[1]!, parenthesis[2]!];
  // What is left of a parenthesis in the name part (`Acme (US), Remote`) is location too.
  const inner = /^(.+?)\s*\((.+)\)$/.exec(company);
  if (inner) [company, location] = [inner[1]!, [inner[2]!, location].filter(Boolean).join(', ')];
  company = company.trim();
  return company ? { company, location: location?.trim() || undefined } : { company: text, location: undefined };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : []);

/** A JSON Resume job document (`job-schema.json`): title, company, skills, qualifications, responsibilities. */
export function readJobDocument(json: unknown): PostingResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, reason: 'is JSON but not a job posting object', fix: 'use the JSON Resume job format ({ "title": …, "skills": […] }), or save the posting as .txt' };
  }
  const validate = jobValidator();
  if (!validate(json)) {
    const first = validate.errors?.[0];
    return { ok: false, reason: `is not a valid JSON Resume job document: ${first ? describeError(first, json) : 'it does not match job-schema.json'}`, fix: 'correct that field (see @jsonresume/schema job-schema.json), or save the posting as .txt' };
  }
  const job = json as Record<string, unknown>;
  const requirements: Requirement[] = [];
  for (const skill of Array.isArray(job['skills']) ? (job['skills'] as Record<string, unknown>[]) : []) {
    const name = typeof skill['name'] === 'string' ? skill['name'].trim() : '';
    const keywords = strings(skill['keywords']);
    if (keywords.length === 0 && name) requirements.push({ text: name, source: 'skill' });
    for (const keyword of keywords) requirements.push({ text: keyword.trim(), source: 'skill', group: name || undefined });
  }
  for (const item of strings(job['qualifications'])) requirements.push({ text: item.trim(), source: 'qualification' });
  for (const item of strings(job['responsibilities'])) requirements.push({ text: item.trim(), source: 'responsibility' });
  const text = [job['title'], job['description'], job['experience'], ...requirements.map((requirement) => requirement.text)].filter((part) => typeof part === 'string').join('\n');
  if (requirements.length === 0 && typeof job['description'] !== 'string') {
    return { ok: false, reason: 'has no description, skills, qualifications or responsibilities to match against', fix: 'add at least one of them, or save the posting as .txt' };
  }
  if (requirements.length === 0) {
    for (const sentence of bodySentences(String(job['description']))) requirements.push({ text: sentence, source: 'text' });
  }
  const title = typeof job['title'] === 'string' && job['title'].trim() ? job['title'].trim() : undefined;
  const written = typeof job['company'] === 'string' && job['company'].trim() ? splitCompany(job['company']) : undefined;
  const location = written?.location ?? (typeof job['location'] === 'object' && job['location'] !== null ? [(job['location'] as Record<string, unknown>)['city'], (job['location'] as Record<string, unknown>)['region']].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(', ') || undefined : undefined);
  return { ok: true, posting: { format: 'json-resume-job', title, company: written?.company, location, requirements, text } };
}

const LIST_ITEM = /^\s*(?:[-*+•·]|\d+[.)])\s+(.+)$/;
const HEADING = /^\s*#{1,6}\s+(.+?)\s*#*\s*$/;
const FIELD = /^\s*(?:\*\*|__)?(company|employer|organi[sz]ation|title|role|position|job title)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/i;

function plain(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}

/**
 * A posting pasted as plain text or Markdown. The title is the first heading (or first line), the
 * company a `Company:` line or the part after " at " in the title, and each list item is one
 * requirement; a posting without lists is read sentence by sentence.
 */
export function readTextPosting(source: string): PostingResult {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const content = lines.filter((line) => line.trim() !== '');
  if (content.length === 0) return { ok: false, reason: 'is empty', fix: 'paste the job posting into the file' };
  const fields = new Map<string, string>();
  for (const line of lines) {
    const match = FIELD.exec(line);
    if (match && !fields.has(match[1]!.toLowerCase())) fields.set(match[1]!.toLowerCase().replace(/job title|position|role/, 'title').replace(/employer|organi[sz]ation/, 'company'), plain(match[2]!));
  }
  const headingLine = lines.find((line) => HEADING.test(line));
  const firstLine = plain(headingLine ? HEADING.exec(headingLine)![1]! : content[0]!);
  let title = fields.get('title') ?? firstLine;
  let company = fields.get('company');
  const at = /^(.+?)\s+(?:at|@|[-–—|])\s+(.+)$/.exec(title);
  if (at && !fields.has('title')) {
    title = at[1]!.trim();
    company ??= at[2]!.trim();
  }
  const requirements: Requirement[] = lines
    .map((line) => LIST_ITEM.exec(line)?.[1])
    .filter((item): item is string => item !== undefined)
    .map((item) => ({ text: plain(item), source: 'text' as const }))
    .filter((requirement) => requirement.text.length > 0);
  if (requirements.length === 0) {
    const body = lines.filter((line) => line !== headingLine && !FIELD.test(line) && plain(line) !== firstLine).join('\n');
    for (const sentence of bodySentences(body)) if (sentence.split(/\s+/).length >= 3) requirements.push({ text: sentence, source: 'text' });
  }
  if (requirements.length === 0) return { ok: false, reason: 'has no requirements to match: no list items and no sentences', fix: 'paste the full posting, with its list of requirements' };
  const written = company ? splitCompany(company) : undefined;
  return { ok: true, posting: { format: 'text', title: title || undefined, company: written?.company, location: written?.location, requirements, text: source } };
}

/** Reads a posting from its file name and text: `.json` (or text starting with `{`) as a JSON Resume job, anything else as text. */
/**
 * The most text read as one posting. The longest real postings are a few thousand words (under
 * 50 KB); far more is a saved web page or a document dump, and matching time grows with it.
 */
export const MAX_POSTING_CHARACTERS = 200_000;

/** Why `source` is not the text of a job posting (a binary file, or far too long), or undefined. */
function notPostingText(source: string): Omit<Extract<PostingResult, { ok: false }>, 'ok'> | undefined {
  const copyIt = 'open the posting, copy its text into a .txt file, and pass that file';
  if (source.startsWith('%PDF')) return { reason: 'is a PDF, which tailor cannot read', fix: copyIt };
  if (source.startsWith('PK\u0003\u0004')) return { reason: 'is a ZIP or Word (.docx) file, which tailor cannot read', fix: copyIt };
  const replaced = source.match(/\uFFFD/g)?.length ?? 0;
  if (source.includes('\u0000') || replaced > Math.max(8, source.length / 100)) return { reason: 'is not text (it looks like a binary file)', fix: copyIt };
  if (source.length > MAX_POSTING_CHARACTERS) {
    return { reason: `is ${Math.round(source.length / 1000)} thousand characters long, more than any job posting (at most ${MAX_POSTING_CHARACTERS / 1000} thousand are read)`, fix: `save only the posting's own text (title, company, responsibilities, requirements) to a .txt file` };
  }
  return undefined;
}

export function readPosting(fileName: string, source: string): PostingResult {
  const unreadable = notPostingText(source);
  if (unreadable) return { ok: false, ...unreadable };
  const looksJson = /\.json$/i.test(fileName) || /^\s*\{/.test(source);
  if (!looksJson) return readTextPosting(source);
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : String(error);
    return { ok: false, reason: `is not valid JSON (${detail})`, fix: 'fix the JSON, or save the posting as .txt to read it as plain text' };
  }
  return readJobDocument(json);
}
