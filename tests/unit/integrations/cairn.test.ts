import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordingLogger } from '../../support/build-context.ts';
import { PROJECT_ROOT } from '../../support/astro-build.ts';
import { mdx, minimalContent, writeContentFolder } from '../../support/content-fixture.ts';

/** Every process the integration forks (the image drawing processes), so a test can see them and end them. */
const forked = vi.hoisted(() => [] as { module: string; child: ChildProcess }[]);
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>();
  const fork = (...args: Parameters<typeof original.fork>) => {
    const child = original.fork(...args);
    forked.push({ module: String(args[0]), child });
    return child;
  };
  return { ...original, fork, default: { ...original, fork } };
});

let cairn: typeof import('../../../src/integrations/cairn.ts').cairn;
beforeAll(async () => {
  // Unit test files share their loaded modules: the integration's are loaded anew, so they fork through the mock.
  vi.resetModules();
  ({ cairn } = await import('../../../src/integrations/cairn.ts'));
});

afterEach(() => {
  for (const { child } of forked.splice(0)) child.kill();
});

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-integration-'));

/** Astro's set-up of the integration for `command`, as far as the end of `astro:config:done`. */
async function setUp(command: 'build' | 'dev', contentDir: string): Promise<void> {
  const integration = cairn({ contentDir, imageCache: scratch(), pdfCache: scratch(), pdfTextCache: scratch(), astroCache: scratch() });
  const added: AstroIntegration[] = [];
  const config = { root: pathToFileURL(`${PROJECT_ROOT}/`), publicDir: pathToFileURL(path.join(PROJECT_ROOT, 'public/')) };
  const updateConfig = (update: { integrations?: AstroIntegration[] }) => added.push(...(update.integrations ?? []));
  await integration.hooks['astro:config:setup']!({ command, config, updateConfig, addMiddleware: () => {}, logger: recordingLogger().logger } as never);
  const stages = added.find((each) => each.name === 'cairn:stages')!;
  await stages.hooks['astro:config:done']!({ config: { base: '/', site: 'https://ada.example' }, logger: recordingLogger().logger } as never);
}

const drawingProcesses = () => forked.filter(({ module }) => module.endsWith('image-drawing-process.ts'));

describe('the cairn integration', () => {
  it('starts drawing the page images once a build is set up, before Astro syncs the content', async () => {
    await setUp('build', writeContentFolder(minimalContent()));
    expect(drawingProcesses()).toHaveLength(1);
  });

  it('draws nothing ahead in astro dev, which makes each image when it is asked for', async () => {
    await setUp('dev', writeContentFolder(minimalContent()));
    expect(drawingProcesses()).toEqual([]);
  });

  it('starts no drawing process for a build whose content fails its check', async () => {
    const broken = writeContentFolder({ ...minimalContent(), 'skills/sql.mdx': mdx('name: SQL\ncategory: Data\nlevel: guru\nsince: 2015') });
    await expect(setUp('build', broken)).rejects.toThrow(/1 problem in your content/);
    expect(drawingProcesses()).toEqual([]);
  });
});
