import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintInputs, isUnchanged, listOutputs, readStamp, stampFile, writeStamp, type InputsOfBuild } from '../../../../src/lib/build/build-stamp.ts';

/** A project with content, code, a built dist/ and out/, and a content folder outside it. */
function project() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-stamp-'));
  const files: Record<string, string> = {
    'astro.config.mjs': 'export default {};\n',
    'src/pages/index.astro': '<h1>Home</h1>\n',
    'content/profile.mdx': '---\nname: Ana\n---\n',
    'dist/index.html': '<h1>Home</h1>\n',
    'out/resumes/main.pdf': '%PDF-1.7\n',
    'node_modules/.package-lock.json': '{"packages":{}}\n',
    'node_modules/astro/index.js': 'export {};\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'cairn-stamp-content-'));
  writeFileSync(path.join(elsewhere, 'role.mdx'), '---\ntitle: Engineer\n---\n');
  const inputs: InputsOfBuild = {
    root,
    extraFolders: [elsewhere],
    outputFolders: [path.join(root, 'dist'), path.join(root, 'out')],
    environment: { SITE_URL: 'https://ana.example/', HOME: '/home/ana', CAIRN_TIMINGS: '/tmp/a.jsonl' },
    date: '2026-12-04',
    browser: undefined,
  };
  return { root, elsewhere, inputs, at: (file: string) => path.join(root, file) };
}

describe('the fingerprint of what a build reads', () => {
  it('is the same for the same project, and changes with any file of it or of a content folder elsewhere', () => {
    const { inputs, at, elsewhere } = project();
    const first = fingerprintInputs(inputs);
    expect(fingerprintInputs(inputs)).toBe(first);
    writeFileSync(at('content/profile.mdx'), '---\nname: Ana María\n---\n');
    const afterContent = fingerprintInputs(inputs);
    expect(afterContent).not.toBe(first);
    writeFileSync(path.join(elsewhere, 'role.mdx'), '---\ntitle: Staff Engineer\n---\n');
    expect(fingerprintInputs(inputs)).not.toBe(afterContent);
  });

  it('changes when a file is added, removed or renamed, with the same bytes', () => {
    const { inputs, at } = project();
    const first = fingerprintInputs(inputs);
    writeFileSync(at('src/pages/about.astro'), '');
    const added = fingerprintInputs(inputs);
    expect(added).not.toBe(first);
    rmSync(at('src/pages/about.astro'));
    expect(fingerprintInputs(inputs)).toBe(first);
    rmSync(at('src/pages/index.astro'));
    writeFileSync(at('src/pages/home.astro'), '<h1>Home</h1>\n');
    expect(fingerprintInputs(inputs)).not.toBe(first);
  });

  it('changes with the installed packages, a .env file, the date, and the environment that reaches the build', () => {
    const { inputs, at } = project();
    const first = fingerprintInputs(inputs);
    writeFileSync(at('node_modules/.package-lock.json'), '{"packages":{"astro":{}}}\n');
    const installed = fingerprintInputs(inputs);
    expect(installed).not.toBe(first);
    writeFileSync(at('.env'), 'PUBLIC_ANALYTICS=1\n');
    const dotEnv = fingerprintInputs(inputs);
    expect(dotEnv).not.toBe(installed);
    expect(fingerprintInputs({ ...inputs, date: '2026-12-05' })).not.toBe(dotEnv);
    expect(fingerprintInputs({ ...inputs, environment: { ...inputs.environment, SITE_URL: 'https://ana.example/career/' } })).not.toBe(dotEnv);
    expect(fingerprintInputs({ ...inputs, environment: { ...inputs.environment, PUBLIC_THEME: 'dark' } })).not.toBe(dotEnv);
  });

  it('ignores the output, the packages themselves, where timings go and unrelated variables', () => {
    const { inputs, at } = project();
    const first = fingerprintInputs(inputs);
    writeFileSync(at('dist/index.html'), '<h1>Changed by hand</h1>\n');
    writeFileSync(at('out/resumes/main.pdf'), '%PDF-1.7 other\n');
    writeFileSync(at('node_modules/astro/index.js'), 'export const x = 1;\n');
    expect(fingerprintInputs(inputs)).toBe(first);
    expect(fingerprintInputs({ ...inputs, environment: { ...inputs.environment, HOME: '/home/other', CAIRN_TIMINGS: '/tmp/b.jsonl' } })).toBe(first);
  });

  it('in a git repository, follows git: an ignored file is not an input, an untracked one is', () => {
    const { inputs, at, root } = project();
    if (spawnSync('git', ['init', '-q'], { cwd: root }).status !== 0) return;
    writeFileSync(at('.gitignore'), 'node_modules/\ndist/\nout/\nscratch/\n');
    const first = fingerprintInputs(inputs);
    mkdirSync(at('scratch'));
    writeFileSync(at('scratch/notes.txt'), 'ignored\n');
    expect(fingerprintInputs(inputs)).toBe(first);
    writeFileSync(at('content/new.mdx'), '---\ntitle: New\n---\n');
    expect(fingerprintInputs(inputs)).not.toBe(first);
  });

  it('reads the content folder whole, even the part git ignores', () => {
    const { inputs, at, root } = project();
    if (spawnSync('git', ['init', '-q'], { cwd: root }).status !== 0) return;
    writeFileSync(at('.gitignore'), 'node_modules/\ndist/\nout/\ncontent/journal/\n');
    mkdirSync(at('content/journal'));
    writeFileSync(at('content/journal/goals.mdx'), '---\ngoal: Lead a team\n---\n');
    const withContent = { ...inputs, extraFolders: [...inputs.extraFolders, at('content')] };
    const first = fingerprintInputs(withContent);
    writeFileSync(at('content/journal/goals.mdx'), '---\ngoal: Lead a bigger team\n---\n');
    expect(fingerprintInputs(withContent)).not.toBe(first);
  });
});

