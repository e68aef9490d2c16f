import { existsSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import type { Node, Pattern, Program } from 'estree-jsx';
import { mdxToJs } from 'satteri';
import { isPlainMarkdown } from './plain-mdx.ts';

/**
 * What an MDX body refers to that will not be there when the page is rendered: a name in an
 * expression (`{savings}`) that nothing defines, a component (`<Chart />`) that is neither
 * imported nor exported, an `import` or a picture (`![…](./chart.png)`) whose file does not
 * exist. The MDX compiler accepts all of these; the build then stops, with a stack trace, when
 * Rolldown resolves the imports or when the page runs. Found here from the syntax tree, without
 * running anything, so `npm run check` names each with its line.
 */
export interface MdxReferenceProblem {
  /** 1-based line in the whole file. */
  line: number;
  message: string;
  hint: string;
}

/** Names an MDX body may use without defining them: what Astro's MDX module and MDX's own function provide. */
const PROVIDED_NAMES = new Set(['props', 'frontmatter', 'getHeadings', 'url', 'file', 'Content', 'MDXContent', 'Fragment', 'arguments']);

/** Extensions Vite tries for an import written without one (and `.mdx`, `.md`, `.astro`, which Astro adds). */
const IMPORT_EXTENSIONS = ['.mdx', '.md', '.astro', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

interface Collected {
  /** Names imported or exported by the body's `import`/`export` lines: defined everywhere in it. */
  moduleNames: Set<string>;
  /** Whether the body exports `components`, which Astro passes to every tag: tags are then not checked. */
  exportsComponents: boolean;
  imports: { source: string; line: number; kind: 'import' | 'image' }[];
  programs: { program: Program; line: number; text: string }[];
  tags: { name: string; line: number }[];
  attributes: { expression: string; line: number }[];
}

/** Byte offset `offset` of `text` (the parser counts bytes) as a count of line breaks before it. */
function linesBefore(text: string, offset: number): number {
  const bytes = Buffer.from(text);
  let count = 0;
  for (let index = 0; index < Math.min(offset, bytes.length); index++) if (bytes[index] === 0x0a) count++;
  return count;
}

/** Every name a pattern (`a`, `{ a, b: [c] }`, `...rest`, `a = 1`) binds. */
function patternNames(pattern: Pattern | null | undefined, into: Set<string>): void {
  if (!pattern) return;
  switch (pattern.type) {
    case 'Identifier':
      into.add(pattern.name);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties) patternNames(property.type === 'RestElement' ? property.argument : property.value, into);
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) patternNames(element, into);
      break;
    case 'RestElement':
      patternNames(pattern.argument, into);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, into);
      break;
    default:
      break;
  }
}

/** Every name a node binds anywhere inside it (variables, functions, classes, parameters, imports), whatever its scope. */
function boundNames(root: Node): Set<string> {
  const names = new Set<string>();
  walk(root, (node) => {
    switch (node.type) {
      case 'VariableDeclarator':
        patternNames(node.id, names);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if ('id' in node && node.id) names.add(node.id.name);
        for (const parameter of node.params) patternNames(parameter, names);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (node.id) names.add(node.id.name);
        break;
      case 'CatchClause':
        patternNames(node.param, names);
        break;
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        names.add(node.local.name);
        break;
      default:
        break;
    }
  });
  return names;
}

/** Visits every node under `root`, telling each its parent and the key it is under. */
function walk(root: Node, visit: (node: Node, parent: Node | undefined, key: string | undefined) => void): void {
  const stack: [Node, Node | undefined, string | undefined][] = [[root, undefined, undefined]];
  while (stack.length > 0) {
    const [node, parent, key] = stack.pop()!;
    visit(node, parent, key);
    for (const [childKey, value] of Object.entries(node)) {
      if (childKey === 'parent') continue;
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') stack.push([child as Node, node, childKey]);
      }
    }
  }
}

/** Whether an Identifier under `parent.key` reads a variable (`a` in `a.b`), rather than naming a property or label (`b`). */
function isReference(parent: Node | undefined, key: string | undefined): boolean {
  if (!parent) return true;
  const computed = (parent as { computed?: boolean }).computed === true;
  switch (parent.type) {
    case 'MemberExpression':
      return key !== 'property' || computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key !== 'key' || computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return key !== 'label';
    case 'ImportSpecifier':
      return false;
    case 'ExportSpecifier':
      return key === 'local';
    case 'ExportAllDeclaration':
    case 'MetaProperty':
      return false;
    case 'UnaryExpression':
      // `typeof name` is the one read of an undefined name that does not throw.
      return parent.operator !== 'typeof';
    default:
      return true;
  }
}

/** A tag name MDX renders as a component to be found, rather than as an HTML element: `Chart`, `charts.Bar`. The name it must find is returned. */
function componentName(name: string): string | undefined {
  if (name.includes('.')) return name.split('.')[0];
  if (/^[a-z]/.test(name) || name.includes('-') || name.includes(':')) return undefined;
  return name;
}

