import type { AstroIntegration } from 'astro';
import { recordStage } from '../lib/build/stage-timer.ts';

/**
 * Marks the stages of the build that happen inside Astro (set-up and content sync, rendering the
 * pages) for `npm run bench`. The stages after the pages (PDFs, images, privacy guard) time
 * themselves with the same recorder.
 */
export function buildTimings(): AstroIntegration {
  let setupAt = 0;
  let startAt = 0;
  return {
    name: 'cairn:build-timings',
    hooks: {
      'astro:config:setup': () => {
        setupAt = performance.now();
      },
      'astro:build:start': () => {
        startAt = performance.now();
        recordStage('content sync and set-up', startAt - setupAt);
      },
      'astro:build:generated': () => {
        recordStage('pages', performance.now() - startAt);
      },
    },
  };
}
