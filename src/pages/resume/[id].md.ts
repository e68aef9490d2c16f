import type { APIRoute } from 'astro';
import { resumeVariantPaths, textExportResponse } from '../../data/resume-endpoints.ts';

/** `/resume/<id>.md`: the variant as Markdown, from the public model. */
export const getStaticPaths = resumeVariantPaths;

export const GET: APIRoute = (context) => textExportResponse('md', context);
