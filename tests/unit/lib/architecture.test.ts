import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/lib is grouped by pipeline stage. A stage may use the stages before it, never one after it,
 * so the folders read in the order the data flows and a change to a late stage cannot break an
 * early one. `build/` holds the plumbing every stage may use and imports no other stage.
 */
const STAGE_ORDER = ['build', 'content', 'model', 'render', 'print', 'privacy', 'stages', 'gates', 'career', 'bench'] as const;

const LIB = path.resolve(import.meta.dirname, '../../../src/lib');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

interface Import {
  target: string;
  /** `import type` only: erased when the code runs, so it can make no cycle at load time. */
  typeOnly: boolean;
}

/** The modules of src/lib a file imports, with whether each import is for types only. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?\sfrom\s+'(\.[^']+)'/gms)) {
    const target = path.resolve(path.dirname(file), match[3]!);
    if (target.startsWith(LIB + path.sep)) found.push({ target, typeOnly: Boolean(match[2]) });
  }
  return found;
}

const stageOf = (file: string) => path.relative(LIB, file).split(path.sep)[0]!;
const shown = (file: string) => path.relative(LIB, file);
const files = sourceFiles(LIB);

describe('src/lib', () => {
  it('keeps every module in a folder named after a pipeline stage', () => {
    expect(files.filter((file) => !(STAGE_ORDER as readonly string[]).includes(stageOf(file))).map(shown)).toEqual([]);
  });

  it('never imports from a later stage than its own', () => {
    const backward = files.flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => STAGE_ORDER.indexOf(stageOf(target) as never) > STAGE_ORDER.indexOf(stageOf(file) as never))
        .map(({ target }) => `${shown(file)} → ${shown(target)}`),
    );
    expect(backward).toEqual([]);
  });

  it('has no import cycle among the modules that load at run time', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file).filter((item) => !item.typeOnly).map((item) => item.target)]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(shown).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('reads no environment variable: options arrive as arguments', () => {
    expect(files.filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8'))).map(shown)).toEqual([]);
  });
});

describe('src', () => {
  const SRC = path.resolve(LIB, '..');
  const everyFile = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? everyFile(full) : /\.(ts|astro|mjs)$/.test(name) ? [full] : [];
    });

  // Astro copies into a module that reads `import.meta.env` whole every environment variable whose
  // name appears in its text (`_` among them): its code, and every page's cache key, then change with
  // the shell a build was started from.
  it('reads import.meta.env one named value at a time', () => {
    const whole = everyFile(SRC).filter((file) => /\bimport\.meta\.env\b(?!\.)/.test(readFileSync(file, 'utf8')));
    expect(whole.map((file) => path.relative(SRC, file))).toEqual([]);
  });
});
