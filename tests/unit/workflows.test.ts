import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/astro-build.ts';

/**
 * The deploy workflows' promises (docs/deploying.md): the career repository stays private and only
 * the verified dist/ goes public. Each workflow installs from the lockfile, restores Cairn's and
 * Astro's caches, runs check, build and verify before anything leaves the runner, and uploads or
 * pushes dist/ alone, never out/ (the resumes sent directly) nor the source.
 */

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'continue-on-error'?: unknown;
}

interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  outputs?: Record<string, string>;
  steps?: Step[];
  'continue-on-error'?: unknown;
}

interface Workflow {
  name: string;
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const FOLDER = path.join(PROJECT_ROOT, '.github', 'workflows');
const files = readdirSync(FOLDER)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const workflows = files.map((file) => ({ file, workflow: parse(readFileSync(path.join(FOLDER, file), 'utf8')) as Workflow }));
const deploying = readFileSync(path.join(PROJECT_ROOT, 'docs', 'deploying.md'), 'utf8');

/** The caches Cairn keeps between builds, by the folder names the build options give them. */
const CAIRN_CACHES = [...readFileSync(path.join(PROJECT_ROOT, 'src', 'lib', 'build', 'options.ts'), 'utf8').matchAll(/cacheFolder\('([^']+)'\)/g)].map((match) => `node_modules/.cache/${match[1]}`);
const ASTRO_CACHE = 'node_modules/.astro';

/** `actions/cache/restore` for `actions/cache/restore@v5`. */
const action = (step: Step) => step.uses?.replace(/@.*$/, '');

/** Whether a step's script runs `command` as a command of its own (`npm run check`, not `npm run check:code`). */
function runs(step: Step, command: string): boolean {
  const escaped = command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[\\s;&|(])${escaped}(?=$|[\\s;&|)])`, 'm').test(step.run ?? '');
}

const UPLOAD_ACTIONS = new Set(['actions/upload-pages-artifact', 'actions/deploy-pages', 'actions/upload-artifact']);
const UPLOAD_COMMAND = /\bgit\s+push\b|\bwrangler\b|\bnetlify(-cli)?(@\S+)?\s+deploy\b|\brsync\b|\bscp\b|\bcurl\b[^\n]*\s(-T|--upload-file|--data-binary)\b|\baws\s+s3\b|\bgh-pages\b/;

/** A step that sends files off the runner: to Pages, to another job, to a host or to a repository. */
const uploads = (step: Step) => UPLOAD_ACTIONS.has(action(step) ?? '') || UPLOAD_COMMAND.test(step.run ?? '');

const steps = (job: Job) => job.steps ?? [];
const needsOf = (job: Job) => (job.needs === undefined ? [] : typeof job.needs === 'string' ? [job.needs] : job.needs);

/** The jobs `name` waits for, directly or through others. */
function ancestors(workflow: Workflow, name: string, seen = new Set<string>()): Set<string> {
  for (const need of needsOf(workflow.jobs[name]!)) {
    if (seen.has(need)) continue;
    seen.add(need);
    ancestors(workflow, need, seen);
  }
  return seen;
}

/** The job that builds the site: the one that runs `npm run build`. */
function buildJob(workflow: Workflow): [string, Job] | undefined {
  return Object.entries(workflow.jobs).find(([, job]) => steps(job).some((step) => runs(step, 'npm run build')));
}

/** A `with:` value written as `${{ env.NAME }}`, read from the workflow's (or job's, or step's) env. */
function resolved(workflow: Workflow, value: unknown): string {
  const text = String(value ?? '');
  const reference = /^\$\{\{\s*env\.(\w+)\s*\}\}$/.exec(text.trim());
  return reference ? String(workflow.env?.[reference[1]!] ?? '') : text;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim().replace(/\/+$/, ''))
    .filter(Boolean);

const publishing = workflows.filter(({ workflow }) => Object.values(workflow.jobs).some((job) => steps(job).some(uploads)));

describe('the workflows in .github/workflows', () => {
  it('include the four ways to publish that docs/deploying.md describes', () => {
    expect(publishing.map(({ file }) => file)).toEqual(expect.arrayContaining(['deploy.yml', 'deploy-public-repository.yml', 'deploy-cloudflare.yml', 'deploy-netlify.yml']));
  });

  it('pin every action to a major version', () => {
    const loose = workflows.flatMap(({ file, workflow }) =>
      Object.values(workflow.jobs)
        .flatMap(steps)
        .filter((step) => step.uses !== undefined && !step.uses.startsWith('./') && !/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*@v\d+$/.test(step.uses))
        .map((step) => `${file}: ${step.uses}`),
    );
    expect(loose).toEqual([]);
  });

  it('install from the lockfile with npm ci, never npm install', () => {
    for (const { file, workflow } of workflows) {
      const all = Object.values(workflow.jobs).flatMap(steps);
      expect(
        all.filter((step) => /\bnpm\s+(install|i|add)\b/.test(step.run ?? '')).map((step) => step.run),
        file,
      ).toEqual([]);
      for (const job of Object.values(workflow.jobs)) {
        const npmRun = steps(job).findIndex((step) => /\bnpm\s+run\b/.test(step.run ?? ''));
        if (npmRun === -1) continue;
        const install = steps(job).findIndex((step) => runs(step, 'npm ci'));
        expect(install, `${file}: npm ci before the first npm run`).toBeGreaterThanOrEqual(0);
        expect(install, `${file}: npm ci before the first npm run`).toBeLessThan(npmRun);
      }
    }
  });

  it('never keep a token that could push this repository', () => {
    for (const { file, workflow } of workflows) {
      expect(workflow.permissions, file).toEqual({ contents: 'read' });
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(typeof job.permissions === 'object' ? job.permissions.contents : undefined, `${file}: ${name}`).not.toBe('write');
        for (const step of steps(job).filter((step) => action(step) === 'actions/checkout')) {
          expect(step.with?.['persist-credentials'], `${file}: ${name} checks out with persist-credentials: false`).toBe(false);
        }
      }
    }
  });
});

describe.each(publishing)('$file', ({ file, workflow }) => {
  const [buildName, build] = buildJob(workflow) ?? ['', { steps: [] }];
  const buildSteps = steps(build);
  const at = (predicate: (step: Step) => boolean) => buildSteps.findIndex(predicate);
  const install = at((step) => runs(step, 'npm ci'));
  const check = at((step) => runs(step, 'npm run check'));
  const built = at((step) => runs(step, 'npm run build'));
  const verify = at((step) => runs(step, 'npm run verify'));

  it('runs npm ci, then check, build and verify, in that order, none allowed to fail', () => {
    expect(buildName, `${file} has a job that runs npm run build`).not.toBe('');
    expect(
      [install, check, built, verify].every((index) => index >= 0),
      `npm ci ${install}, check ${check}, build ${built}, verify ${verify}`,
    ).toBe(true);
    expect(install).toBeLessThan(check);
    expect(check).toBeLessThan(built);
    expect(built).toBeLessThan(verify);
    for (const index of [install, check, built, verify]) {
      expect(buildSteps[index]!['continue-on-error'], buildSteps[index]!.run).toBeUndefined();
      expect(buildSteps[index]!.if, buildSteps[index]!.run).toBeUndefined();
    }
    expect(build['continue-on-error']).toBeUndefined();
  });

  it('uploads, deploys or pushes nothing before verify has passed', () => {
    const early = buildSteps.filter((step, index) => uploads(step) && index < verify);
    expect(early.map((step) => step.name ?? step.uses ?? step.run)).toEqual([]);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const sending = steps(job).filter(uploads);
      // A step that runs even when an earlier one failed could send an unverified site.
      expect(
        sending.filter((step) => /always\(\)|failure\(\)|cancelled\(\)/.test(step.if ?? '')).map((step) => step.name),
        `${file}: ${name}`,
      ).toEqual([]);
      if (name === buildName || sending.length === 0) continue;
      expect(ancestors(workflow, name).has(buildName), `${file}: ${name} waits for ${buildName}`).toBe(true);
      expect(job.if ?? '', `${file}: ${name} runs only when ${buildName} succeeded`).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    }
  });

  it('sends dist/ alone: never out/, never the source', () => {
    const all = Object.entries(workflow.jobs).flatMap(([name, job]) => steps(job).map((step) => ({ name, step })));
    const distArtifacts = new Set<string>();
    for (const { name, step } of all) {
      const kind = action(step);
      if (kind === 'actions/upload-pages-artifact' || kind === 'actions/upload-artifact') {
        expect(String(step.with?.path).replace(/^\.\/|\/+$/g, ''), `${file}: ${name} uploads dist`).toBe('dist');
        if (kind === 'actions/upload-artifact') distArtifacts.add(String(step.with?.name));
      }
    }
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name === buildName) continue;
      const sending = steps(job).filter((step) => uploads(step) && action(step) !== 'actions/deploy-pages');
      if (sending.length === 0) continue;
      // The job that sends the site has only what the build job handed it: dist/.
      expect(
        steps(job).filter((step) => action(step) === 'actions/checkout'),
        `${file}: ${name} never checks out the source`,
      ).toEqual([]);
      const downloads = steps(job).filter((step) => action(step) === 'actions/download-artifact');
      expect(downloads.length, `${file}: ${name} downloads the verified dist/`).toBeGreaterThan(0);
      for (const download of downloads) {
        expect(distArtifacts.has(String(download.with?.name)), `${file}: ${name} downloads ${download.with?.name}`).toBe(true);
        expect(String(download.with?.path).replace(/^\.\/|\/+$/g, '')).toBe('dist');
      }
      for (const step of sending) {
        const script = step.run ?? '';
        if (/\bwrangler\b/.test(script)) expect(script, `${file}: wrangler deploys dist`).toMatch(/\bpages\s+deploy\s+dist(?=\s|$)/);
        if (/\bnetlify\b/.test(script)) expect(script, `${file}: netlify deploys dist`).toMatch(/\s--dir[= ]dist(?=\s|$)/);
        if (/\bgit\s+push\b/.test(script)) {
          // A repository made on the spot from a copy of dist/: no history and no file of the source.
          expect(script).toMatch(/\bgit\s+init\b/);
          expect(script).toMatch(/\bcp\s+-R\s+dist\/\.\s/);
        }
      }
    }
    const mentionsOut = all.filter(({ step }) => /(^|[\s'"=:])(\.\/)?out(\/|$|\s)/m.test(`${step.run ?? ''}\n${Object.values(step.with ?? {}).join('\n')}`));
    expect(mentionsOut.map(({ name, step }) => `${name}: ${step.name ?? step.uses}`)).toEqual([]);
  });

  it('restores Cairn’s and Astro’s caches after npm ci and saves them once the build has passed', () => {
    expect(CAIRN_CACHES.length).toBeGreaterThanOrEqual(3);
    const restore = at((step) => action(step) === 'actions/cache/restore' || action(step) === 'actions/cache');
    expect(restore, 'a cache restore step').toBeGreaterThanOrEqual(0);
    // npm ci empties node_modules/, where the caches live.
    expect(restore).toBeGreaterThan(install);
    expect(restore).toBeLessThan(built);
    const restored = lines(resolved(workflow, buildSteps[restore]!.with?.path));
    expect(restored).toEqual(expect.arrayContaining([...CAIRN_CACHES, ASTRO_CACHE]));
    // The project's .astro/ is written afresh by each build; an old copy could list modules the content store no longer has.
    expect(restored.filter((folder) => /^(\.\/)?\.astro\/?$/.test(folder))).toEqual([]);
    const key = String(buildSteps[restore]!.with?.key ?? '');
    expect(buildSteps[restore]!.with?.['restore-keys'], 'a run restores the last run’s caches').toBeTruthy();
    if (action(buildSteps[restore]!) === 'actions/cache/restore') {
      const save = at((step) => action(step) === 'actions/cache/save');
      expect(save, 'a cache save step after the build').toBeGreaterThan(built);
      expect(lines(resolved(workflow, buildSteps[save]!.with?.path))).toEqual(restored);
      const restoreId = buildSteps[restore]!.id;
      expect(String(buildSteps[save]!.with?.key)).toBe(restoreId ? `\${{ steps.${restoreId}.outputs.cache-primary-key }}` : key);
    }
    // A key new to each run, so each run saves what it drew; the prefix finds the last one.
    expect(key).toMatch(/github\.run_id/);
  });

  it('takes Node from .nvmrc and gives Chromium to the build and to verify, with the same site address', () => {
    const node = buildSteps.find((step) => action(step) === 'actions/setup-node');
    expect(node?.with?.['node-version-file']).toBe('.nvmrc');
    const chrome = buildSteps.findIndex((step) => action(step) === 'browser-actions/setup-chrome');
    expect(chrome).toBeGreaterThanOrEqual(0);
    expect(chrome).toBeLessThan(built);
    const chromePath = `\${{ steps.${buildSteps[chrome]!.id}.outputs.chrome-path }}`;
    expect(buildSteps[built]!.env?.CHROME_PATH).toBe(chromePath);
    expect(buildSteps[verify]!.env?.CHROME_PATH).toBe(chromePath);
    for (const variable of ['SITE_URL', 'BASE_PATH']) expect(buildSteps[verify]!.env?.[variable], variable).toBe(buildSteps[built]!.env?.[variable]);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name === buildName) continue;
      for (const step of steps(job).filter((step) => action(step) === 'actions/setup-node')) {
        const output = /^\$\{\{\s*needs\.(\w+)\.outputs\.([\w-]+)\s*\}\}$/.exec(String(step.with?.['node-version']));
        expect(output, `${file}: ${name} runs the Node the build ran`).not.toBeNull();
        expect(build.outputs?.[output![2]!]).toBe(`\${{ steps.${node!.id}.outputs.node-version }}`);
      }
    }
  });

  it('keeps secrets out of the job that runs the source’s dependencies', () => {
    expect(JSON.stringify(build)).not.toMatch(/secrets\./);
  });

  it('names every secret and variable it reads in docs/deploying.md', () => {
    const text = readFileSync(path.join(FOLDER, file), 'utf8');
    const names = new Set([...text.matchAll(/\b(?:secrets|vars)\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]!));
    expect([...names].filter((name) => !deploying.includes(name))).toEqual([]);
    expect(deploying).toContain(file);
  });
});

describe('choosing one way to publish', () => {
  /** The value of CAIRN_DEPLOY that turns each workflow on when main is pushed. */
  const choices = publishing.map(({ file, workflow }) => {
    const condition = buildJob(workflow)?.[1].if ?? '';
    return { file, condition, values: [...condition.matchAll(/vars\.CAIRN_DEPLOY\s*==\s*'([^']*)'/g)].map((match) => match[1]!) };
  });

  it('runs each workflow only when the repository variable CAIRN_DEPLOY names it, or by hand', () => {
    for (const { file, condition, values } of choices) {
      expect(values.length, `${file}: ${condition}`).toBeGreaterThan(0);
      expect(condition, file).toContain("github.event_name == 'workflow_dispatch'");
    }
    const all = choices.flatMap(({ values }) => values);
    expect(new Set(all).size).toBe(all.length);
  });

  it('publishes to GitHub Pages alone while CAIRN_DEPLOY is unset, and documents every value', () => {
    expect(choices.filter(({ values }) => values.includes('')).map(({ file }) => file)).toEqual(['deploy.yml']);
    for (const value of choices.flatMap(({ values }) => values).filter(Boolean)) expect(deploying).toContain(`\`${value}\``);
  });
});
