import type { LoaderContext } from 'astro/loaders';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cairnLoader, translationsLoader } from '../../../src/integrations/content-loader.ts';
import { resolveOptions } from '../../../src/lib/build/options.ts';
import type { LoadResult } from '../../../src/lib/content/load-content.ts';
import { startBuildSession } from '../../../src/lib/stages/build-session.ts';
import { COLLECTION_NAMES } from '../../../src/schemas/index.ts';

type Stored = Parameters<LoaderContext['store']['set']>[0];

const ROOT = '/site';
const options = resolveOptions({ contentDir: 'content' }, {}, ROOT);

/** A read of the content with these accomplishments (bodies and translated bodies), as the reader returns it. */
function readWith(entries: readonly { id: string; body: string; bodies?: Record<string, string>; visibility?: string }[]): LoadResult {
  const empty = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []]));
  const roles = [{ collection: 'roles', id: 'acme', data: { visibility: 'public' }, raw: {}, body: '', bodies: {}, bodyFiles: {} }];
  const accomplishments = entries.map(({ id, body, bodies = {}, visibility = 'public' }) => ({
    collection: 'accomplishments',
    id,
    file: `content/accomplishments/${id}.mdx`,
    absolute: `${ROOT}/content/accomplishments/${id}.mdx`,
    data: { title: id, role: 'acme', skills: [], visibility },
    raw: { title: id },
    body,
    bodies,
    bodyFiles: Object.fromEntries(Object.keys(bodies).map((language) => [language, `${ROOT}/content/accomplishments/${id}.${language}.mdx`])),
    lineOf: () => 1,
  }));
  return { content: { ...empty, roles, accomplishments }, problems: [], profileFrontmatter: undefined } as unknown as LoadResult;
}

/** A loader context whose store keeps what was saved and the MDX modules it lists, and a Markdown renderer that can fail. */
function fakeContext(render: (body: string) => Promise<string> = async (body) => `<p>${body}</p>\n`, root = ROOT) {
  const saved = new Map<string, Stored>();
  const moduleImports: string[] = [];
  const store = {
    // As Astro's store does: an MDX body to compile joins the list of modules.
    set: (entry: Stored) => (entry.deferredRender && entry.filePath && moduleImports.push(entry.filePath), saved.set(entry.id, entry), true),
    get: (id: string) => saved.get(id),
    keys: () => [...saved.keys()],
    delete: (id: string) => saved.delete(id),
    addModuleImport: (file: string) => moduleImports.push(file),
  } as unknown as LoaderContext['store'];
  const context = {
    store,
    config: { root: new URL(`file://${root}/`) },
    generateDigest: (value: unknown) => JSON.stringify(value),
    renderMarkdown: async (body: string) => ({ html: await render(body), metadata: { headings: [], imagePaths: [] } }),
    logger: { error: () => {} },
  } as unknown as LoaderContext;
  return { context, saved, moduleImports };
}

