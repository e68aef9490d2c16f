/**
 * Most entries are written in MDX but use none of it: headings, paragraphs, lists, links. Astro
 * compiles every MDX file into a module of its own, which is the larger part of a build with a
 * thousand accomplishments (bench/results.md has the figures). An MDX body that uses nothing MDX
 * adds renders to equivalent HTML through Astro's Markdown renderer, so the content loader
 * (src/integrations/content-loader.ts) sends such bodies that way and only the others become modules. Headings,
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
