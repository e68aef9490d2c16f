import QRCode from 'qrcode';
import { h, type ImageElement } from './element.ts';

/** Modules of light margin around the code, as the QR standard asks for reliable scanning. */
const QUIET_ZONE = 4;

/**
 * A QR code as an SVG element satori can place: one path of whole modules on a light square,
 * sized to a whole number of pixels per module so the edges stay sharp at 300 dpi. Error
 * correction level M survives a scuffed card and keeps the code small.
 */
export function qrElement(url: string, options: { maxSize: number; dark: string; light: string }): { element: ImageElement; size: number } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = modules.size + 2 * QUIET_ZONE;
  const pixelsPerModule = Math.max(1, Math.floor(options.maxSize / count));
  const size = pixelsPerModule * count;
  // One rectangle per horizontal run of dark modules: a third of the shapes of one per module, so rasterizing is quicker.
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      let run = 1;
      while (column + run < modules.size && modules.get(row, column + run)) run++;
      path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`;
      column += run - 1;
    }
  }
  const element = h(
    'svg',
    { width: size, height: size, viewBox: `0 0 ${count} ${count}`, shapeRendering: 'crispEdges' },
    h('rect', { x: 0, y: 0, width: count, height: count, fill: options.light }),
    h('path', { d: path, fill: options.dark }),
  );
  return { element, size };
}
