import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { skillLevelWords } from '../../../../../src/lib/model/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { parseJsonResume, planImport } from '../../../../../src/lib/content/json-resume/import.ts';
import { jsonResumeProblems } from '../../../../../src/lib/content/json-resume/schema.ts';
import { toJsonResume } from '../../../../../src/lib/render/resume/json-resume-export.ts';
import { testContext } from '../../../../support/build-context.ts';
import { writeContentFolder } from '../../../../support/content-fixture.ts';

const require = createRequire(import.meta.url);
const packageFolder = path.dirname(require.resolve('@jsonresume/schema/package.json'));
const fixtureFolder = path.resolve(import.meta.dirname, '../../../../fixtures/json-resume');
const SCHEMA = require('@jsonresume/schema/schema.json') as SchemaNode & { definitions: Record<string, SchemaNode> };

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** Every field the schema defines, as `work[].highlights[]`; `meta` is the exporter's own. */
function schemaFields(node: SchemaNode = SCHEMA, prefix = ''): string[] {
  const resolved = node.$ref ? SCHEMA.definitions[node.$ref.split('/').at(-1)!]! : node;
  if (resolved.properties) return Object.entries(resolved.properties).flatMap(([key, child]) => schemaFields(child, prefix ? `${prefix}.${key}` : key));
  if (resolved.items) return resolved.items.properties || resolved.items.$ref ? schemaFields(resolved.items, `${prefix}[]`) : [`${prefix}[]`];
  return [prefix];
}

/** The fields a document fills, in the same notation. */
function filledFields(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => filledFields(item, `${prefix}[]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => filledFields(child, prefix ? `${prefix}.${key}` : key));
  return [prefix];
}

/** Imports a JSON Resume text and exports the resume the person sends (the `resume` audience, phone and address included). */
function importThenExport(text: string) {
  const parsed = parseJsonResume(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const plan = planImport(parsed.document, '2026-11-24', { levelWords: skillLevelWords() });
  const folder = writeContentFolder(Object.fromEntries(plan.files.map((file) => [file.path, file.text])));
  const context = testContext(folder);
  expect(context.load.problems).toEqual([]);
  const { $schema, meta, ...document } = toJsonResume(context.resume(context.defaultLanguage, 'resume', 'general'));
  return document;
}

const FIXTURES = [
  ...readdirSync(fixtureFolder).filter((file) => file.endsWith('.json')).map((file) => path.join(fixtureFolder, file)),
  ...['sample.resume.json', 'examples/career-changer.resume.json', 'examples/new-grad.resume.json', 'examples/senior-engineer.resume.json'].map((file) => path.join(packageFolder, file)),
];

describe('JSON Resume export and import', () => {
  it('has a fixture that fills every field the schema defines', () => {
    const fixture = JSON.parse(readFileSync(path.join(fixtureFolder, 'every-field.json'), 'utf8')) as unknown;
    const filled = new Set(filledFields(fixture));
    expect(schemaFields().filter((field) => !field.startsWith('meta') && field !== '$schema' && !filled.has(field))).toEqual([]);
  });

  it('exports every field of that fixture as it was written, a skill group in Cairn’s own order', () => {
    const text = readFileSync(path.join(fixtureFolder, 'every-field.json'), 'utf8');
    // Cairn orders the skills of a group by its own ranking; which skills and at what level is what must survive.
    const skillsAsSets = (document: { skills?: { keywords?: string[] }[] }) => ({ ...document, skills: document.skills?.map((group) => ({ ...group, keywords: [...(group.keywords ?? [])].sort() })) });
    expect(skillsAsSets(importThenExport(text))).toEqual(skillsAsSets(JSON.parse(text)));
  });

  it.each(FIXTURES.map((file) => [path.relative(path.dirname(fixtureFolder), file).replace(/^.*node_modules\//, ''), file]))('reads back what it exports of %s unchanged, valid against the schema', (_name, file) => {
    const first = importThenExport(readFileSync(file, 'utf8'));
    expect(jsonResumeProblems(first)).toEqual([]);
    expect(importThenExport(JSON.stringify(first))).toEqual(first);
  });
});
