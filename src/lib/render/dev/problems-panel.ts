import { formatProblem, type Problem } from '../../content/problems.ts';
import { escapeHtml } from '../resume/html.ts';

/**
 * What `npm run dev` shows in the page while the content has problems: the same lines as
 * `npm run check`, over the page, so a problem is seen where its effect is (a missing case study,
 * a date that looks wrong) rather than only in a terminal nobody is watching.
 */

/** The entry id a content file gives its pages: `accomplishments/2023-04-30-x.de.mdx` → `2023-04-30-x`. */
function entryIdOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/(\.[a-z]{2,3}(-[A-Za-z]{2,4})?)?\.mdx?$/, '');
}

/** The problems of the entry a page address names, e.g. `/work/<id>/` → the problems in `<id>.mdx`. */
export function problemsForPath(problems: readonly Problem[], pathname: string): Problem[] {
  const segments = new Set(decodeURIComponent(pathname).split('/').filter(Boolean));
  return problems.filter((problem) => segments.has(entryIdOf(problem.file)));
}

const STYLE = [
  '#cairn-problems{position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:45vh;overflow:auto;margin:0;padding:12px 16px;',
  'background:#fff8e6;color:#3b2600;border-top:3px solid #b45309;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;box-shadow:0 -4px 16px rgb(0 0 0/.15)}',
  '#cairn-problems h2{font:600 14px/1.4 system-ui,sans-serif;margin:0 0 6px}#cairn-problems ol{margin:0;padding-left:1.5em}',
  '#cairn-problems li{white-space:pre-wrap;overflow-wrap:anywhere}#cairn-problems p{font:13px/1.4 system-ui,sans-serif;margin:6px 0 0}',
].join('');

function list(problems: readonly Problem[], root: string): string {
  return `<ol>${problems.map((problem) => `<li>${escapeHtml(formatProblem({ ...problem, file: problem.file.split(root).join('') }))}</li>`).join('')}</ol>`;
}

/** The panel listing every problem; `root` is cut from file paths (the project folder with its slash). */
export function problemsPanel(problems: readonly Problem[], root: string): string {
  const count = `${problems.length} problem${problems.length > 1 ? 's' : ''}`;
  return `<style>${STYLE}</style><aside id="cairn-problems" role="alert"><h2>Cairn: ${count} in your content</h2>${list(problems, root)}<p>Entries with a problem are left out of the preview. Fix each line (file:line  field  message), save, and this page reloads; <code>npm run check</code> lists the same.</p></aside>`;
}

/** A page in place of a 404 whose address names an entry with problems: why it is missing. */
export function missingEntryPage(pathname: string, own: readonly Problem[], all: readonly Problem[], root: string): string {
  const title = `${escapeHtml(pathname)} is not in the preview`;
  const others = all.length - own.length;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}</style><script type="module" src="/@vite/client"></script></head><body><h1>${title}</h1><p>Its entry has ${own.length} problem${own.length > 1 ? 's' : ''}, so it was left out. Fix ${own.length > 1 ? 'them' : 'it'} and save; this page reloads.</p>${list(own, root)}${others > 0 ? `<p>${others} more problem${others > 1 ? 's' : ''} elsewhere in your content: see the panel below or <code>npm run check</code>.</p>` : ''}</body></html>`;
}
