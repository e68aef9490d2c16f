import matter from 'gray-matter';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';

/**
 * How far YAML aliases (`*name`) may expand, as yaml's `maxAliasCount` counts it. Frontmatter
 * rarely needs an alias at all; a few nested ones ("billion laughs") would otherwise expand a
 * file of a few lines into gigabytes. yaml's own default, written here so it is a decision.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * A content file split into its frontmatter data and body, able to say on which line of the file
 * a field is written. The frontmatter is read with YAML's core schema, so `2024-13-01` stays the
 * text the person wrote (and can be reported) instead of silently becoming 1 January 2025.
 */
export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the field at `path` in the file, or of the nearest parent written there. */
  lineOf(path: readonly PropertyKey[]): number;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** YAML syntax errors, with their lines. */
  syntaxErrors: { line: number; message: string }[];
  /**
   * Frontmatter that is valid YAML but cannot be turned into data (aliases that expand too far),
   * each a whole sentence with a hint. When there is one, `data` is empty.
   */
  readErrors: FrontmatterProblem[];
  /** Values, and a body, that read well but cannot be published as written (control characters), each with its field and line. */
  problems: FrontmatterProblem[];
}

export interface FrontmatterProblem {
  line: number;
  field?: string;
  message: string;
  received?: unknown;
  hint: string;
}

/**
 * Control characters other than tab and line feed: invisible in an editor, refused in HTML and
 * XML (a NUL ends the text of a PDF or a card early), and never meant as text. They reach YAML
 * as written bytes or as escapes such as "\0" and "\a".
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * What reading a file yields, as plain data: what the parsed-file cache keeps between builds. The
 * body is the end of the file's text from `bodyStart` on; `yamlSource` is kept so `lineOf` can
 * read the positions again when a problem needs one.
 */
export interface ParsedParts {
  data: Record<string, unknown>;
  bodyStart: number;
  bodyLine: number;
  yamlSource: string;
  /** Lines of the file before the YAML text starts. */
  offset: number;
  syntaxErrors: ParsedFile['syntaxErrors'];
  readErrors: FrontmatterProblem[];
  problems: FrontmatterProblem[];
}

/** Something that may already know the parts of a text: the parsed-file cache. */
export interface ParsedPartsSource {
  parts(text: string, parse: (text: string) => ParsedParts): ParsedParts;
}

export function parseContentFile(text: string, known?: ParsedPartsSource): ParsedFile {
  const parts = known ? known.parts(text, parseParts) : parseParts(text);
  // Lines are asked for only when there is a problem to report. The parsed document is not kept for
  // them: kept, the documents of a large log held tens of megabytes for as long as the content was in use.
  let positions: ReturnType<typeof readYaml> | undefined;
  return {
    bodyLine: parts.bodyLine,
    data: parts.data,
    body: text.slice(parts.bodyStart),
    syntaxErrors: parts.syntaxErrors,
    readErrors: parts.readErrors,
    problems: parts.problems,
    lineOf: (path) => {
      positions ??= readYaml(parts.yamlSource);
      return lineOfPath(positions.document, positions.lineCounter, path) + parts.offset;
    },
  };
}

