import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { withoutUnsafeLinks } from './body-links.ts';

/**
 * Text that came from outside (an imported resume, a harvested message) written into an MDX body
 * as data: what MDX would read as code or markup (`<`, `{`, `}`, a line starting with `import` or
 * `export`) is written as a character reference instead, which MDX shows as the character. Code
 * spans and fenced blocks are left as they are: MDX shows them literally already. Links that
 * would run code (`javascript:`) or embed data lose their address and keep their text.
 */
export function markdownAsMdx(markdown: string): string {
  // A `javascript:` or `data:` link in a downloaded file would be published as one; its text is kept.
  const text = withoutUnsafeLinks(markdown);
  let escaped = '';
  let from = 0;
  for (const [start, end] of literalRanges(text)) {
    escaped += escapeProse(text.slice(from, start)) + text.slice(start, end);
    from = end;
  }
  return escaped + escapeProse(text.slice(from));
}

/**
 * Where the Markdown parser finds code spans and fenced code, which MDX shows literally too.
 * Indented code is not among them: MDX has none, so there it is prose and must be escaped.
 */
function literalRanges(markdown: string): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (node: MdastNode) => {
    const { type, position } = node as { type: string; position?: { start: { offset: number }; end: { offset: number } } };
    const fenced = type === 'code' && position !== undefined && /^ {0,3}(`{3,}|~{3,})/.test(markdown.slice(position.start.offset));
    if (position && (type === 'inlineCode' || fenced)) {
      ranges.push([position.start.offset, position.end.offset]);
      return;
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(markdownToMdast(markdown, { position: true }) as MdastNode);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A line of Markdown as plain text for a one-line field (a bullet, a title): backslash escapes undone. */
export function markdownLineAsText(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}

function escapeProse(text: string): string {
  return text
    // A Markdown backslash escape (`\{`) already meant the character itself, so the reference replaces
    // both; an escaped backslash before it (`\\{`) stays a backslash.
    .replace(/(\\*)([<{}])/g, (_whole, slashes: string, character: string) => `${slashes.slice(slashes.length % 2)}${({ '<': '&lt;', '{': '&#123;', '}': '&#125;' } as Record<string, string>)[character]}`)
    .replace(/^(\s*)(import|export)\b/gm, (_whole, indent: string, word: string) => `${indent}&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** `{/* … *\/}`: an MDX expression that holds only a comment. */
const COMMENT_EXPRESSION = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * An MDX body as the Markdown a reader is meant to see, for outputs that are not MDX (resumes,
 * letters, descriptions and feeds): `import`/`export` lines and author comments (`{/* … *\/}`)
 * removed, found by the MDX parser so a comment-like text in code stays.
 */
export function mdxAsMarkdown(body: string): string {
  const withoutEsm = body.replace(/^\s*(import|export)\s.*$/gm, '');
  // Most bodies have no expression at all, and need no parse.
  if (!withoutEsm.includes('{')) return withoutEsm;
  let tree: MdastNode;
  try {
    tree = mdxToMdast(withoutEsm, { position: true }) as MdastNode;
  } catch {
    return withoutEsm.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
  }
  const comments: [number, number][] = [];
  const visit = (node: MdastNode) => {
    const { type, value, position } = node as { type: string; value?: string; position?: { start: { offset: number }; end: { offset: number } } };
    if ((type === 'mdxFlowExpression' || type === 'mdxTextExpression') && position && COMMENT_EXPRESSION.test(value ?? '')) comments.push([position.start.offset, position.end.offset]);
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
  return comments.toSorted((a, b) => b[0] - a[0]).reduce((text, [start, end]) => text.slice(0, start) + text.slice(end), withoutEsm);
}
