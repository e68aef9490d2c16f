import type { APIRoute } from 'astro';
import { resumeVariantPaths, textExportResponse } from '../../data/resume-endpoints.ts';

/** `/resume/<id>.json`: the variant as a JSON Resume document, from the public model. */
export const getStaticPaths = resumeVariantPaths;

export const GET: APIRoute = (context) => textExportResponse('json', context);