export function parseParts(text: string): ParsedParts {
  // gray-matter caches by input text unless given options; pass an engine so each call is fresh.
  let yamlSource = '';
  const file = matter(text, {
    engines: {
      yaml: (source: string) => {
        yamlSource = source;
        return {};
      },
    },
  });
  // Lines of the file before the YAML text starts (the opening `---`, and any blank lines before it).
  const start = yamlSource === '' ? -1 : text.indexOf(yamlSource);
  const offset = start < 0 ? 0 : text.slice(0, start).split('\n').length - 1;
  const { document, lineCounter } = readYaml(yamlSource);
  const syntaxErrors = document.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line + offset,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const readErrors: FrontmatterProblem[] = [];
  let parsed: unknown = {};
  if (syntaxErrors.length === 0) {
    try {
      parsed = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // yaml throws a ReferenceError for an alias bomb (and for an alias it cannot resolve).
      if (!(error instanceof ReferenceError)) throw error;
      const alias = firstAlias(document, lineCounter);
      readErrors.push({
        line: alias.line + offset,
        ...(alias.field ? { field: alias.field } : {}),
        message: /excessive alias/i.test(error.message)
          ? `the frontmatter's aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies of what they repeat`
          : `the frontmatter cannot be read: ${error.message.split('\n')[0]}`,
        hint: 'write the values out instead of repeating them with & and * aliases',
      });
    }
  }
  const problems = syntaxErrors.length === 0 && readErrors.length === 0 ? controlCharacterProblems(document, lineCounter, offset) : [];
  // gray-matter's body is the end of the text as written.
  const bodyStart = text.length - file.content.length;
  const bodyLine = text.slice(0, Math.max(0, bodyStart)).split('\n').length;
  const bodyProblem = bodyControlCharacterProblem(file.content, bodyLine);
  if (bodyProblem) problems.push(bodyProblem);
  const data = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  return { data: data as Record<string, unknown>, bodyStart, bodyLine, yamlSource, offset, syntaxErrors, readErrors, problems };
}

function readYaml(source: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/** Describes a control character as its code point, e.g. `U+0000`. */
function codePointOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One problem for a body with control characters in it, on the first line that has one. */
function bodyControlCharacterProblem(body: string, bodyLine: number): FrontmatterProblem | undefined {
  if (!CONTROL_CHARACTER.test(body.replaceAll('\r\n', '\n'))) return undefined;
  const lines = body.split(/\r?\n/);
  const index = lines.findIndex((line) => CONTROL_CHARACTER.test(line));
  const others = lines.filter((line) => CONTROL_CHARACTER.test(line)).length - 1;
  const line = lines[index]!;
  return {
    line: bodyLine + index,
    field: 'body',
    message: `contains a control character (${codePointOf(CONTROL_CHARACTER.exec(line)![0])}), which an editor does not show and a page, feed or PDF cannot hold${others > 0 ? ` (as do ${others} more line${others > 1 ? 's' : ''})` : ''}`,
    received: line,
    hint: 'delete it, or retype the text if you cannot see where it is',
  };
}

/** One problem for each key or text value of the frontmatter with a control character in it. */
function controlCharacterProblems(document: Document, lineCounter: LineCounter, offset: number): FrontmatterProblem[] {
  const problems: FrontmatterProblem[] = [];
  const check = (node: unknown, at: readonly (string | number)[]) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const character = CONTROL_CHARACTER.exec(node.value)?.[0];
    if (character === undefined) return;
    problems.push({
      line: lineCounter.linePos(node.range?.[0] ?? 0).line + offset,
      field: at.join('.'),
      message: `contains a control character (${codePointOf(character)}), which an editor does not show and a page, feed or PDF cannot hold`,
      received: node.value,
      hint: 'delete it, or retype the text if you cannot see where it is',
    });
  };
  const walk = (node: unknown, at: readonly (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        check(pair.key, [...at, key]);
        walk(pair.value, [...at, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...at, index]));
    } else {
      check(node, at);
    }
  };
  walk(document.contents, []);
  return problems;
}

/** The line of the first alias in the document (where an alias bomb starts to go off), and the top-level field it is in. */
function firstAlias(document: Document, lineCounter: LineCounter): { line: number; field?: string } {
  let offset = 0;
  let field: string | undefined;
  visit(document, {
    Alias(_key, node, path) {
      offset = node.range?.[0] ?? 0;
      const pair = path.find((ancestor) => isPair(ancestor));
      if (isPair(pair) && isScalar(pair.key)) field = String(pair.key.value);
      return visit.BREAK;
    },
  });
  return { line: lineCounter.linePos(offset).line, ...(field !== undefined ? { field } : {}) };
}

function lineOfPath(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  let node: unknown = document.contents;
  let offset = 0;
  const rangeOf = (value: unknown) => (value as { range?: [number, number, number] } | null)?.range;
  offset = rangeOf(node)?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
      if (!pair) break;
      offset = rangeOf(pair.key)?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (item === undefined) break;
      offset = rangeOf(item)?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return lineCounter.linePos(offset).line;
}