describe('the content collections', () => {
  it('take their entries from the build session, rendering plain bodies as Markdown and leaving the others to MDX', async () => {
    startBuildSession(options, () => readWith([{ id: 'plain', body: 'Cut latency.' }, { id: 'component', body: 'A <Chart /> here.' }]));
    const { context, saved } = fakeContext();
    await cairnLoader('accomplishments').load(context);
    expect(saved.get('plain')).toMatchObject({ id: 'plain', filePath: 'content/accomplishments/plain.mdx', rendered: { html: '<p>Cut latency.</p>' } });
    expect(saved.get('plain')).not.toHaveProperty('deferredRender');
    expect(saved.get('component')).toMatchObject({ deferredRender: true, filePath: 'content/accomplishments/component.mdx' });
    expect(saved.get('component')).not.toHaveProperty('rendered');
  });

  it('store neither fields nor text, which the pages take from the model, yet see a change to either', async () => {
    const titled = (title: string) => () => {
      const read = readWith([{ id: 'story', body: 'Cut latency.' }]);
      (read.content.accomplishments[0] as unknown as { raw: Record<string, unknown> }).raw = { title };
      return read;
    };
    startBuildSession(options, titled('First title'));
    const { context, saved } = fakeContext();
    await cairnLoader('accomplishments').load(context);
    const first = saved.get('story')!;
    expect(first.data).toEqual({});
    expect(first).not.toHaveProperty('body');
    expect(JSON.stringify({ ...first, digest: undefined })).not.toContain('First title');
    startBuildSession(options, titled('Second title'));
    await cairnLoader('accomplishments').load(context);
    expect(saved.get('story')!.digest).not.toBe(first.digest);
  });

  it('hold only what the website may show, so no private body is compiled or its images emitted', async () => {
    startBuildSession(options, () => readWith([{ id: 'shown', body: 'Cut latency.' }, { id: 'hidden', body: 'A <Chart /> ![plan](./plan.png)', bodies: { de: 'Geheim <Chart />' }, visibility: 'private' }, { id: 'sent', body: 'Resume only.', visibility: 'resume' }]));
    const { context, saved, moduleImports } = fakeContext();
    await cairnLoader('accomplishments').load(context);
    const translations = fakeContext();
    await translationsLoader().load(translations.context);
    expect([...saved.keys()]).toEqual(['shown']);
    expect([moduleImports, [...translations.saved.keys()], translations.moduleImports]).toEqual([[], [], []]);
  });

  it('read the content once for every collection of a build', async () => {
    let reads = 0;
    const session = startBuildSession(options, () => (reads++, readWith([{ id: 'plain', body: 'Cut latency.' }])));
    await cairnLoader('accomplishments').load(fakeContext().context);
    await cairnLoader('skills').load(fakeContext().context);
    await translationsLoader().load(fakeContext().context);
    expect([reads, session.reads]).toEqual([1, 1]);
  });

  it('leave a body the Markdown renderer cannot render to the MDX compiler, which reports it', async () => {
    startBuildSession(options, () => readWith([{ id: 'entry', body: 'Plain text.' }]));
    const { context, saved } = fakeContext(() => Promise.reject(new Error('renderer failed')));
    await cairnLoader('accomplishments').load(context);
    expect(saved.get('entry')).toMatchObject({ filePath: 'content/accomplishments/entry.mdx', deferredRender: true });
  });

  it('keep an unchanged entry and remove one whose file is gone', async () => {
    let bodies = [{ id: 'kept', body: 'With <Chart />.' }, { id: 'gone', body: 'Old.' }];
    startBuildSession(options, () => readWith(bodies));
    const { context, saved, moduleImports } = fakeContext();
    await cairnLoader('accomplishments').load(context);
    const first = saved.get('kept');
    bodies = [{ id: 'kept', body: 'With <Chart />.' }];
    startBuildSession(options, () => readWith(bodies));
    await cairnLoader('accomplishments').load(context);
    expect(saved.get('kept')).toBe(first);
    expect(saved.has('gone')).toBe(false);
    // The unchanged MDX body is still compiled: its module stays in the list made on each sync.
    expect(moduleImports).toEqual(['content/accomplishments/kept.mdx', 'content/accomplishments/kept.mdx']);
  });

  it('give translated bodies their own ids, beside the entry they translate', async () => {
    startBuildSession(options, () => readWith([{ id: 'story', body: 'Cut latency.', bodies: { de: 'Latenz gesenkt.' } }]));
    const { context, saved } = fakeContext();
    await translationsLoader().load(context);
    expect([...saved.keys()]).toEqual(['accomplishments/story.de']);
    expect(saved.get('accomplishments/story.de')).toMatchObject({ filePath: 'content/accomplishments/story.de.mdx', rendered: { html: '<p>Latenz gesenkt.</p>' } });
  });

  it('render an unchanged body again once the code or packages that render it changed', async () => {
    // Astro keeps a stored entry whose digest is unchanged, whatever renderer made its HTML.
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-loader-'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion": 3}');
    writeFileSync(path.join(root, 'src', 'renderer.ts'), 'export const version = 1;');
    const read = () => readWith([{ id: 'story', body: 'Cut latency.' }]);
    let version = 'v1';
    const { context, saved } = fakeContext(async (body) => `<p data-renderer="${version}">${body}</p>`, root);
    startBuildSession(options, read);
    await cairnLoader('accomplishments').load(context);
    expect(saved.get('story')?.rendered?.html).toBe('<p data-renderer="v1">Cut latency.</p>');

    version = 'v2';
    writeFileSync(path.join(root, 'src', 'renderer.ts'), 'export const version = 2;');
    startBuildSession(options, read);
    await cairnLoader('accomplishments').load(context);
    expect(saved.get('story')?.rendered?.html).toBe('<p data-renderer="v2">Cut latency.</p>');

    version = 'v3';
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {"node_modules/astro": {"version": "7.3.6"}}}');
    startBuildSession(options, read);
    await cairnLoader('accomplishments').load(context);
    expect(saved.get('story')?.rendered?.html).toBe('<p data-renderer="v3">Cut latency.</p>');
  });

  it('render only the bodies that changed since the last build', async () => {
    let bodies = [{ id: 'kept', body: 'Cut latency.' }, { id: 'edited', body: 'Old words.' }];
    const rendered: string[] = [];
    const { context, saved } = fakeContext(async (body) => (rendered.push(body), `<p>${body}</p>`));
    startBuildSession(options, () => readWith(bodies));
    await cairnLoader('accomplishments').load(context);
    bodies = [{ id: 'kept', body: 'Cut latency.' }, { id: 'edited', body: 'New words.' }];
    startBuildSession(options, () => readWith(bodies));
    await cairnLoader('accomplishments').load(context);
    expect(rendered).toEqual(['Cut latency.', 'Old words.', 'New words.']);
    expect(saved.get('edited')?.rendered?.html).toBe('<p>New words.</p>');
  });
});
