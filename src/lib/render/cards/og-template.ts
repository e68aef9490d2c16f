import { initials } from '../monogram.ts';
import { h, type ImageElement } from './element.ts';
import { describeCharacters } from './fit.ts';
import { missingGlyphs, type FontSet } from './fonts.ts';
import { textElement, type ImageLayout, type ImageProblem, type TextBlock } from './layout.ts';
import type { OgSpec } from './og-images.ts';
import { paletteFor } from './palette.ts';
import { OG_GEOMETRY, ogBlockHeight, placeOgText } from './og-text-placement.ts';
import { OG_CANVAS } from './sizes.ts';

/**
 * A page's Open Graph image: the business card's back, widened for a link preview. The brand
 * colour as the ground, a serif title, and the person's name and site along the bottom so a
 * shared link always says whose it is.
 */
const { paddingX: PADDING_X, paddingY: PADDING_Y, contentWidth: CONTENT_WIDTH, band: BAND, marginTop: MARGIN_TOP, footer: FOOTER, monogram: RING } = OG_GEOMETRY;
/** The site's address, right-aligned, ends where the rule above it ends: the ring, the name and the address fill the row exactly. */
const FOOTER_SITE_WIDTH = 380;
const FOOTER_NAME_WIDTH = CONTENT_WIDTH - (RING.size + 2 * RING.ring + RING.gap) - FOOTER_SITE_WIDTH;

/**
 * The room of each piece of text. The sizes are set so that even the longest text the schemas
 * allow, at every block's most lines, stays inside the image (a test holds the worst case).
 */
function blocksOf(spec: OgSpec): TextBlock[] {
  const home = spec.layout === 'home';
  const blocks: TextBlock[] = [
    { key: 'eyebrow', ...spec.eyebrow, family: 'sans', weight: 600, width: CONTENT_WIDTH, maxLines: 2, size: { max: 20, min: 16 }, lineHeight: 1.3, tracking: 0.12, uppercase: true },
    home
      ? { key: 'title', ...spec.title, family: 'serif', weight: 600, width: CONTENT_WIDTH, maxLines: 2, maxHeight: 106, size: { max: 96, min: 40 }, lineHeight: 1.1, tracking: -0.015, balance: true }
      : { key: 'title', ...spec.title, family: 'serif', weight: 600, width: CONTENT_WIDTH, maxLines: 3, maxHeight: 190, size: { max: 84, min: 40 }, lineHeight: 1.1, tracking: -0.01, balance: true },
  ];
  if (spec.subtitle) blocks.push({ key: 'subtitle', ...spec.subtitle, family: 'sans', weight: 600, width: CONTENT_WIDTH, maxLines: 2, size: { max: 32, min: 24 }, lineHeight: 1.25 });
  if (spec.stat) {
    blocks.push({ key: 'figure', ...spec.stat.figure, family: 'serif', weight: 600, width: CONTENT_WIDTH, maxLines: 1, size: { max: 60, min: 36 }, lineHeight: 1.05 });
    blocks.push({ key: 'figure-label', ...spec.stat.label, family: 'sans', weight: 400, width: CONTENT_WIDTH, maxLines: 2, size: { max: 24, min: 20 }, lineHeight: 1.35 });
  }
  if (spec.description) blocks.push({ key: 'description', ...spec.description, family: 'sans', weight: 400, width: CONTENT_WIDTH, maxLines: 3, size: { max: 28, min: 22 }, lineHeight: 1.4 });
  blocks.push(
    { key: 'footer-name', ...spec.person.name, family: 'sans', weight: 600, width: FOOTER_NAME_WIDTH, maxLines: 1, size: { max: 24, min: 14 }, lineHeight: 1.3 },
    { key: 'footer-site', ...spec.person.site, family: 'sans', weight: 400, width: FOOTER_SITE_WIDTH, maxLines: 1, size: { max: 24, min: 14 }, lineHeight: 1.3 },
  );
  return blocks;
}

/**
 * A page's image as a pure function of its spec. Text in a script the bundled fonts lack (a CJK
 * title, an Arabic tagline) is left off the image with a warning, rather than drawn as empty
 * boxes or failing the site: the page itself, and the preview's own title text, show it as written.
 */
