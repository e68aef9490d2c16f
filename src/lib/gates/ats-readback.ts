import type { AtsExpectation, ExpectedLine, ExpectedSection } from './ats-expectation.ts';
import { UNREADABLE_GLYPH, type PdfReading } from './ats-pdf-reading.ts';

/**
 * Reads a resume PDF back as an applicant-tracking system would — its text in drawing order,
 * lines joined into one flow — and compares it with what was printed: the name first, contact
 * details and links intact, every heading in order, every bullet whole and under its own heading,
 * dates and skills as written, no ligature or hyphenation inside a word, no page without text.
 */

export type AtsCheck = 'name' | 'contact' | 'link' | 'heading' | 'order' | 'line' | 'date' | 'keyword' | 'ligature' | 'hyphenation' | 'text-layer';

export interface AtsFinding {
  /** A problem fails the gate; a warning is reported only. */
  severity: 'problem' | 'warning';
  check: AtsCheck;
  /** What was found, where, and what to do, on one line. */
  message: string;
}

export interface Tally {
  matched: number;
  expected: number;
}

export interface AtsReadback {
  /** The first line read, which parsers take for the name. */
  firstLine: string | undefined;
  email: string | undefined;
  phone: string | undefined;
  /** Headings found, in the order read. */
  sections: string[];
  lines: Tally;
  dates: Tally;
  keywords: Tally;
  /** Every link annotation's address. */
  links: string[];
  pages: { number: number; characters: number; images: number }[];
  findings: AtsFinding[];
}

const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };
const LIGATURE = /[\uFB00-\uFB06]/gu;
/** Invisible characters that PDF readers such as pdftotext keep inside a word, so the word no longer matches. */
const INVISIBLE_BREAKS = /[\u00AD\u200B]/u;
/** A line ending in a hyphen after a letter or digit, where a word may go on. */
const HYPHEN_AT_END = /[\p{L}\p{N}][-\u2010]$/u;

/** One space for every run of white space (no-break spaces included), as parsers compare words. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u2007\u2009\u202F]+/gu, ' ').trim();
}

const clip = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const quote = (text: string) => `"${clip(text)}"`;

interface Flow {
  /** Every line of every page, joined by a space, or by nothing after a hyphen that a word goes on from. */
  text: string;
  /** The same with those hyphens left out, to tell a hyphenated word from a missing one. */
  unhyphenated: string;
  /** Where each line starts in `text`, with its page. */
  starts: { offset: number; page: number; line: string; pieces: number }[];
  /** Words broken with a hyphen at a line end: the part before, the part after, their page. */
  breaks: { before: string; after: string; page: number }[];
}

function flowOf(reading: PdfReading): Flow {
  let text = '';
  let unhyphenated = '';
  const starts: Flow['starts'] = [];
  const breaks: Flow['breaks'] = [];
  let previous = '';
  for (const page of reading.pages) {
    for (const { text: raw, pieces } of page.lines) {
      const line = normalizeSpaces(raw);
      if (!line) continue;
      const wordGoesOn = HYPHEN_AT_END.test(previous) && /^\p{L}/u.test(line);
      if (wordGoesOn) {
        breaks.push({ before: /[\p{L}\p{N}]+(?=[-\u2010]$)/u.exec(previous)![0], after: /^\p{L}+/u.exec(line)![0], page: page.number });
        unhyphenated = unhyphenated.slice(0, -1);
      } else if (text) {
        text += ' ';
        unhyphenated += ' ';
      }
      starts.push({ offset: text.length, page: page.number, line, pieces });
      text += line;
      unhyphenated += line;
      previous = line;
    }
  }
  return { text, unhyphenated, starts, breaks };
}

const pageAt = (flow: Flow, offset: number) => [...flow.starts].reverse().find((start) => start.offset <= offset)?.page ?? 1;
const sameHeading = (line: string, heading: string, language: string) => line.toLocaleUpperCase(language) === normalizeSpaces(heading).toLocaleUpperCase(language);

