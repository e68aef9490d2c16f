import { pipelineFingerprint } from '../../../../src/lib/render/cards/cache.ts';
import { loadFonts } from '../../../../src/lib/render/cards/fonts.ts';
import { ogSpecs } from '../../../../src/lib/render/cards/og-images.ts';
import { pngKey, type KeyedDrawJob } from '../../../../src/lib/stages/image-drawing.ts';
import { fixture } from '../render/cards/fixture.ts';

export const SITE = 'https://ada.example/';

/** The page images of the minimal persona, as jobs for a drawing process. */
export function fixtureJobs(): Extract<KeyedDrawJob, { kind: 'png' }>[] {
  const { model } = fixture();
  const fingerprint = pipelineFingerprint(loadFonts());
  return [...ogSpecs(model, SITE).values()].map((spec) => {
    const inputs = { kind: 'png' as const, inputs: { template: 'og' as const, spec }, title: spec.title.text, dpi: 72 };
    return { file: `og/${spec.page || 'index'}.png`, key: pngKey(fingerprint, inputs), ...inputs };
  });
}
