import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { businessCards, cardFiles, isPublishedCard } from '../../src/lib/render/cards/business-cards.ts';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { readPngText, withPngText } from '../../src/lib/render/cards/png-text.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { collectSecrets, findLeaks } from '../../src/lib/privacy/secrets.ts';
import { readPublishedFiles } from '../../src/lib/privacy/published-files.ts';
import { visibleContent } from '../../src/lib/model/visibility.ts';
import { imagesStage } from '../../src/integrations/stages/images.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { readSiteFile, siteFiles, siteHasFile } from '../../scripts/lib/site-files.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';
import { leaksIn, testContext } from '../support/build-context.ts';

const dist = inject('sampleDist');
/** The person's own copies: every card file, bleed images and print PDFs. */
const own = path.join(path.dirname(dist), 'out', 'cards');
const sampleContent = path.join(PROJECT_ROOT, 'content');
const { content } = loadContent(sampleContent);
const SITE = 'https://mayaokafor.example/';
const { cards } = businessCards(buildModel(visibleContent(content, 'public')), SITE);

async function decodeQr(file: string): Promise<string | undefined> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

function meta(html: string, attribute: 'property' | 'name', key: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
}

describe('the sample persona’s cards, images and vCard', () => {
  beforeAll(() => {
    expect(dist, `the sample build failed:\n${inject('sampleBuildOutput')}`).not.toBe('');
  });

  it('has a default card and one for each pitch that asks for one', () => {
    expect(cards.map((card) => card.id)).toEqual(['default', 'recruiter-60s', 'conference-2min']);
    expect(content.pitches.filter((pitch) => !pitch.data.card).map((pitch) => pitch.id)).toEqual(['networking-30s']);
  });

  it('makes each side EU-sized at 300 dpi, with and without bleed, into out/cards/', async () => {
    for (const card of cards) {
      const files = cardFiles(card);
      for (const file of [files.front, files.back]) expect(await sharp(path.join(path.dirname(own), file)).metadata(), file).toMatchObject({ format: 'png', width: 1004, height: 650, density: 300 });
      for (const file of [files.frontBleed!, files.backBleed!]) expect(await sharp(path.join(path.dirname(own), file)).metadata(), file).toMatchObject({ format: 'png', width: 1079, height: 725, density: 300 });
    }
  });

  it('publishes only the default card’s two sides: no pitch’s card, no print file', () => {
    expect(siteFiles(dist).filter((file) => file.startsWith('cards/')).sort()).toEqual(['cards/default-back.png', 'cards/default-front.png']);
  });

  it('prints each card as a two-page vector PDF with its text in embedded fonts, a 1/8 in bleed and crop marks', async () => {
    for (const card of cards) {
      const bytes = readFileSync(path.join(path.dirname(own), cardFiles(card).pdf));
      const document = await PDFDocument.load(bytes);
      expect(document.getPageCount()).toBe(2);
      expect(document.getTitle()).toBe(`Business card: Maya Okafor, for ${card.audience}`);
      for (const page of document.getPages()) {
        expect(page.getTrimBox().width).toBeCloseTo((85 / 25.4) * 72, 3);
        expect(page.getBleedBox().width).toBeCloseTo((85 / 25.4) * 72 + 18, 3);
        // Room beyond the bleed for the crop marks.
        expect(page.getWidth()).toBeGreaterThan(page.getBleedBox().width + 2 * 14);
      }
      const [front, back] = await pdfPageTexts(bytes);
      expect(front).toContain('Maya Okafor');
      expect(back).toContain(`mayaokafor.example/c/${card.qr.slug}`);
      expect(bytes.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
    }
  });

  it('puts a QR code on each back that opens the card’s short page, which leads to the page its pitch names', async () => {
    const expected: Record<string, string> = {
      default: SITE,
      'recruiter-60s': `${SITE}resume/platform-lead/`,
      'conference-2min': `${SITE}work/2022-06-17-card-authorization-latency/`,
    };
    for (const card of cards) {
      const short = `${SITE}c/${card.qr.slug}/`;
      expect(await decodeQr(path.join(path.dirname(own), cardFiles(card).back)), card.id).toBe(short);
      expect(await decodeQr(path.join(path.dirname(own), cardFiles(card).backBleed!)), card.id).toBe(short);
      const page = readSiteFile(dist, `c/${card.qr.slug}/index.html`);
      expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${expected[card.id]}">`);
      expect(page).toContain(`<link rel="canonical" href="${expected[card.id]}">`);
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).toContain(`href="${expected[card.id]}"`);
      expect(siteHasFile(dist, `${expected[card.id]!.slice(SITE.length)}index.html`)).toBe(true);
    }
    expect(readSiteFile(dist, 'sitemap-0.xml')).not.toContain('/c/');
  });

  it('gives every page an Open Graph image of 1200 × 630, in og:image and twitter:image with its size', async () => {
    // The cards' short pages (c/…) are redirects, which no one shares.
    const pages = siteFiles(dist).filter((file) => file.endsWith('.html') && !file.startsWith('c/'));
    expect(pages.length).toBeGreaterThan(40);
    const images = new Set<string>();
    for (const page of pages) {
      const html = readSiteFile(dist, page);
      const image = meta(html, 'property', 'og:image');
      expect(image, page).toMatch(/^https:\/\/mayaokafor\.example\/og\/.+\.png$/);
      expect(meta(html, 'name', 'twitter:image'), page).toBe(image);
      expect(meta(html, 'property', 'og:image:width'), page).toBe('1200');
      expect(meta(html, 'property', 'og:image:height'), page).toBe('630');
      expect(meta(html, 'property', 'og:image:alt'), page).toBeTruthy();
      images.add(image!.slice(SITE.length));
    }
    for (const image of ['og/index.png', 'og/work/2022-06-17-card-authorization-latency.png', 'og/skills.png', 'og/resume/staff-sre.png', 'og/contact.png', 'og/404.png']) expect(images).toContain(image);
    for (const image of images) expect(await sharp(path.join(dist, image)).metadata(), image).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('writes the words of each image into it, and no private or resume-only value is among them or in the vCard', () => {
    const published = readPublishedFiles(dist).filter((file) => ['.png', '.vcf'].includes(file.extension));
    expect(published.filter((file) => file.extension === '.png').length).toBeGreaterThan(60);
    const caseStudy = readPngText(readFileSync(path.join(dist, 'og/work/2022-06-17-card-authorization-latency.png')));
    expect(caseStudy['Description']).toContain('Cut card-authorization p99 latency by 88%');
    expect(findLeaks(published, collectSecrets(content))).toEqual([]);
    const phone = content.profile[0]!.data.contact.phone!.value;
    for (const file of published) expect(file.text.replace(/\D/g, ''), file.path).not.toContain(phone.replace(/\D/g, '').slice(-8));
  });

  it('lets the privacy guard see into images: a phone number planted in one is caught', () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-leak-')), 'dist');
    cpSync(dist, folder, { recursive: true });
    const file = path.join(folder, 'cards/default-front.png');
    writeFileSync(file, withPngText(readFileSync(file), { Comment: `Call ${content.profile[0]!.data.contact.phone!.value}` }));
    expect(leaksIn(folder, sampleContent)).toEqual([expect.objectContaining({ file: 'dist/cards/default-front.png', secret: expect.objectContaining({ field: 'contact.phone' }) })]);
  });

  it('serves a vCard and shows the default card on the contact page, offering no print file', () => {
    expect(readSiteFile(dist, 'contact.vcf')).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n[\s\S]*FN:Maya Okafor\r\n[\s\S]*END:VCARD\r\n$/);
    const html = readSiteFile(dist, 'contact/index.html');
    expect(html).toContain('href="/contact.vcf"');
    for (const card of cards) {
      const files = cardFiles(card);
      expect(html.includes(`src="/${files.front}"`), card.id).toBe(isPublishedCard(card));
      for (const file of [files.frontBleed!, files.backBleed!, files.pdf]) expect(html, file).not.toContain(file);
    }
  });

  it('says how many images it made and how many came from the cache', () => {
    expect(inject('sampleBuildOutput')).toMatch(/3 business cards and \d+ Open Graph images: \d+ made, \d+ from the cache/);
  });
});