export function ogImage(spec: OgSpec, fonts: FontSet): ImageLayout {
  const colours = paletteFor(spec.brand);
  const name = `the Open Graph image of /${spec.page}`;
  const warnings: ImageProblem[] = [];
  const blocks = blocksOf(spec).filter((block) => {
    const missing = missingGlyphs(fonts, block.family, block.text);
    if (missing.length > 0) warnings.push({ image: name, origin: block.origin, message: `is left off ${name}: the image fonts cannot draw ${describeCharacters(missing)}`, hint: 'the page itself shows it as written' });
    return missing.length === 0;
  });
  const monogram = initials(spec.person.name.text);
  const drawMonogram = missingGlyphs(fonts, 'serif', monogram).length === 0;
  const byKey = new Map(blocks.map((block) => [block.key, block]));
  const blockColours: Record<string, string> = {
    eyebrow: colours.accentOnPrimary,
    title: colours.onPrimary,
    subtitle: colours.accentOnPrimary,
    figure: colours.accentOnPrimary,
    'figure-label': colours.onPrimaryMuted,
    description: colours.onPrimaryMuted,
    'footer-name': colours.onPrimary,
    'footer-site': colours.onPrimaryMuted,
  };
  const text = (key: string, sizes: ReadonlyMap<string, number>, style: Record<string, string | number>): ImageElement | undefined => {
    const block = byKey.get(key);
    return block && textElement(fonts, block, sizes.get(key)!, style);
  };
  return {
    name,
    canvas: OG_CANVAS,
    blocks,
    warnings,
    // Every shape (ground, accent band, rule, monogram ring) sits beside or under the text.
    textOnTop: true,
    placeText: (sizes, shaper) =>
      placeOgText(
        {
          blocks,
          sizes,
          colours: new Map(Object.entries(blockColours).map(([key, colour]) => [key, colour.toLowerCase()])),
          stacks: fonts.stacks,
          monogram: drawMonogram ? { text: monogram, colour: colours.accentOnPrimary.toLowerCase() } : undefined,
          groundColours: [colours.primary, spec.brand.accent, colours.ruleOnPrimary, colours.accentOnPrimary].join(' ').toLowerCase(),
        },
        shaper,
      ),
    textHeight: (block, size, text, shaper) => ogBlockHeight(block, size, text, fonts.stacks, shaper),
    draw: (sizes) =>
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: OG_CANVAS.width, height: OG_CANVAS.height, padding: `${PADDING_Y}px ${PADDING_X}px`, boxSizing: 'border-box', backgroundColor: colours.primary, color: colours.onPrimary } },
        h(
          'div',
          { style: { display: 'flex', flexDirection: 'column' } },
          h('div', { style: { width: BAND.width, height: BAND.height, backgroundColor: spec.brand.accent, marginBottom: BAND.below } }),
          text('eyebrow', sizes, { color: blockColours['eyebrow']! }),
        ),
        // The message sits in the middle of the room left, however long it is.
        h(
          'div',
          { style: { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, paddingBottom: OG_GEOMETRY.messagePaddingBottom } },
          text('title', sizes, { color: blockColours['title']! }),
          text('subtitle', sizes, { color: blockColours['subtitle']!, marginTop: MARGIN_TOP['subtitle']! }),
          text('figure', sizes, { color: blockColours['figure']!, marginTop: MARGIN_TOP['figure']! }),
          text('figure-label', sizes, { color: blockColours['figure-label']!, marginTop: MARGIN_TOP['figure-label']! }),
          text('description', sizes, { color: blockColours['description']!, marginTop: MARGIN_TOP['description']! }),
        ),
        h(
          'div',
          { style: { display: 'flex', flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between', borderTop: `${FOOTER.rule}px solid ${colours.ruleOnPrimary}`, paddingTop: FOOTER.above } },
          h(
            'div',
            { style: { display: 'flex', flexDirection: 'row', alignItems: 'center' } },
            drawMonogram && h('div', { style: { display: 'flex', alignItems: 'center', justifyContent: 'center', width: RING.size, height: RING.size, borderRadius: RING.size / 2, border: `${RING.ring}px solid ${colours.accentOnPrimary}`, marginRight: RING.gap, fontFamily: fonts.stacks.serif, fontWeight: RING.weight, fontSize: RING.fontSize, color: colours.accentOnPrimary } }, monogram),
            text('footer-name', sizes, { color: blockColours['footer-name']! }),
          ),
          text('footer-site', sizes, { color: blockColours['footer-site']!, textAlign: 'right' }),
        ),
      ),
  };
}
