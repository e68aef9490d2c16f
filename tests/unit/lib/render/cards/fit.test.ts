import { describe, expect, it } from 'vitest';
import { businessCards } from '../../../../../src/lib/render/cards/business-cards.ts';
import { businessCardProblems } from '../../../../../src/lib/render/cards/card-check.ts';
import { backInput, cardBack, cardFront, FRONT_BAND, frontInput, SAFE_INSET } from '../../../../../src/lib/render/cards/card-template.ts';
import { drawFitted, safeAreaProblems } from '../../../../../src/lib/render/cards/fit.ts';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import { unbreakablePieces } from '../../../../../src/lib/render/cards/layout.ts';
import { textRuns } from '../../../../../src/lib/render/cards/print-pdf.ts';
import { cardCanvas, PRINT_DPI } from '../../../../../src/lib/render/cards/sizes.ts';
import { fixture, pitchWithCard, SITE } from './fixture.ts';

const fonts = loadFonts();
const mm = (pixels: number) => (pixels / PRINT_DPI) * 25.4;

/** The lines a fitted side draws one of its blocks in, as read from satori's text elements. */
async function linesOf(headline: string, size: 'us' | 'eu' = 'us'): Promise<{ lines: string[]; problems: string[] }> {
  const { model } = fixture(pitchWithCard(`  headline: "${headline}"`));
  const card = businessCards(model, SITE).cards.find((candidate) => candidate.id === 'recruiters')!;
  const drawn = await drawFitted(cardFront(frontInput(card), cardCanvas(size, false), fonts), fonts, { embedFont: false });
  const lines = new Map<number, string>();
  // The headline is the one block set between 27 and 34 px above the contact lines.
  for (const run of textRuns(drawn.svg).filter((candidate) => candidate.size <= 34 && candidate.size >= 27 && candidate.y < 400)) lines.set(run.y, (lines.get(run.y) ?? '') + run.text);
  return { lines: [...lines.values()].map((line) => line.trim()), problems: drawn.problems.map((problem) => problem.message) };
}

describe('words on cards', () => {
  it('never breaks a line at a compound’s hyphen', async () => {
    // Long enough to need two lines, with the compound where a hyphen break would tempt the line breaker.
    for (const headline of ['Staff platform engineer for payment on-call reliability work', 'Principal engineer building state-of-the-art developer platforms']) {
      const { lines, problems } = await linesOf(headline);
      expect(problems).toEqual([]);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(line).not.toMatch(/-$/);
      expect(lines.join(' ')).toBe(headline);
    }
  });

  it('treats a compound, and a word with soft hyphens, as one piece no line may split', () => {
    expect(unbreakablePieces('Zuverlässig\u00ADkeits\u00ADingenieur  on-call 555-0100')).toEqual(['Zuverlässigkeitsingenieur', 'on-call', '555-0100']);
  });

  it('refuses a word wider than the line at the smallest size, naming it, instead of breaking it', async () => {
    const word = 'Infrastrukturzuverlässigkeitsingenieurwesenverantwortlicher';
    const { problems } = await linesOf(`Leitender ${word}`);
    expect(problems).toEqual([expect.stringContaining(`has a word too wide for a line of the front of business card "recruiters", even at the smallest size (27 px): "${word}"`)]);
  });

  it('is reported by the check before a build, with the field to change', async () => {
    const { model } = fixture(pitchWithCard('  headline: Leitender Infrastrukturzuverlässigkeitsingenieurwesenverantwortlicher'));
    const problems = await businessCardProblems(model, SITE, fonts);
    expect(problems).toEqual([expect.objectContaining({ origin: expect.objectContaining({ field: ['card', 'headline'] }), hint: expect.stringContaining('card.headline') })]);
  });
});

describe('the safe area', () => {
  const { model } = fixture(pitchWithCard('  qr: /work/'));
  const card = businessCards(model, SITE).cards.find((candidate) => candidate.id === 'recruiters')!;

  it('is at least 3 mm inside the cut, and every side of every size keeps text and the QR code inside it', async () => {
    expect(mm(SAFE_INSET)).toBeGreaterThanOrEqual(3);
    for (const size of ['us', 'eu'] as const) {
      for (const bleed of [false, true]) {
        for (const layout of [cardFront(frontInput(card), cardCanvas(size, bleed), fonts), cardBack(backInput(card), cardCanvas(size, bleed), fonts)]) {
          const drawn = await drawFitted(layout, fonts);
          expect(drawn.problems).toEqual([]);
          expect(drawn.boxes.has(layout.safeArea!.elements[0]?.key ?? layout.blocks[0]!.key)).toBe(true);
        }
      }
    }
  });

  it('names the card and what sticks out, and by how much', async () => {
    const layout = cardBack(backInput(card), cardCanvas('us', true), fonts);
    const drawn = await drawFitted(layout, fonts);
    const qr = drawn.boxes.get('qr')!;
    // The same drawing with the code moved to 1 mm from the right-hand cut.
    const moved = new Map(drawn.boxes).set('qr', { ...qr, left: layout.canvas.width - layout.canvas.bleed - 12 - qr.width });
    expect(safeAreaProblems(layout, moved)).toEqual([
      expect.objectContaining({ image: 'the back of business card "recruiters" (bleed)', message: expect.stringMatching(/^the QR code sticks out of the safe area of the back of business card "recruiters" \(bleed\) \(2\.0 mm at the right\)/) }),
    ]);
  });
});

describe('the front’s brand band', () => {
  it('shows at least 4 mm of colour inside the cut and runs on through the bleed, so a cut off by a millimetre does not show', async () => {
    const { model } = fixture();
    const [card] = businessCards(model, SITE).cards;
    expect(mm(FRONT_BAND)).toBeGreaterThanOrEqual(4);
    const canvas = cardCanvas('us', true);
    const { svg } = await drawFitted(cardFront(frontInput(card!), canvas, fonts), fonts);
    const bands = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((match) => match.slice(1).map(Number) as [number, number, number, number]);
    // Every coloured band that touches the card's edge: as deep inside the cut as FRONT_BAND, and reaching the canvas edge.
    const atFoot = bands.filter(([, y, , height]) => y + height >= canvas.height - 0.5 && height < canvas.height);
    expect(atFoot.length).toBeGreaterThan(0);
    for (const [x, y, width] of atFoot) {
      expect(mm(canvas.height - canvas.bleed - y)).toBeGreaterThanOrEqual(4);
      expect([x, width]).toEqual([0, canvas.width]);
    }
  });
});
