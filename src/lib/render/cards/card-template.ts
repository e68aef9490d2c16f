import { initials } from '../monogram.ts';
import type { BusinessCard } from './business-cards.ts';
import { h } from './element.ts';
import type { FontSet } from './fonts.ts';
import { textElement, type ImageLayout, type TextBlock } from './layout.ts';
import { paletteFor } from './palette.ts';
import { qrElement } from './qr.ts';
import type { Canvas } from './sizes.ts';

/**
 * The two sides of a business card, as pure functions of the card and the canvas. All sizes are
 * pixels at 300 dpi (4.17 px to the point). Text shrinks no lower than 5.8 pt (small-caps labels
 * and the address under the QR code 4.6 pt), inside a margin of at least 0.2 in from the trimmed
 * edge; the fit checks that text and the QR code stay inside the 3 mm safe area, so nothing sits
 * where the guillotine may wander. Words, compounds included, are never broken across lines.
 */
const MARGIN_X = 72;
const MARGIN_Y = 62;
/** 3 mm at 300 dpi, rounded up: printers' usual safe area inside the cut. */
export const SAFE_INSET = 36;
/**
 * The brand band along the front's foot: 5 mm showing, running on into the bleed. A band under
 * about 4 mm ending at the cut turns visibly uneven with a normal cutting tolerance of 0.5–1 mm.
 */
export const FRONT_BAND = 59;
/** Contact labels sit in a column of their own, so the values line up; it is as wide as the longest label needs. */
const LABEL_GAP = 22;

function labelColumnWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  return Math.min(260, Math.max(130, longest * 16)) + LABEL_GAP;
}

export type CardSide = 'front' | 'back';

/**
 * What each side draws, and nothing more: these are also what its cache key is made of, so a new
 * tagline redraws the back and leaves the front alone, and a template cannot read a field its
 * cache key leaves out.
 */
export type CardFrontInput = Pick<BusinessCard, 'id' | 'name' | 'headline' | 'contact' | 'brand'>;
export type CardBackInput = Pick<BusinessCard, 'id' | 'name' | 'tagline' | 'qr' | 'brand'>;

export function frontInput({ id, name, headline, contact, brand }: BusinessCard): CardFrontInput {
  return { id, name, headline, contact, brand };
}

export function backInput({ id, name, tagline, qr, brand }: BusinessCard): CardBackInput {
  return { id, name, tagline, qr, brand };
}

function describe(card: { id: string }, side: CardSide, canvas: Canvas): string {
  return `the ${side} of business card "${card.id}"${canvas.bleed > 0 ? ' (bleed)' : ''}`;
}

/** Name, headline and contact lines on paper, with the brand colour along the bottom edge. */
export function cardFront(card: CardFrontInput, canvas: Canvas, fonts: FontSet): ImageLayout {
  const colours = paletteFor(card.brand);
  const inset = { x: canvas.bleed + MARGIN_X, y: canvas.bleed + MARGIN_Y };
  const contentWidth = canvas.width - 2 * inset.x;
  const band = FRONT_BAND;
  const labelWidth = labelColumnWidth(card.contact.map((line) => line.label));
  const blocks: TextBlock[] = [
    // A name is set large on one line; a long one drops to two smaller lines rather than shrink to nothing.
    { key: 'name', text: card.name.text, family: 'serif', weight: 600, width: contentWidth, maxLines: 2, maxHeight: 100, size: { max: 68, min: 36 }, lineHeight: 1.15, tracking: -0.01, balance: true, wholeWords: true, origin: card.name.origin, hint: card.name.hint },
    // A headline reads best at about 45 characters a line, so it does not run the card's full width.
    { key: 'headline', text: card.headline.text, family: 'sans', weight: 400, width: Math.round(contentWidth * 0.78), maxLines: 2, size: { max: 34, min: 27 }, lineHeight: 1.3, balance: true, wholeWords: true, origin: card.headline.origin, hint: card.headline.hint },
    ...card.contact.flatMap((line, index): TextBlock[] => [
      { key: `label-${index}`, text: line.label.toLocaleUpperCase('en'), family: 'sans', weight: 600, width: labelWidth - LABEL_GAP, maxLines: 1, size: { max: 19, min: 16 }, lineHeight: 1.3, tracking: 0.1, wholeWords: true, origin: line.labelOrigin, hint: 'shorten the label' },
      { key: `contact-${index}`, text: line.text, family: 'sans', weight: 400, width: contentWidth - labelWidth, maxLines: 1, size: { max: 29, min: 24 }, lineHeight: 1.45, wholeWords: true, origin: line.origin, hint: line.hint },
    ]),
  ];
  const byKey = new Map(blocks.map((block) => [block.key, block]));
  const [name, headline] = blocks;
  return {
    name: describe(card, 'front', canvas),
    canvas,
    blocks,
    safeArea: { inset: SAFE_INSET, elements: [] },
    draw: (sizes) =>
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: canvas.width, height: canvas.height, backgroundColor: colours.paper, color: colours.ink, padding: `${inset.y}px ${inset.x}px ${inset.y + band / 2}px`, boxSizing: 'border-box', position: 'relative' } },
        h(
          'div',
          { style: { display: 'flex', flexDirection: 'column' } },
          h('div', { style: { width: 56, height: 6, backgroundColor: card.brand.accent, marginBottom: 26 } }),
          textElement(fonts, name!, sizes.get('name')!, { color: colours.primary }),
          textElement(fonts, headline!, sizes.get('headline')!, { color: colours.inkMuted, marginTop: 8 }),
        ),
        h(
          'div',
          { style: { display: 'flex', flexDirection: 'column' } },
          ...card.contact.map((_line, index) =>
            h(
              'div',
              { style: { display: 'flex', flexDirection: 'row', alignItems: 'baseline' } },
              textElement(fonts, byKey.get(`label-${index}`)!, sizes.get(`label-${index}`)!, { color: colours.accentOnPaper, marginRight: LABEL_GAP }),
              textElement(fonts, byKey.get(`contact-${index}`)!, sizes.get(`contact-${index}`)!, { color: colours.ink }),
            ),
          ),
        ),
        // The band runs into the bleed, so a slightly off cut never shows a white sliver.
        h('div', { style: { position: 'absolute', left: 0, bottom: 0, width: canvas.width, height: canvas.bleed + band, backgroundColor: colours.primary } }),
      ),
  };
}

