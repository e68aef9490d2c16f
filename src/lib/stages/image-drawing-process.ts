import { ImageCache } from '../render/cards/cache.ts';
import { loadFonts } from '../render/cards/fonts.ts';
import { drawMissing, type DrawJob } from './image-drawing.ts';

/**
 * The process a `DrawingProcess` starts: draws the jobs it is sent into the cache, replies with
 * the drawings once, and ends. It ends too when the build that started it is gone.
 */
process.once('disconnect', () => process.exit(0));
process.once('message', ({ jobs, cacheFolder }: { jobs: DrawJob[]; cacheFolder: string }) => {
  const fonts = loadFonts();
  drawMissing(jobs, new ImageCache(cacheFolder), fonts).then(
    (drawings) => process.send!({ drawings: [...drawings] }, () => process.exit(0)),
    (error: unknown) => process.send!({ error }, () => process.exit(1)),
  );
});
