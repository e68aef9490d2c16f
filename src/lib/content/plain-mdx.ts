import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Most entries are written in MDX but use none of it: headings, paragraphs, lists, links. Astro
 * compiles every MDX file into a module of its own, which is the larger part of a build with a
 * thousand accomplishments (a bare Astro site builds the same files in 4.8 s as MDX and 1.9 s as
 * Markdown). An MDX body that uses nothing MDX adds renders to equivalent HTML through Astro's
 * Markdown renderer, so such bodies take that path and only the others become modules. Headings,
 * paragraphs, lists, links and emphasis come out byte for byte the same; rules, task lists and
 * footnotes differ only in how attributes and empty elements are written (`<hr>` for `<hr/>`,
 * `data-footnote-ref` for `data-footnote-ref="true"`). Table alignment is a class on both paths
 * (table-alignment.ts).
 */

/**
 * Everything in which MDX reads a body differently from Markdown, looked for conservatively: a
 * false "needs MDX" only costs speed, a false "plain" would change the page.
 * - `<` starts JSX, where Markdown has HTML, autolinks and comments; `{` and `}` are expressions;
 * - `import` and `export` at the start of a line are ES modules;
 * - a line indented by a tab or four spaces is code in Markdown and not in MDX;
 * - `![` is an image, which MDX resolves as an import of the file beside the entry.
 */
const NEEDS_MDX = /[<{}]|^(?:import|export)\b|^(?: {4}|\t)|!\[/m;

/** True when a body reads the same as Markdown and as MDX, so Astro's Markdown renderer can render it. */
export function isPlainMarkdown(body: string): boolean {
  return !NEEDS_MDX.test(body);
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Wraps a glob loader so that MDX entries whose bodies are plain Markdown are rendered at load
 * time, as `.md` entries are, instead of being stored for Astro to compile as modules. Each
 * render finishes before the load does; in `astro dev` a later save of the same entry wins over a
 * render still under way.
 */
export function renderPlainMdxAsMarkdown(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const renders = new Set<Promise<void>>();
      const latestSave = new Map<string, number>();
      let saves = 0;
      const save = (entry: StoredEntry): boolean => {
        const thisSave = ++saves;
        latestSave.set(entry.id, thisSave);
        if (!entry.deferredRender || entry.body === undefined || !isPlainMarkdown(entry.body)) return context.store.set(entry);
        const { deferredRender: _module, ...rest } = entry;
        const render = context
          .renderMarkdown(entry.body, entry.filePath ? { fileURL: new URL(entry.filePath, context.config.root) } : {})
          .then(
            // The MDX compiler ends a body without the Markdown renderer's closing newline: the same page, byte for byte.
            (rendered): StoredEntry => ({ ...rest, rendered: { ...rendered, html: rendered.html.trimEnd() } }),
            // Left to Astro's MDX compiler, which reports the problem with its file and line.
            (): StoredEntry => entry,
          )
          .then((stored) => {
            if (latestSave.get(entry.id) === thisSave) context.store.set(stored);
          })
          .finally(() => renders.delete(render));
        renders.add(render);
        return true;
      };
      const store: LoaderContext['store'] = Object.create(context.store);
      store.set = save;
      await loader.load({ ...context, store });
      while (renders.size > 0) await Promise.all(renders);
    },
  };
}