/** Why a line is not read whole: the likeliest cause a parser would stumble on. */
function whyMissing(flow: Flow, text: string): string {
  const spelled = flow.text.replace(LIGATURE, (ligature) => LIGATURES[ligature]!);
  if (spelled.includes(text)) return 'a ligature character stands for letters in it, so a parser reads a different word';
  const unmapped = [...new Set(Object.values(LIGATURES))].find((letters) => text.includes(letters) && flow.text.includes(text.replaceAll(letters, UNREADABLE_GLYPH)));
  if (unmapped) return `"${unmapped}" in it is drawn as one glyph with no text behind it, so a parser reads the word without those letters`;
  if (flow.unhyphenated.includes(text)) return 'a word in it is hyphenated across two lines, so a parser reads two pieces';
  const words = text.split(' ');
  const found = (from: number, to = words.length) => flow.text.indexOf(words.slice(from, to).join(' '));
  // Two pieces of two words or more, each read whole but apart: a split.
  for (let cut = words.length - 2; cut >= 2; cut--) {
    const headAt = found(0, cut);
    const tailAt = found(cut);
    if (headAt >= 0 && tailAt >= 0) return `it is split: ${quote(words.slice(0, cut).join(' '))} and ${quote(words.slice(cut).join(' '))} are read apart (page ${pageAt(flow, headAt)} and page ${pageAt(flow, tailAt)}), with other text between`;
  }
  const longestHead = words.findLastIndex((_, index) => index >= 2 && found(0, index + 1) >= 0);
  if (longestHead >= 0) return `it is cut short: only ${quote(words.slice(0, longestHead + 1).join(' '))} is read whole`;
  const longestTail = words.findIndex((_, index) => index <= words.length - 3 && found(index) >= 0);
  if (longestTail > 0) return `its start is lost: only ${quote(words.slice(longestTail).join(' '))} is read whole`;
  return 'it is not in the text layer at all';
}

