import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site-model.ts';
import { renderTextExports } from '../../lib/resume/exports.ts';
import { resumeLinks } from '../../lib/resume/paths.ts';
import { selectResume } from '../../lib/resume/selection.ts';

/** `/resume/<id>.json`: the variant as a JSON Resume document, from the public model. */
export const getStaticPaths = (async () => {
  const { model } = await getSiteData();
  return model.resumes.map((resume) => ({ params: { id: resume.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { model } = await getSiteData();
  const id = params['id']!;
  const canonicalJson = site ? new URL(resumeLinks(id).json, site).href : undefined;
  const body = renderTextExports(selectResume(model, id), { canonicalJson }).json;
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
