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
}

export interface FrontmatterProblem {
  line: number;
  field?: string;
  message: string;
  hint: string;
}

export function parseContentFile(text: string): ParsedFile {
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
  // Lines are asked for only when there is a problem to report. The parsed document is not kept for
  // them: kept, the documents of a large log held tens of megabytes for as long as the content was in use.
  let positions: ReturnType<typeof readYaml> | undefined;
  const data = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  const bodyStart = text.length - file.content.length;
  return {
    bodyLine: text.slice(0, Math.max(0, bodyStart)).split('\n').length,
    data: data as Record<string, unknown>,
    body: file.content,
    syntaxErrors,
    readErrors,
    lineOf: (path) => {
      positions ??= readYaml(yamlSource);
      return lineOfPath(positions.document, positions.lineCounter, path) + offset;
    },
  };
}

function readYaml(source: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
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
