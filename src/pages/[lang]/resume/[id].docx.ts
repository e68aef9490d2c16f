import type { APIRoute } from 'astro';
import { languageResumeVariantPaths } from '../../../data/resume-endpoints.ts';
import { getSiteData } from '../../../data/site-model.ts';
import { resumeDocx } from '../../../lib/render/resume/docx-export.ts';

/** `/<lang>/resume/<id>.docx`: the variant as a Word document, from the public model. */
export const getStaticPaths = languageResumeVariantPaths;

export const GET: APIRoute = async ({ params }) => {
  const { resume } = await getSiteData(params['lang']);
  const body = await resumeDocx(resume(params['id']!));
  // A copy backed by a plain ArrayBuffer, the kind a Response body accepts.
  return new Response(Uint8Array.from(body), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
