import { cardBack, cardFront, type CardBackInput, type CardFrontInput } from './card-template.ts';
import type { FontSet } from './fonts.ts';
import type { ImageLayout } from './layout.ts';
import type { OgSpec } from './og-images.ts';
import { ogImage } from './og-template.ts';
import type { Canvas } from './sizes.ts';

/**
 * Everything one image is drawn from, as plain data. Its hash is the image's cache key, and the
 * layout is rebuilt from it alone, so nothing can reach an image without being part of its key.
 */
export type ImageInputs =
  | { template: 'card-front'; input: CardFrontInput; canvas: Canvas }
  | { template: 'card-back'; input: CardBackInput; canvas: Canvas }
  | { template: 'og'; spec: OgSpec };

export function layoutOf(inputs: ImageInputs, fonts: FontSet): ImageLayout {
  switch (inputs.template) {
    case 'card-front':
      return cardFront(inputs.input, inputs.canvas, fonts);
    case 'card-back':
      return cardBack(inputs.input, inputs.canvas, fonts);
    case 'og':
      return ogImage(inputs.spec, fonts);
  }
}