export function readBack(reading: PdfReading, expected: AtsExpectation): AtsReadback {
  const flow = flowOf(reading);
  const findings: AtsFinding[] = [];
  const problem = (check: AtsCheck, message: string) => findings.push({ severity: 'problem', check, message });
  const warning = (check: AtsCheck, message: string) => findings.push({ severity: 'warning', check, message });
  const { language } = expected;

  // The name: parsers take the first line for it.
  const firstLine = flow.starts[0]?.line;
  const name = normalizeSpaces(expected.name);
  if (firstLine !== name) {
    if (flow.text.includes(name)) problem('name', `the first line read is ${quote(firstLine ?? '')}, not the name "${name}": parsers take the first line for the name; print the name first`);
    else problem('name', `the name "${name}" is not read whole (${whyMissing(flow, name)})`);
  }

  // Contact details and links, as text and as clickable annotations.
  const links = reading.links.map((link) => link.url);
  const sameUrl = (a: string, b: string) => a.replace(/\/$/, '') === b.replace(/\/$/, '');
  if (expected.email) {
    if (!flow.text.includes(expected.email)) problem('contact', `the email "${expected.email}" is not read whole (${whyMissing(flow, expected.email)})`);
    if (!links.some((url) => url.toLowerCase() === `mailto:${expected.email!.toLowerCase()}`)) problem('link', `the email "${expected.email}" has no mailto: link`);
  }
  if (expected.phone && !flow.text.includes(normalizeSpaces(expected.phone))) problem('contact', `the phone number "${expected.phone}" is not read whole (${whyMissing(flow, normalizeSpaces(expected.phone))})`);
  for (const link of expected.links) {
    if (!flow.text.includes(link.text)) problem('link', `the address "${link.text}" is not read whole (${whyMissing(flow, link.text)})`);
    if (!links.some((url) => sameUrl(url, link.url))) problem('link', `"${link.text}" has no link to ${link.url}${links.length ? '' : ' (the PDF has no link annotations at all)'}`);
  }
  for (const url of links) {
    const local = /^[a-z]+:\/\/(localhost|127\.|0\.0\.0\.0|\[::1\])/i.test(url) || /^file:/i.test(url);
    if (local || !/^(https?|mailto|tel):/i.test(url)) problem('link', `a link opens "${clip(url, 80)}", which a reader of the PDF cannot reach: links must be absolute web, mailto: or tel: addresses`);
  }

  // Headings, in the order the design prints them.
  const headingAt = new Map<ExpectedSection, number>();
  for (const section of expected.sections) {
    const line = flow.starts.find((start) => sameHeading(start.line, section.heading, language));
    if (!line) {
      problem('heading', `the heading "${section.heading}" is not read as a line of its own, so a parser cannot tell where the ${section.section} section starts`);
      continue;
    }
    headingAt.set(section, line.offset);
    // Letter-spaced or small-capital headings come out a letter at a time; layout readers then put spaces inside them.
    if (line.pieces >= 3 && line.pieces >= line.line.replace(/\s/g, '').length - 1) {
      warning('heading', `the heading "${section.heading}" (page ${line.page}) is drawn a letter at a time (small capitals or letter spacing); layout-mode readers such as pdftotext may read it with a space inside ("${section.heading[0]} ${section.heading.slice(1)}"); set it in capitals with text-transform instead`);
    }
  }
  const found = [...headingAt].sort(([, a], [, b]) => a - b);
  const readOrder = found.map(([section]) => section.heading);
  const printOrder = expected.sections.filter((section) => headingAt.has(section)).map((section) => section.heading);
  if (readOrder.join('\u0000') !== printOrder.join('\u0000')) problem('order', `the headings are read in the order ${readOrder.join(', ')}, but printed as ${printOrder.join(', ')}: the design draws sections out of order`);
  const spanOf = (section: ExpectedSection): [number, number] | undefined => {
    const start = headingAt.get(section);
    if (start === undefined) return undefined;
    const next = found.find(([, offset]) => offset > start);
    return [start, next ? next[1] : flow.text.length];
  };
  const headingBefore = (offset: number) => [...found].reverse().find(([, at]) => at <= offset)?.[0].heading;

  // Every line whole, under its own heading and entry; every date intact.
  const lines: Tally = { matched: 0, expected: 0 };
  const dates: Tally = { matched: 0, expected: 0 };
  const checkLine = (item: ExpectedLine, section: ExpectedSection, span: [number, number] | undefined, after: number, owner: string | undefined) => {
    lines.expected++;
    const text = normalizeSpaces(item.text);
    if (INVISIBLE_BREAKS.test(text)) problem('hyphenation', `${item.source}: ${quote(text)} has a soft hyphen or zero-width space inside a word, which parsers keep, so the word no longer matches; remove it`);
    const inSpan = span ? flow.text.indexOf(text, span[0]) : -1;
    const at = inSpan >= 0 ? inSpan : flow.text.indexOf(text);
    if (at < 0) {
      problem('line', `${item.source}: ${quote(text)} is not read whole: ${whyMissing(flow, text)}`);
      return;
    }
    lines.matched++;
    if (span && (at < span[0] || at >= span[1])) {
      const under = headingBefore(at);
      problem('order', `${item.source}: ${quote(text)} is read ${under ? `under "${under}"` : 'before the first heading'} (page ${pageAt(flow, at)}), not under "${section.heading}": the design draws it out of the reading order`);
    } else if (owner && at < after) {
      problem('order', `${item.source}: ${quote(text)} is read before "${owner}", the entry it belongs to`);
    }
  };
  for (const section of expected.sections) {
    const span = spanOf(section);
    for (const line of section.lines) checkLine(line, section, span, span?.[0] ?? 0, undefined);
    let cursor = span?.[0] ?? 0;
    for (const entry of section.entries) {
      const title = normalizeSpaces(entry.title);
      const titleAt = flow.text.indexOf(title, cursor);
      if (titleAt >= 0) cursor = titleAt + title.length;
      for (const date of entry.dates) {
        dates.expected++;
        const text = normalizeSpaces(date);
        const at = flow.text.indexOf(text, span?.[0] ?? 0);
        if (at >= 0 && (!span || at < span[1])) dates.matched++;
        else if (flow.text.includes(text)) {
          dates.matched++;
          problem('order', `the dates "${text}" of "${title}" are read outside the "${section.heading}" section`);
        } else problem('date', `the dates "${text}" of "${title}" are not read whole: ${whyMissing(flow, text)}`);
      }
      for (const line of entry.lines) checkLine(line, section, span, titleAt, titleAt >= 0 ? title : undefined);
    }
  }

  const keywords: Tally = { matched: 0, expected: expected.keywords.length };
  for (const keyword of expected.keywords) {
    if (flow.text.includes(normalizeSpaces(keyword))) keywords.matched++;
    else problem('keyword', `the skill "${keyword}" is not read whole: ${whyMissing(flow, normalizeSpaces(keyword))}`);
  }

  // Ligatures and hyphenation that split a word, wherever they are.
  const written = [expected.name, ...expected.sections.flatMap((section) => [section.heading, ...section.lines.map((line) => line.text), ...section.entries.flatMap((entry) => [entry.title, ...entry.lines.map((line) => line.text)])]), ...expected.keywords].join('\n');
  const reported = new Set<string>();
  for (const start of flow.starts) {
    for (const match of start.line.matchAll(/[\p{L}\p{N}]*[\uFB00-\uFB06][\p{L}\p{N}]*/gu)) {
      if (reported.has(match[0])) continue;
      reported.add(match[0]);
      const fix = written.includes(match[0]) ? 'the content has this character: write the letters instead' : 'the design\'s font draws it as one character: set font-variant-ligatures: none';
      problem('ligature', `"${match[0]}" (page ${start.page}) is read with a ligature character, so a parser searching for "${match[0].replace(LIGATURE, (ligature) => LIGATURES[ligature]!)}" does not find it; ${fix}`);
    }
  }
  for (const start of flow.starts) {
    for (const match of start.line.matchAll(/[\p{L}\p{N}]+\uFFFD[\p{L}\p{N}]*|\uFFFD[\p{L}\p{N}]+/gu)) {
      if (reported.has(match[0])) continue;
      reported.add(match[0]);
      const fix = /[\uFB00-\uFB06]/u.test(written) ? 'the content has a ligature character: write the letters instead' : "set font-variant-ligatures: none in the design, or use a font whose glyphs all map to text";
      problem('ligature', `"${match[0].replaceAll(UNREADABLE_GLYPH, '?')}" (page ${start.page}) has a glyph with no text behind it inside the word, so a parser reads it with letters missing; ${fix}`);
    }
  }
  const lowerWritten = written.toLocaleLowerCase(language);
  for (const { before, after, page } of flow.breaks) {
    const whole = `${before}${after}`.toLocaleLowerCase(language);
    if (lowerWritten.includes(`${before}-${after}`.toLocaleLowerCase(language)) || !lowerWritten.includes(whole)) continue;
    problem('hyphenation', `"${before}${after}" (page ${page}) is hyphenated across two lines ("${before}-" / "${after}"), so a parser reads two pieces; turn off hyphens: auto in the design`);
  }

  // Text drawn as pictures or outlines leaves a page with little or no text layer.
  const pages = reading.pages.map((page) => ({ number: page.number, characters: page.lines.reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0), images: page.images }));
  for (const page of pages) {
    if (page.characters < 40) problem('text-layer', `page ${page.number} has ${page.characters} characters of text${page.images ? ` and ${page.images} image(s)` : ''}: its text is drawn as ${page.images ? 'an image' : 'outlines'}, which a parser cannot read`);
  }
  const expectedCharacters = written.replace(/\s/g, '').length;
  const readCharacters = flow.text.replace(/\s/g, '').length;
  if (readCharacters < expectedCharacters * 0.9) problem('text-layer', `only ${readCharacters} characters are read, fewer than the ${expectedCharacters} printed: part of the text is not in the text layer`);

  return {
    firstLine,
    email: expected.email && flow.text.includes(expected.email) ? expected.email : undefined,
    phone: expected.phone && flow.text.includes(normalizeSpaces(expected.phone)) ? expected.phone : undefined,
    sections: readOrder,
    lines,
    dates,
    keywords,
    links,
    pages,
    findings,
  };
}
