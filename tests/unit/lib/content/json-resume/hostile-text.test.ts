import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, mdxToMdast, type MdastNode } from 'satteri';
import { unsafeLinksInMdx } from '../../../../../src/lib/content/body-links.ts';
import { checkContentRules } from '../../../../../src/lib/content/content-rules.ts';
import { parseJsonResume, planImport } from '../../../../../src/lib/content/json-resume/import.ts';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { markdownAsMdx } from '../../../../../src/lib/content/mdx-text.ts';
import { writeContentFolder } from '../../../../support/content-fixture.ts';

/**
 * Each way text can make MDX run code, load something, or publish a link that runs code; each sets
 * the canary if it runs. With each, the letters a reader sees: all of them, bar removed addresses.
 */
const PAYLOADS: Record<string, string | { text: string; shows: string }> = {
  'an expression': 'Grew revenue {globalThis.cairnCanary = "expression"} fast.',
  'an expression across lines': 'Led {(() => {\nglobalThis.cairnCanary = "multiline"\n})()} the team.',
  'an MDX comment': 'Shipped it {/* globalThis.cairnCanary = "comment" */} on time.',
  'an import line': 'import fs from "node:fs"\n\nWrote docs.',
  'an export line': 'export const ran = (globalThis.cairnCanary = "export")\n\nWrote docs.',
  'an indented export': '   export const ran = (globalThis.cairnCanary = "indented")',
  'a component': 'See <Chart data={globalThis.cairnCanary = "component"} /> here.',
  'a script tag': '<script>globalThis.cairnCanary = "script"</script>',
  'an event handler': '<img src="x" onerror="globalThis.cairnCanary = \'onerror\'" />',
  'an HTML comment': 'Before <!-- globalThis.cairnCanary --> after.',
  'a javascript: link': { text: 'Read [the **write-up**](javascript:globalThis.cairnCanary="link") today.', shows: 'Read the write-up today.' },
  'a javascript: link by reference': { text: 'Read [the write-up][w].\n\n[w]: javascript:alert(1)', shows: 'Read [the write-up][w].' },
  'a data: image': { text: '![diagram](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)', shows: 'diagram' },
  'a data: address that is not a link': '![diagram](data:image/svg+xml,<svg onload="alert(1)"/>)',
  'an entity-encoded scheme': { text: '[x](javascript&#58;alert(1))', shows: 'x' },
  'a JSX link': '<a href="javascript:alert(1)">x</a>',
  'escaped backticks around braces': 'Use \\`{globalThis.cairnCanary = "ticks"}\\` here.',
  'indented code': '    {globalThis.cairnCanary = "indented code"}',
  'braces in a code span and a fence': 'Use `{a}` and\n```\n{globalThis.cairnCanary = "fence"}\n```',
  'an unclosed fence': '```\n{globalThis.cairnCanary = "unclosed"}',
  'backslash escapes': 'A \\{ brace \\} and \\<tag>.',
  'a template literal': 'Wrote ${globalThis.cairnCanary = "template"} today.',
};

const EXECUTABLE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html']);

function nodeTypes(node: MdastNode): string[] {
  return [(node as { type: string }).type, ...((node as { children?: MdastNode[] }).children ?? []).flatMap(nodeTypes)];
}

/** Runs the MDX as the site would, with a runtime that records the tree, and returns its text. */
async function renderedText(mdx: string): Promise<string> {
  const jsx = (type: unknown, props: unknown) => ({ type, props });
  const module = await evaluate(mdx, { Fragment: 'fragment', jsx, jsxs: jsx });
  const text = (node: unknown): string => {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) return node.map(text).join('');
    if (node && typeof node === 'object' && 'props' in node) return text((node as { props: { children?: unknown } }).props.children);
    return '';
  };
  return text((module['default'] as (props: object) => unknown)({ components: {} }));
}

describe('text from an imported resume', () => {
  afterEach(() => {
    delete (globalThis as { cairnCanary?: unknown }).cairnCanary;
  });

  it.each(Object.entries(PAYLOADS))('is only ever text in MDX: %s', async (_kind, given) => {
    const { text: payload, shows } = typeof given === 'string' ? { text: given, shows: given } : given;
    const mdx = markdownAsMdx(payload);
    const types = nodeTypes(mdxToMdast(mdx) as MdastNode);
    expect(types.filter((type) => EXECUTABLE.has(type))).toEqual([]);
    expect(unsafeLinksInMdx(mdx)).toEqual([]);
    const text = await renderedText(mdx);
    expect((globalThis as { cairnCanary?: unknown }).cairnCanary).toBeUndefined();
    const letters = (value: string) => value.replace(/[^\p{L}]/gu, '');
    expect(letters(text)).toBe(letters(shows));
  });

  it('is imported into every body without running, and passes the check', () => {
    const hostile = Object.values(PAYLOADS)
      .map((payload) => (typeof payload === 'string' ? payload : payload.text))
      .join('\n\n');
    const document = {
      basics: { name: 'Ada Example', summary: hostile },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01', highlights: [`${hostile} `.repeat(2)] }],
      awards: [{ title: 'Prize', summary: hostile }],
      publications: [{ name: 'Paper', summary: hostile }],
      references: [{ name: 'Priya Raman', reference: hostile }],
    };
    const parsed = parseJsonResume(JSON.stringify(document));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const plan = planImport(parsed.document, '2026-11-24');
    const { content, problems } = loadContent(writeContentFolder(Object.fromEntries(plan.files.map((file) => [file.path, file.text]))));
    expect([...problems, ...checkContentRules(content)]).toEqual([]);
    const bodies = Object.values(content).flat().map((entry) => (entry as { body?: string }).body ?? '').filter((body) => body.includes('cairnCanary'));
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    // The one expression left is the import's own prompt to write the story, a comment.
    const PROMPT = /^\{\/\* Imported from JSON Resume\. [^*]*\*\/\}$/m;
    for (const body of bodies) expect(nodeTypes(mdxToMdast(body.replace(PROMPT, '')) as MdastNode).filter((type) => EXECUTABLE.has(type))).toEqual([]);
  });
});
