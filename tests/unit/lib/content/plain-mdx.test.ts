import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { isPlainMarkdown, renderPlainMdxAsMarkdown } from '../../../../src/lib/content/plain-mdx.ts';

describe('isPlainMarkdown', () => {
  it('accepts what most entries are written in: headings, paragraphs, lists, links, emphasis and fenced code', () => {
    const body = [
      '## Situation',
      '',
      'Checkout p99 was **820 ms**; see [the write-up](https://example.com/post) and `EXPLAIN ANALYZE`.',
      '',
      '- cut the pool from 400 to 40 connections',
      '  - per service, not per pod',
      '1. measured first',
      '',
      '```sql',
      'select 1;',
      '```',
      '> Quoted & "smart" -- dashes.',
    ].join('\n');
    expect(isPlainMarkdown(body)).toBe(true);
  });

  it.each([
    ['a component', 'Before <Chart data="x" /> after.'],
    ['an HTML tag', 'Line one<br>line two.'],
    ['an HTML comment', '<!-- note to self -->'],
    ['an autolink', 'See <https://example.com>.'],
    ['an expression', 'Saved {2 * 40} hours.'],
    ['a lone closing brace', 'A brace } alone.'],
    ['an import', "import Chart from '../components/Chart.astro';\n\nText."],
    ['an export', 'export const year = 2024;\n\nText.'],
    ['code indented by four spaces', 'Text.\n\n    indented code\n'],
    ['code indented by a tab', 'Text.\n\n\tindented code\n'],
    ['an image beside the entry', '![Dashboard](./dashboard.png)'],
  ])('leaves %s to the MDX compiler', (_what, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });
});

type Stored = Parameters<LoaderContext['store']['set']>[0];

/** A loader that saves the given entries as Astro's glob loader saves MDX files: to be compiled later. */
function mdxLoader(entries: readonly { id: string; body: string }[], afterLoad?: (context: LoaderContext) => void): Loader {
  return {
    name: 'fake-glob',
    load: async (context) => {
      for (const { id, body } of entries) context.store.set({ id, data: {}, body, filePath: `content/${id}.mdx`, digest: id, deferredRender: true });
      afterLoad?.(context);
    },
  };
}

/** A loader context whose store remembers what was saved last per id, and a Markdown renderer that can be made slow or failing. */
function fakeContext(render: (body: string) => Promise<string>) {
  const saved = new Map<string, Stored>();
  const store = { set: (entry: Stored) => (saved.set(entry.id, entry), true) } as unknown as LoaderContext['store'];
  const context = {
    store,
    config: { root: new URL('file:///site/') },
    renderMarkdown: async (body: string) => ({ html: await render(body), metadata: { headings: [], imagePaths: [] } }),
  } as unknown as LoaderContext;
  return { context, saved };
}

describe('renderPlainMdxAsMarkdown', () => {
  it('renders plain bodies as Markdown before the load ends and leaves the others to be compiled as MDX modules', async () => {
    const { context, saved } = fakeContext(async (body) => `<p>${body}</p>\n`);
    const loader = renderPlainMdxAsMarkdown(mdxLoader([{ id: 'plain', body: 'Cut latency.' }, { id: 'component', body: 'A <Chart /> here.' }]));
    await loader.load(context);
    expect(saved.get('plain')).toMatchObject({ id: 'plain', body: 'Cut latency.', rendered: { html: '<p>Cut latency.</p>' } });
    expect(saved.get('plain')).not.toHaveProperty('deferredRender');
    expect(saved.get('component')).toMatchObject({ deferredRender: true });
    expect(saved.get('component')).not.toHaveProperty('rendered');
  });

  it('lets a later save of the same entry win over a render still under way, as when a file is saved twice in astro dev', async () => {
    let finishSlowRender = () => {};
    const { context, saved } = fakeContext((body) => (body === 'First.' ? new Promise((resolve) => (finishSlowRender = () => resolve('<p>First.</p>'))) : Promise.resolve(`<p>${body}</p>`)));
    const loader = renderPlainMdxAsMarkdown(
      mdxLoader([{ id: 'entry', body: 'First.' }], (inner) => inner.store.set({ id: 'entry', data: {}, body: 'Now with <Chart />.', digest: 'b', deferredRender: true })),
    );
    const loading = loader.load(context);
    await Promise.resolve();
    finishSlowRender();
    await loading;
    expect(saved.get('entry')).toMatchObject({ body: 'Now with <Chart />.', deferredRender: true });
  });

  it('leaves a body the Markdown renderer cannot render to the MDX compiler, which reports it', async () => {
    const { context, saved } = fakeContext(() => Promise.reject(new Error('renderer failed')));
    await renderPlainMdxAsMarkdown(mdxLoader([{ id: 'entry', body: 'Plain text.' }])).load(context);
    expect(saved.get('entry')).toMatchObject({ body: 'Plain text.', deferredRender: true });
  });
});
