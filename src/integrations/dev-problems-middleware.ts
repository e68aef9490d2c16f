import { defineMiddleware } from 'astro:middleware';
import { missingEntryPage, problemsForPath, problemsPanel } from '../lib/render/dev/problems-panel.ts';
import { devProblems } from './dev-problems.ts';

/**
 * `npm run dev` only (the integration adds it for the dev server): every page carries the content's
 * problems as a panel, and an address whose entry was left out for its problems says so instead
 * of a bare 404.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const { problems, root } = devProblems();
  if (problems.length === 0 || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const own = response.status === 404 ? problemsForPath(problems, context.url.pathname) : [];
  const page = own.length > 0 ? missingEntryPage(context.url.pathname, own, problems, root) : await response.text();
  const panel = problemsPanel(problems, root);
  const html = page.includes('</body>') ? page.replace(/<\/body>(?![\s\S]*<\/body>)/, `${panel}</body>`) : page + panel;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
