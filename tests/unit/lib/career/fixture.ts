import path from 'node:path';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { PROJECT_ROOT } from '../../../support/astro-build.ts';

/** The career fixture: a small person whose review and tailoring answers are known. */
export const CAREER_FIXTURE = path.join(PROJECT_ROOT, 'tests/fixtures/career');

/** The fixture loaded through the real loader and schemas. */
export function careerContent() {
  return loadContent(CAREER_FIXTURE);
}
