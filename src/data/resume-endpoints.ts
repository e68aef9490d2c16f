import type { APIContext, GetStaticPaths } from 'astro';
import { renderTextExports } from '../lib/resume/exports.ts';
import { resumeLinks } from '../lib/resume/paths.ts';
import { selectResume } from '../lib/resume/selection.ts';
import { getSiteData } from './site-model.ts';

/** One page per public resume variant: the shared `getStaticPaths` of every `/resume/<id>.*` download. */
export const resumeVariantPaths = (async () => {
  const { model } = await getSiteData();
  return model.resumes.map((resume) => ({ params: { id: resume.id } }));
}) satisfies GetStaticPaths;

const TEXT_TYPES = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** The public variant's text export in one format, with the JSON Resume's canonical address. */
export async function textExportResponse(format: keyof typeof TEXT_TYPES, { params, site }: Pick<APIContext, 'params' | 'site'>): Promise<Response> {
  const { model } = await getSiteData();
  const id = params['id']!;
  const canonicalJson = site ? new URL(resumeLinks(id).json, site).href : undefined;
  const body = renderTextExports(selectResume(model, id), { canonicalJson })[format];
  return new Response(body, { headers: { 'content-type': TEXT_TYPES[format] } });
}
