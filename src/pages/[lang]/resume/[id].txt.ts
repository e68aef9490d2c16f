import type { APIRoute } from 'astro';
import { languageResumeVariantPaths, textExportResponse } from '../../../data/resume-endpoints.ts';

/** `/<lang>/resume/<id>.txt`: the variant as ATS-safe plain text, from the public model. */
export const getStaticPaths = languageResumeVariantPaths;

export const GET: APIRoute = (context) => textExportResponse('txt', context);
