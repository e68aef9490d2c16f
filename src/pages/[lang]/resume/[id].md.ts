import type { APIRoute } from 'astro';
import { languageResumeVariantPaths, textExportResponse } from '../../../data/resume-endpoints.ts';

/** `/<lang>/resume/<id>.md`: the variant as Markdown, from the public model. */
export const getStaticPaths = languageResumeVariantPaths;

export const GET: APIRoute = (context) => textExportResponse('md', context);
