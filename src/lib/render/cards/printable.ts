import { backInput, cardBack, cardFront, frontInput } from './card-template.ts';
import type { BusinessCard } from './business-cards.ts';
import { describeCharacters } from './fit.ts';
import { missingGlyphs, type FontSet } from './fonts.ts';
import type { ImageProblem } from './layout.ts';
import { cardCanvas } from './sizes.ts';

/**
 * The cards whose every word the bundled fonts can draw. A card in another script (a name in
 * Japanese, a tagline in Arabic) is not made, with a warning, rather than printed with empty
 * boxes or failing the whole site: the site shows the same text as written, in the reader's fonts.
 * The contact page and the build both ask here, so they always agree on which cards exist.
 */
export function printableCards(cards: readonly BusinessCard[], fonts: FontSet): { printable: BusinessCard[]; warnings: ImageProblem[] } {
  const printable: BusinessCard[] = [];
  const warnings: ImageProblem[] = [];
  for (const card of cards) {
    const canvas = cardCanvas(card.size, false);
    const blocks = [...cardFront(frontInput(card), canvas, fonts).blocks, ...cardBack(backInput(card), canvas, fonts).blocks];
    const problems = blocks.flatMap((block) => {
      const missing = missingGlyphs(fonts, block.family, block.text);
      if (missing.length === 0) return [];
      return [
        {
          image: `business card "${card.id}"`,
          origin: block.origin,
          message: `keeps business card "${card.id}" from being made: the image fonts cannot draw ${describeCharacters(missing)}`,
          hint: `they cover ${fonts.coverage[block.family]}; the site shows this text as written`,
        },
      ];
    });
    if (problems.length === 0) printable.push(card);
    warnings.push(...problems);
  }
  return { printable, warnings };
}
