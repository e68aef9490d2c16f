import type { APIRoute } from 'astro';
import { languageResumeVariantPaths, textExportResponse } from '../../../data/resume-endpoints.ts';

/** `/<lang>/resume/<id>.json`: the variant as a JSON Resume document, from the public model. */
export const getStaticPaths = languageResumeVariantPaths;

export const GET: APIRoute = (context) => textExportResponse('json', context);
