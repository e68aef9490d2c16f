import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-model.ts';
import { renderTextExports } from '../../lib/resume/exports.ts';
import { resumeLinks } from '../../lib/resume/paths.ts';
import { selectResume } from '../../lib/resume/selection.ts';

/** `/resume/<id>.md`: the variant as Markdown, from the public model. */
export const getStaticPaths = (async () => {
  const { model } = await getSiteData();
  return model.resumes.map((resume) => ({ params: { id: resume.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { model } = await getSiteData();
  const id = params['id']!;
  const canonicalJson = site ? new URL(resumeLinks(id).json, site).href : undefined;
  const body = renderTextExports(selectResume(model, id), { canonicalJson }).md;
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
