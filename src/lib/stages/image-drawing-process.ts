import { ImageCache } from '../render/cards/cache.ts';
import { loadFonts } from '../render/cards/fonts.ts';
import { WARM_UP_ARG } from './drawing-process-start.ts';
import { warmUp } from './drawing-warm-up.ts';
import { drawMissing, type KeyedDrawJob } from './image-drawing.ts';

/**
 * The process a `DrawingProcess` starts: draws the jobs it is sent into the cache, and those it is
 * sent more while it draws (at the end of its list), replies with the drawings once, and ends. It
 * ends too when the build that started it is gone. Started early (`EarlyDrawingProcess`), it warms
 * up until its jobs come.
 */
let jobsCame = false;
process.once('disconnect', () => process.exit(0));
process.once('message', ({ jobs, cacheFolder }: { jobs: KeyedDrawJob[]; cacheFolder: string }) => {
  jobsCame = true;
  const fonts = loadFonts();
  // The list is read as it is drawn, so jobs added meanwhile are drawn too.
  const list = [...jobs];
  process.on('message', ({ more }: { more: KeyedDrawJob[] }) => list.push(...more));
  drawMissing(list, new ImageCache(cacheFolder), fonts).then(
    (drawings) => process.send!({ drawings: [...drawings] }, () => process.exit(0)),
    (error: unknown) => process.send!({ error }, () => process.exit(1)),
  );
});
if (process.argv.includes(WARM_UP_ARG)) void warmUp(loadFonts(), () => jobsCame);
