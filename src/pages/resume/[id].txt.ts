import type { APIRoute } from 'astro';
import { resumeVariantPaths, textExportResponse } from '../../data/resume-endpoints.ts';

/** `/resume/<id>.txt`: the variant as ATS-safe plain text, from the public model. */
export const getStaticPaths = resumeVariantPaths;

export const GET: APIRoute = (context) => textExportResponse('txt', context);