/**
 * The image stage of the build (the integration's hooks) run over a copy of the sample's built
 * site: the same code path as `astro build`, without building the pages again.
 */
async function runImageStage(options: { contentDir: string; cacheFolder: string }): Promise<{ info: string[]; warnings: string[] }> {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-cards-')), 'dist');
  cpSync(dist, folder, { recursive: true });
  const info: string[] = [];
  const warnings: string[] = [];
  const logger = { info: (line: string) => info.push(line), warn: (line: string) => warnings.push(line), error: () => {}, debug: () => {}, fork: () => logger };
  const site = { dist: folder, base: '/', site: SITE, siteUrl: new URL('/', SITE).href, publicDir: path.join(folder, '..', 'public') };
  const publish = await imagesStage(testContext(options.contentDir, { imageCache: options.cacheFolder }), site, logger as never);
  await publish();
  return { info, warnings };
}

describe('the image stage of the build', () => {
  it('makes nothing on a rebuild with no change: every image comes from the cache', async () => {
    const cacheFolder = mkdtempSync(path.join(os.tmpdir(), 'cairn-image-cache-'));
    const first = await runImageStage({ contentDir: sampleContent, cacheFolder });
    const made = /^3 business cards and (\d+) Open Graph images: (\d+) made, 0 from the cache/.exec(first.info.join('\n'));
    expect(made, first.info.join('\n')).not.toBeNull();
    const total = Number(made![2]);
    // Four PNGs and a PDF for each card (the default card's plain sides written twice, made once), one image for each page.
    expect(total).toBe(Number(made![1]) + 3 * 5);
    const second = await runImageStage({ contentDir: sampleContent, cacheFolder });
    expect(second.info.join('\n')).toMatch(new RegExp(`^3 business cards and \\d+ Open Graph images: 0 made, ${total} from the cache`));
  });

  it('fails on a headline too long for the card, saying which card, which field and how much to cut', async () => {
    const headline = 'Staff platform engineer for card payments, developer platforms, observability, incident command and calm, sustainable on-call';
    const pitch = mdx(`audience: Recruiters\nvenue: Phone screen\nduration: 60\ncard:\n  headline: ${headline}`, 'I make slow systems fast.\n');
    const contentDir = writeContentFolder({ ...minimalContent(), 'pitches/recruiters.mdx': pitch });
    const error = (await runImageStage({ contentDir, cacheFolder: mkdtempSync(path.join(os.tmpdir(), 'cairn-image-cache-')) }).catch((caught: unknown) => caught)) as Error & { hint?: string };
    expect(error).toBeInstanceOf(Error);
    expect(error.message.split(`${contentDir}/`).join('')).toBe(
      '1 problem with business cards and social images:\n' +
        'pitches/recruiters.mdx:6  card.headline  does not fit on the front of business card "recruiters", even at the smallest size (27 px): it has 125 characters and about 105 fit in 2 lines; shorten it by about 20 characters  (shorten card.headline in this pitch)',
    );
    // A user's mistake, told by Astro as message and hint, with no stack trace into Cairn.
    expect(error.stack).toBe('');
    expect(error.hint).toMatch(/never cut/);
  });
});
