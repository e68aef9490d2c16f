import jsQR from 'jsqr';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { businessCards } from '../../../../../src/lib/render/cards/business-cards.ts';
import { cardBack, cardFront } from '../../../../../src/lib/render/cards/card-template.ts';
import { fitText, ImageProblemsError } from '../../../../../src/lib/render/cards/fit.ts';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import type { ImageLayout } from '../../../../../src/lib/render/cards/layout.ts';
import { readPngText } from '../../../../../src/lib/render/cards/png-text.ts';
import { renderImage } from '../../../../../src/lib/render/cards/render.ts';
import { cardCanvas } from '../../../../../src/lib/render/cards/sizes.ts';
import { fixture, pitchWithCard, SITE } from './fixture.ts';

const fonts = loadFonts();
const { content, model } = fixture(pitchWithCard('  headline: Platform engineer for payments\n  contact: [email, site, GitHub]\n  qr: /work/'));
const { cards } = businessCards(model, SITE);
const pitchCard = cards.find((card) => card.id === 'recruiters')!;

async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** satori's SVG with text as <text> elements instead of outlines: the image's source, as words. */
async function textSvg(layout: ImageLayout, sizes: ReadonlyMap<string, number>): Promise<string> {
  const svg = await satori(layout.draw(sizes) as unknown as Parameters<typeof satori>[0], { width: layout.canvas.width, height: layout.canvas.height, fonts: fonts.fonts, embedFont: false });
  return svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('card images', () => {
  it.each([
    ['us', false, 1050, 600],
    ['eu', false, 1004, 650],
    ['us', true, 1125, 675],
    ['eu', true, 1079, 725],
  ] as const)('are %s-sized (bleed: %s) at %i × %i px with 300 dpi written into the PNG', async (size, bleed, width, height) => {
    const image = await renderImage(cardFront(pitchCard, cardCanvas(size, bleed), fonts), fonts, { title: 'card', dpi: 300 });
    const metadata = await sharp(image.png).metadata();
    expect(metadata).toMatchObject({ format: 'png', width, height, density: 300, channels: 3 });
  });

  it('puts a QR code on the back that opens the card’s short page, which leads to the page the pitch names', async () => {
    const image = await renderImage(cardBack(pitchCard, cardCanvas('us', false), fonts), fonts, { title: 'card', dpi: 300 });
    expect(await decodeQr(image.png)).toBe(`${SITE}c/recruiters/`);
    expect(pitchCard.qr.target).toBe(`${SITE}work/`);
    expect(await decodeQr((await renderImage(cardBack(cards[0]!, cardCanvas('eu', true), fonts), fonts, { title: 'card', dpi: 300 })).png)).toBe(`${SITE}c/me/`);
  });

  it('writes into the PNG exactly the words of its source SVG, and the QR code’s address', async () => {
    const layout = cardFront(pitchCard, cardCanvas('us', false), fonts);
    const image = await renderImage(layout, fonts, { title: 'Business card (front): Ada Example', dpi: 300 });
    const written = readPngText(image.png);
    expect(written['Title']).toBe('Business card (front): Ada Example');
    const source = (await textSvg(layout, new Map(layout.blocks.map((block) => [block.key, block.size.max])))).replaceAll('\u2060', '');
    // satori sets each word (and each part of an address) in its own <text>, upper-cased where styled so.
    const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '');
    expect(squash(written['Description']!)).toBe(squash(source));
    expect(source).toContain('Platform engineer for payments');
    const back = await renderImage(cardBack(pitchCard, cardCanvas('us', false), fonts), fonts, { title: 'back', dpi: 300 });
    expect(readPngText(back.png)['Description']).toContain('QR code: https://ada.example/c/recruiters/');
  });

  it('shows no resume-only or private contact detail on any side', async () => {
    const profile = content.profile[0]!.data.contact;
    for (const card of cards) {
      for (const template of [cardFront, cardBack]) {
        const text = (await renderImage(template(card, cardCanvas('us', true), fonts), fonts, { title: 'card', dpi: 300 })).text;
        expect(text).not.toContain(profile.phone!.value);
        expect(text.replace(/\D/g, '')).not.toContain('7700900123');
        expect(text).not.toContain('Quiet Lane');
      }
    }
  });
});

