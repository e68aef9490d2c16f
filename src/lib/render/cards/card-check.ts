import type { Model } from '../../model/model.ts';
import { businessCards } from './business-cards.ts';
import { backInput, cardBack, cardFront, frontInput } from './card-template.ts';
import { drawFitted } from './fit.ts';
import { loadFonts, type FontSet } from './fonts.ts';
import type { ImageProblem } from './layout.ts';
import { printableCards } from './printable.ts';
import { cardCanvas } from './sizes.ts';

/**
 * What the build would refuse about the business cards — an unknown contact field, a headline
 * too long even at the smallest size, a word wider than its line, text or the QR code outside the
 * 3 mm safe area — found by laying the cards out with the drawing engine, without making images.
 * `npm run check` reports these with the content problems, so a build does not fail on
 * something the check called valid. (Whether a QR code's page exists needs the built site; the
 * build checks that.)
 */
export async function businessCardProblems(model: Model, siteUrl: string, fonts: FontSet = loadFonts()): Promise<ImageProblem[]> {
  const { cards, problems } = businessCards(model, siteUrl);
  const { printable } = printableCards(cards, fonts);
  for (const card of printable) {
    // The bleed variants have the same text rooms and safe area; the plain sides are enough to measure.
    const canvas = cardCanvas(card.size, false);
    for (const layout of [cardFront(frontInput(card), canvas, fonts), cardBack(backInput(card), canvas, fonts)]) {
      problems.push(...(await drawFitted(layout, fonts)).problems);
    }
  }
  return problems;
}