/**
 * The tagline beside a QR code on the brand colour, and under both, the address the code opens,
 * spelled out on one line for people who would rather type it.
 */
export function cardBack(card: CardBackInput, canvas: Canvas, fonts: FontSet): ImageLayout {
  const colours = paletteFor(card.brand);
  const inset = { x: canvas.bleed + MARGIN_X, y: canvas.bleed + MARGIN_Y };
  const contentWidth = canvas.width - 2 * inset.x;
  const qr = qrElement(card.qr.url, { maxSize: 290, dark: colours.primary, light: '#ffffff' });
  const tilePadding = 10;
  const gap = 40;
  const columnWidth = contentWidth - qr.size - 2 * tilePadding - gap;
  const blocks: TextBlock[] = [
    { key: 'tagline', text: card.tagline.text, family: 'serif', weight: 600, width: columnWidth, maxLines: 6, size: { max: 42, min: 28 }, lineHeight: 1.25, tracking: -0.005, balance: true, wholeWords: true, origin: card.tagline.origin, hint: card.tagline.hint },
    { key: 'qr-label', text: card.qr.label, family: 'sans', weight: 400, width: contentWidth, maxLines: 1, size: { max: 24, min: 19 }, lineHeight: 1.35, wholeWords: true, origin: card.qr.origin, hint: 'point the QR code at a shorter address' },
  ];
  const [tagline, label] = blocks;
  const monogram = initials(card.name.text);
  return {
    name: describe(card, 'back', canvas),
    canvas,
    blocks,
    unwrittenText: [`QR code: ${card.qr.url}`],
    safeArea: { inset: SAFE_INSET, elements: [{ key: 'qr', what: 'the QR code', origin: card.qr.origin, hint: 'point the QR code at a shorter address' }] },
    draw: (sizes) =>
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: canvas.width, height: canvas.height, backgroundColor: colours.primary, color: colours.onPrimary, padding: `${inset.y}px ${inset.x}px`, boxSizing: 'border-box' } },
        h('div', { style: { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 58, height: 58, borderRadius: 29, border: `2.5px solid ${colours.accentOnPrimary}`, fontFamily: fonts.stacks.serif, fontWeight: 600, fontSize: 24, color: colours.accentOnPrimary, letterSpacing: 0.5 } }, monogram),
        h(
          'div',
          { style: { display: 'flex', flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between' } },
          textElement(fonts, tagline!, sizes.get('tagline')!, { color: colours.onPrimary }),
          // The rounded white tile is drawn behind the code rather than clipping it: a clip makes rasterizing twice as slow.
          h('div', { key: 'qr', style: { display: 'flex', padding: tilePadding, borderRadius: 22, backgroundColor: '#ffffff', flexShrink: 0 } }, qr.element),
        ),
        textElement(fonts, label!, sizes.get('qr-label')!, { color: colours.onPrimaryMuted, textAlign: 'right' }),
      ),
  };
}