/** Names that are read in `program` and that neither it, the body's imports and exports, nor JavaScript define; and its tags. */
function readNames(program: Program): { identifiers: { name: string; start: number }[]; tags: { name: string; start: number }[] } {
  const identifiers: { name: string; start: number }[] = [];
  const tags: { name: string; start: number }[] = [];
  walk(program, (node, parent, key) => {
    if (node.type === 'Identifier' && isReference(parent, key)) identifiers.push({ name: node.name, start: (node as { start?: number }).start ?? 0 });
    if (node.type === 'JSXOpeningElement') {
      const tag = node.name;
      const written = tag.type === 'JSXIdentifier' ? tag.name : tag.type === 'JSXMemberExpression' ? jsxMemberRoot(tag) : undefined;
      if (written !== undefined) tags.push({ name: written, start: (node as { start?: number }).start ?? 0 });
    }
  });
  return { identifiers, tags };
}

function jsxMemberRoot(tag: Node): string | undefined {
  let object: Node = tag;
  while (object.type === 'JSXMemberExpression') object = object.object;
  return object.type === 'JSXIdentifier' ? `${object.name}.` : undefined;
}

/** Whether an import (or a picture) at `source`, written in a file in `folder`, resolves to something, as Vite would resolve it. */
export function importResolves(source: string, folder: string, root: string): boolean {
  const written = source.replace(/[?#].*$/, '');
  if (written === '' || /^(?:astro|virtual|node|data|https?):/.test(written) || isBuiltin(written)) return true;
  const candidates: string[] = [];
  if (written.startsWith('/')) candidates.push(path.join(root, written), written);
  else candidates.push(path.resolve(folder, written));
  if (!written.startsWith('.') && !written.startsWith('/') && packageExists(written, folder, root)) return true;
  return candidates.some(fileResolves);
}

function fileResolves(candidate: string): boolean {
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  if (isFile(candidate)) return true;
  // Vite reads a `.js` import as the `.ts` beside it (Astro's MDX modules are TypeScript).
  const script = /\.(m?)js(x?)$/.exec(candidate);
  if (script && isFile(candidate.replace(/\.(m?)js(x?)$/, `.${script[1]}ts${script[2]}`))) return true;
  if (IMPORT_EXTENSIONS.some((extension) => isFile(candidate + extension))) return true;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    return existsSync(path.join(candidate, 'package.json')) || IMPORT_EXTENSIONS.some((extension) => isFile(path.join(candidate, `index${extension}`)));
  }
  return false;
}

/** Whether the package an import names (`chart-kit`, `@scope/kit/sub`) is installed where Node would look for it. */
function packageExists(specifier: string, folder: string, root: string): boolean {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  for (const start of [folder, root]) {
    for (let current = start; ; current = path.dirname(current)) {
      if (existsSync(path.join(current, 'node_modules', name, 'package.json'))) return true;
      if (path.dirname(current) === current) break;
    }
  }
  return false;
}

/** Parses each expression written as an attribute value (`<Chart data={rows} />`), which the compiler passes as text. */
function attributePrograms(attributes: Collected['attributes']): Collected['programs'] {
  const programs: Collected['programs'] = [];
  for (const { expression, line } of attributes) {
    // `...rest` is a spread attribute; an object spread says the same and parses as an expression.
    const text = expression.trimStart().startsWith('...') ? `({${expression}})` : `(${expression})`;
    try {
      mdxToJs(`{${text}}`, {
        hastPlugins: [
          {
            name: 'cairn-attribute-expression',
            mdxFlowExpression(node) {
              const program = node.parseExpression();
              if (program) programs.push({ program, line, text: '' });
            },
          },
        ],
      });
    } catch {
      // The body compiled, so this does too; if not, the compiler's own message is the one to show.
    }
  }
  return programs;
}

/**
 * The references in an MDX body that would fail when the site is built. `firstLine` is the file
 * line the body starts on; `file` is the body's file, whose folder imports are read from; `root`
 * is the project, which an import starting with `/` is read from. Throws what the MDX compiler
 * throws for a body that is not valid MDX.
 */
export function findMdxReferenceProblems(body: string, firstLine: number, file: string, root = process.cwd()): MdxReferenceProblem[] {
  if (isPlainMarkdown(body)) return [];
  const collected: Collected = { moduleNames: new Set(), exportsComponents: false, imports: [], programs: [], tags: [], attributes: [] };
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;
  mdxToJs(body, {
    hastPlugins: [
      {
        name: 'cairn-references',
        options: { position: true },
        mdxjsEsm(node) {
          const program = node.parseExpression();
          if (!program) return;
          for (const statement of program.body) {
            const statementLine = lineOf(node) + linesBefore(node.value, (statement as { start?: number }).start ?? 0);
            if ((statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration') && statement.source) {
              collected.imports.push({ source: String(statement.source.value), line: statementLine, kind: 'import' });
            }
            if (statement.type === 'ExportNamedDeclaration') {
              const declaration = statement.declaration;
              const exported = new Set<string>();
              if (declaration?.type === 'VariableDeclaration') for (const declarator of declaration.declarations) patternNames(declarator.id, exported);
              if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id) exported.add(declaration.id.name);
              for (const name of exported) collected.moduleNames.add(name);
              if (exported.has('components') || statement.specifiers.some((specifier) => specifier.exported.type === 'Identifier' && specifier.exported.name === 'components')) collected.exportsComponents = true;
            }
          }
          for (const name of boundNames(program)) collected.moduleNames.add(name);
          collected.programs.push({ program, line: lineOf(node), text: node.value });
        },
        mdxFlowExpression(node) {
          const program = node.parseExpression();
          if (program) collected.programs.push({ program, line: lineOf(node), text: node.value });
        },
        mdxTextExpression(node) {
          const program = node.parseExpression();
          if (program) collected.programs.push({ program, line: lineOf(node), text: node.value });
        },
        mdxJsxFlowElement: { filter: [], visit: (node) => collectTag(node, lineOf(node), collected) },
        mdxJsxTextElement: { filter: [], visit: (node) => collectTag(node, lineOf(node), collected) },
        element: {
          filter: ['img'],
          visit(node) {
            const source = node.properties?.['src'];
            if (typeof source !== 'string' || URL.canParse(source) || source.startsWith('/')) return;
            collected.imports.push({ source: safeDecodeUri(source), line: lineOf(node), kind: 'image' });
          },
        },
      },
    ],
  });
  collected.programs.push(...attributePrograms(collected.attributes));

  const problems: MdxReferenceProblem[] = [];
  const reported = new Set<string>();
  const defined = (name: string, local: Set<string>) => local.has(name) || collected.moduleNames.has(name) || PROVIDED_NAMES.has(name) || name in globalThis;
  const report = (key: string, problem: MdxReferenceProblem) => {
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ ...problem, line: firstLine + problem.line - 1 });
  };
  const reportTag = (written: string, line: number, local: Set<string>) => {
    const member = written.endsWith('.');
    const name = member ? written.slice(0, -1) : componentName(written);
    if (name === undefined || defined(name, local) || (collected.exportsComponents && !member)) return;
    report(`tag:${name}`, {
      line,
      message: `the tag <${member ? `${name}.…` : name}> is a component, and this file neither imports nor exports one called ${name}`,
      hint: `import it, e.g. import ${name} from './${name}.astro'; write the tag in lowercase if you meant HTML, or as &lt;${name}&gt; to show it as text`,
    });
  };

  for (const { program, line, text } of collected.programs) {
    const local = boundNames(program);
    const { identifiers, tags } = readNames(program);
    for (const { name, start } of identifiers) {
      if (defined(name, local)) continue;
      report(`name:${name}`, {
        line: line + linesBefore(text, start),
        message: `uses ${name}, which nothing in this file defines, so its page cannot be built ("${name} is not defined")`,
        hint: `define it in an export line, e.g. export const ${name} = …; or write { as &#123; to show the braces as text`,
      });
    }
    for (const { name, start } of tags) reportTag(name, line + linesBefore(text, start), local);
  }
  for (const { name, line } of collected.tags) reportTag(name, line, new Set());

  const folder = path.dirname(file);
  for (const { source, line, kind } of collected.imports) {
    if (importResolves(source, folder, root)) continue;
    const target = path.resolve(folder, source.replace(/[?#].*$/, ''));
    const shown = path.relative(root, target).startsWith('..') ? target : path.relative(root, target);
    report(`import:${source}`, {
      line,
      message:
        kind === 'image'
          ? `shows the picture "${source}", and there is no such file (${shown})`
          : /^[./]/.test(source)
            ? `imports "${source}", and there is no such file (${shown})`
            : `imports "${source}", which is neither a file beside this one nor an installed package`,
      hint: kind === 'image' ? 'a picture is read from beside this file; fix the path, or put the picture in public/ and write its path from /' : 'an import is read from beside this file; fix the path, or remove the import',
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function collectTag(node: { name: string | null; attributes: readonly { type: string; value?: unknown }[] }, line: number, collected: Collected): void {
  if (node.name) collected.tags.push({ name: node.name.includes('.') ? `${node.name.split('.')[0]}.` : node.name, line });
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' && typeof attribute.value === 'string') collected.attributes.push({ expression: attribute.value, line });
    const value = attribute.value as { type?: string; value?: unknown } | undefined;
    if (attribute.type === 'mdxJsxAttribute' && value && typeof value === 'object' && value.type === 'mdxJsxAttributeValueExpression' && typeof value.value === 'string') {
      collected.attributes.push({ expression: value.value, line });
    }
  }
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
