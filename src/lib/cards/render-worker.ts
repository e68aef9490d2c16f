import { parentPort } from 'node:worker_threads';
import { ImageProblemsError } from './fit.ts';
import { loadFonts } from './fonts.ts';
import { layoutOf } from './image-inputs.ts';
import { renderImage } from './render.ts';
import type { RenderReply, RenderRequest } from './render-pool.ts';

/** One drawing thread of the render pool: fonts loaded once, then one image per request. */
const fonts = loadFonts();
const port = parentPort!;

port.on('message', (request: RenderRequest) => {
  renderImage(layoutOf(request.inputs, fonts), fonts, { title: request.title, dpi: request.dpi }).then(
    (image) => port.postMessage({ id: request.id, image } satisfies RenderReply),
    (error: unknown) => {
      const reply: RenderReply =
        error instanceof ImageProblemsError
          ? { id: request.id, problems: error.problems }
          : { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      port.postMessage(reply);
    },
  );
});