describe('the stamp of the last build', () => {
  it('says nothing changed only for the same inputs and the output exactly as the build left it', () => {
    const { inputs, at, root } = project();
    const published = [at('dist'), at('out/resumes')];
    const file = stampFile(path.join(root, 'node_modules/.astro'), at('dist'));
    const fingerprint = fingerprintInputs(inputs);
    writeStamp(file, { inputs: fingerprint, outputs: listOutputs(published), warnings: [] });
    expect(isUnchanged(readStamp(file), fingerprint, published)).toBe(true);
    expect(isUnchanged(readStamp(file), 'another fingerprint', published)).toBe(false);

    // The same size, a new time: someone wrote the file.
    utimesSync(at('dist/index.html'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(isUnchanged(readStamp(file), fingerprint, published)).toBe(false);
    writeStamp(file, { inputs: fingerprint, outputs: listOutputs(published), warnings: [] });
    rmSync(at('out/resumes/main.pdf'));
    expect(isUnchanged(readStamp(file), fingerprint, published)).toBe(false);
    writeStamp(file, { inputs: fingerprint, outputs: listOutputs(published), warnings: [] });
    writeFileSync(at('dist/extra.html'), '');
    expect(isUnchanged(readStamp(file), fingerprint, published)).toBe(false);
  });

  it('is kept per output folder, and a stamp that cannot be read counts as none', () => {
    const { root, at } = project();
    const cache = path.join(root, 'node_modules/.astro');
    expect(stampFile(cache, at('dist'))).not.toBe(stampFile(cache, at('site')));
    const file = stampFile(cache, at('dist'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"version":1,"inputs":');
    expect(readStamp(file)).toBeUndefined();
    expect(isUnchanged(readStamp(file), 'x', [at('dist')])).toBe(false);
    writeFileSync(file, JSON.stringify({ version: 0, inputs: 'x', outputs: {}, warnings: [] }));
    expect(readStamp(file)).toBeUndefined();
  });
});
