import type { APIContext, GetStaticPaths } from 'astro';
import { renderTextExports } from '../lib/render/resume/exports.ts';
import { languageFolder, resumeLinks } from '../lib/render/resume/paths.ts';
import { languageParamPaths } from './language-paths.ts';
import { getSiteData } from './site-model.ts';

/** One page per public resume variant: the shared `getStaticPaths` of every `/resume/<id>.*` download. */
export const resumeVariantPaths = (async () => {
  const { model } = await getSiteData();
  return model.resumes.map((resume) => ({ params: { id: resume.id } }));
}) satisfies GetStaticPaths;

/** The same for every other language: `/<lang>/resume/<id>.*`. */
export const languageResumeVariantPaths = (() => languageParamPaths('id', async (language) => (await getSiteData(language)).model.resumes.map((resume) => resume.id))) satisfies GetStaticPaths;

const TEXT_TYPES = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** The public variant's text export in one format (in the route's language), with the JSON Resume's canonical address. */
export async function textExportResponse(format: keyof typeof TEXT_TYPES, { params, site }: Pick<APIContext, 'params' | 'site'>): Promise<Response> {
  const { model, resume } = await getSiteData(params['lang']);
  const id = params['id']!;
  const canonicalJson = site ? new URL(resumeLinks(id, languageFolder(model.language, model.languages)).json, site).href : undefined;
  const body = renderTextExports(resume(id), { canonicalJson })[format];
  return new Response(body, { headers: { 'content-type': TEXT_TYPES[format] } });
}