describe('fitting text on a card', () => {
  it('sets a short headline at its largest size and shrinks a longer one, never below its floor', async () => {
    const short = cardFront(pitchCard, cardCanvas('us', false), fonts);
    expect((await fitText(short, fonts)).sizes.get('headline')).toBe(34);
    const longer = cardFront({ ...pitchCard, headline: { ...pitchCard.headline, text: 'Staff platform engineer for card payments, developer platforms and calm on-call rotations' } }, cardCanvas('us', false), fonts);
    const { sizes, problems } = await fitText(longer, fonts);
    expect(problems).toEqual([]);
    expect(sizes.get('headline')).toBeLessThan(34);
    expect(sizes.get('headline')).toBeGreaterThanOrEqual(27);
  });

  it('fails a headline too long even at the smallest size, naming the card, the field and by how much', async () => {
    const headline = 'Staff platform engineer for card payments, developer platforms, observability, incident command and calm, sustainable on-call';
    const layout = cardFront({ ...pitchCard, headline: { ...pitchCard.headline, text: headline } }, cardCanvas('us', false), fonts);
    const error = await renderImage(layout, fonts, { title: 'card', dpi: 300 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImageProblemsError);
    expect((error as ImageProblemsError).problems).toEqual([
      {
        image: 'the front of business card "recruiters"',
        origin: { kind: 'content', collection: 'pitches', id: 'recruiters', field: ['card', 'headline'] },
        message: 'does not fit on the front of business card "recruiters", even at the smallest size (27 px): it has 125 characters and about 105 fit in 2 lines; shorten it by about 20 characters',
        hint: 'shorten card.headline in this pitch',
      },
    ]);
    // "About 105 fit" holds: the first 105 characters fit, and the next word does not.
    const withText = (text: string) => cardFront({ ...pitchCard, headline: { ...pitchCard.headline, text } }, cardCanvas('us', false), fonts);
    expect(headline.slice(0, 105)).toBe('Staff platform engineer for card payments, developer platforms, observability, incident command and calm,');
    expect((await fitText(withText(headline.slice(0, 105)), fonts)).problems).toEqual([]);
    expect((await fitText(withText(headline.slice(0, 117)), fonts)).problems).toHaveLength(1);
  });

  it('refuses characters the fonts cannot draw instead of printing empty boxes', async () => {
    const layout = cardFront({ ...pitchCard, headline: { ...pitchCard.headline, text: 'Latency ‗ ሰላም' } }, cardCanvas('us', false), fonts);
    const error = (await renderImage(layout, fonts, { title: 'card', dpi: 300 }).catch((caught: unknown) => caught)) as ImageProblemsError;
    expect(error.problems.map((problem) => problem.message)).toEqual([
      'has characters the image fonts cannot draw: "‗" (U+2017), "ሰ" (U+1230), "ላ" (U+120B), "ም" (U+121D); they cover Latin, Latin Extended, Vietnamese, Greek, Greek Extended, Cyrillic, Cyrillic Extended, Arabic, Hebrew, Devanagari (Hindi, Marathi, Nepali), Thai, Chinese, Japanese, Korean and emoji',
    ]);
  });

  it('draws Arabic, Hebrew, Devanagari (Hindi, Marathi, Nepali), Thai, Chinese, Japanese, Korean and emoji as written, in the card and in its PNG text', async () => {
    const headline = 'مرحبا שלום 東京 日本語 한국어 👋🏽 🚀';
    const layout = cardFront({ ...pitchCard, headline: { ...pitchCard.headline, text: headline } }, cardCanvas('us', false), fonts);
    const image = await renderImage(layout, fonts, { title: 'card', dpi: 300 });
    expect(readPngText(image.png)['Description']).toContain(headline);
    // Each emoji is placed as its picture; the letters are outlines from the script fonts.
    const { fonts: used, graphemeImages } = fonts.forTexts([headline]);
    expect(Object.keys(graphemeImages).sort()).toEqual(['👋🏽', '🚀']);
    expect(new Set(used.map((font) => font.name.replace(/-\d+$/, '')))).toEqual(new Set(['inter-latin', 'source-serif-4-latin', 'noto-sans-arabic-arabic', 'noto-sans-hebrew-hebrew', 'noto-sans-sc', 'noto-sans-kr']));
  });
});
