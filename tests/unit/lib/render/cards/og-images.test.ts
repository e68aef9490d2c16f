import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawFitted, ImageProblemsError } from '../../../../../src/lib/render/cards/fit.ts';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import { ogImageFile, ogSpecs, pageOfPath, pageOgSpec, shortenAtWord } from '../../../../../src/lib/render/cards/og-images.ts';
import { ogImage } from '../../../../../src/lib/render/cards/og-template.ts';
import { renderImage } from '../../../../../src/lib/render/cards/render.ts';
import { ogImagePath } from '../../../../../src/lib/render/urls.ts';
import { buildModel } from '../../../../../src/lib/model/model.ts';
import { visibleContent } from '../../../../../src/lib/model/visibility.ts';
import { mdx } from '../../../../support/content-fixture.ts';
import { fixture, SITE } from './fixture.ts';

const fonts = loadFonts();

describe('Open Graph image files', () => {
  it('follow the page’s address', () => {
    expect(ogImageFile('')).toBe('og/index.png');
    expect(ogImageFile('work/2021-05-04-latency/')).toBe('og/work/2021-05-04-latency.png');
    expect(ogImageFile('/skills/')).toBe('og/skills.png');
    expect(ogImageFile('404.html')).toBe('og/404.png');
    expect(ogImagePath('resume', 'staff-sre')).toBe('/og/resume/staff-sre.png');
    expect(ogImagePath('home')).toBe('/og/index.png');
  });

  it('find the page under the site’s base path', () => {
    expect(pageOfPath('/portfolio/work/x/', '/portfolio/')).toBe('work/x/');
    expect(pageOfPath('/', '/')).toBe('');
    expect(pageOfPath('/404.html', '/')).toBe('404/');
  });
});

describe('ogSpecs', () => {
  const { model } = fixture({ 'resumes/platform.mdx': mdx('title: Platform lead\ntargetRole: Engineering Manager', 'Summary.\n') });
  const specs = ogSpecs(model, SITE);

  it('describes the home page, each public case study, each skill and each resume variant', () => {
    expect([...specs.keys()].sort()).toEqual(['', 'resume/platform/', 'skills/go/', 'skills/kubernetes/', 'work/2018-03-02-billing/', 'work/2021-05-04-latency/']);
    expect(specs.get('')).toMatchObject({ layout: 'home', title: { text: 'Ada Example' }, subtitle: { text: 'Platform engineer' }, eyebrow: { text: 'Leeds, UK' } });
    expect(specs.get('resume/platform/')).toMatchObject({ title: { text: 'Platform lead' }, description: { text: 'For Engineering Manager.' } });
  });

  it('leads a case study with its first impact figure, written without an arrow', () => {
    expect(specs.get('work/2021-05-04-latency/')).toMatchObject({
      eyebrow: { text: 'Case study · May 2021 · Acme Corp' },
      title: { text: 'Cut checkout latency', origin: { collection: 'accomplishments', field: ['title'] } },
      stat: { figure: { text: '−89%' }, label: { text: 'p99 latency, from 800 ms to 90 ms' } },
      description: undefined,
    });
  });

  it('describes any other page by its own title and description', () => {
    expect(pageOgSpec(model, SITE, 'work/tags/cost/', '#cost', '1 accomplishment tagged cost.')).toMatchObject({ eyebrow: { text: 'Work' }, title: { text: '#cost', origin: { kind: 'page', page: '/work/tags/cost/' } }, description: { text: '1 accomplishment tagged cost.' } });
  });
});

describe('Open Graph image text in other languages', () => {
  it('words the labels, dates, figures and levels in the default language of a site that is not in English', () => {
    const { model: german } = fixture({}, 'languages: [de]');
    const specs = ogSpecs(german, SITE);
    expect(specs.get('work/2021-05-04-latency/')).toMatchObject({
      eyebrow: { text: 'Fallstudie · Mai 2021 · Acme Corp' },
      stat: { label: { text: 'p99 latency, von 800 ms auf 90 ms' } },
    });
    expect(specs.get('skills/go/')?.eyebrow.text).toMatch(/^Fähigkeit · /);
    expect(JSON.stringify([...specs.values()])).not.toMatch(/Case study|Skill ·|\bfrom\b|\bExpert\b|Advanced|Working knowledge|since \d/);
  });

  it('puts a translated model’s pages under its language, worded in it', () => {
    const { content } = fixture({}, 'languages: [en, fr]');
    const french = buildModel(visibleContent(content, 'public'), { language: 'fr' });
    const specs = ogSpecs(french, SITE);
    expect([...specs.keys()]).toContain('fr/work/2021-05-04-latency/');
    expect(specs.get('fr/work/2021-05-04-latency/')?.eyebrow.text).toBe('Étude de cas · mai 2021 · Acme Corp');
    expect(specs.get('fr/skills/go/')?.stat?.figure.text).toBe('2 études de cas');
  });

  it('names the section of a translated page the model does not describe in the page’s language', () => {
    const { model: english } = fixture({}, 'languages: [en, de]');
    expect(pageOgSpec(english, SITE, 'de/work/tags/cost/', '#cost', '').eyebrow.text).toBe('Arbeit');
    expect(pageOgSpec(english, SITE, 'work/tags/cost/', '#cost', '').eyebrow.text).toBe('Work');
  });
});

describe('Open Graph images', () => {
  const { model } = fixture();

  it('are 1200 × 630 PNGs that say whose page it is', async () => {
    const image = await renderImage(ogImage(ogSpecs(model, SITE).get('work/2021-05-04-latency/')!, fonts), fonts, { title: 'Cut checkout latency', dpi: 72 });
    expect(await sharp(image.png).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    expect(image.text.split('\n')).toEqual(['Case study · May 2021 · Acme Corp', 'Cut checkout latency', '−89%', 'p99 latency, from 800 ms to 90 ms', 'AE', 'Ada Example', 'ada.example']);
  });

  it('fit a title and a description as long as the schemas allow', async () => {
    const title = 'Cut card-authorization p99 latency from 820 to 95 ms by removing lock contention and moving fraud checks off the hot path';
    const bullet = 'Cut card-authorization p99 latency from 820 to 95 ms by taking a row lock out of the hot path, caching compiled schemas and agreeing with the fraud team to run most of their own checks asynchronously, after the response.';
    expect([title.slice(0, 120).length, bullet.length]).toEqual([120, 220]);
    const image = await renderImage(ogImage(pageOgSpec(model, SITE, 'work/x/', title.slice(0, 120), bullet), fonts), fonts, { title: 't', dpi: 72 });
    expect(await sharp(image.png).metadata()).toMatchObject({ width: 1200, height: 630 });
  });

  it('end the site’s address where the rule above it ends, with and without the initials', async () => {
    const spec = ogSpecs(model, SITE).get('work/2021-05-04-latency/')!;
    for (const name of ['Ada Example', '\uE000 Example']) {
      const layout = ogImage({ ...spec, person: { ...spec.person, name: { ...spec.person.name, text: name } } }, fonts);
      const { boxes, svg } = await drawFitted(layout, fonts, { embedFont: false });
      const site = boxes.get('footer-site')!;
      expect(site.left + site.width).toBe(1200 - 72);
      // The rule is the footer's top border, drawn from the left padding to the right one.
      expect(svg).toContain('h1056');
    }
  });

  it('fit a long eyebrow in the capitals it is drawn in', async () => {
    const spec = ogSpecs(model, SITE).get('work/2021-05-04-latency/')!;
    const eyebrow = 'Case study · March 2019 · Northwind Logistics and Freight Forwarding International · Platform reliability and payments infrastructure group · Leeds';
    const title = 'Led the migration of billing to the new ledger service, region by region, and retired the old one without a minute of downtime';
    const layout = ogImage({ ...spec, eyebrow: { ...spec.eyebrow, text: eyebrow }, title: { ...spec.title, text: title } }, fonts);
    // In lower case it would fit two lines at the largest size; in capitals it needs a smaller one.
    // (The long title has every block fitted before anything is drawn.)
    const image = await renderImage(layout, fonts, { title: 't', dpi: 72 });
    expect(image.text.split('\n')[0]).toBe(eyebrow);
  });

  it('refuse content text that does not fit even at the smallest size, naming the field and how much to cut', async () => {
    const wide = (length: number) => 'WM '.repeat(Math.ceil(length / 3)).slice(0, length).trim();
    const { model: wideModel } = fixture({ 'accomplishments/2021-01-01-wide.mdx': mdx(`title: ${wide(120)}\ndate: "2021-01-01"\nrole: acme\nbullet: ${wide(220)}`) });
    const spec = ogSpecs(wideModel, SITE).get('work/2021-01-01-wide/')!;
    const error = (await renderImage(ogImage(spec, fonts), fonts, { title: 't', dpi: 72 }).catch((caught: unknown) => caught)) as ImageProblemsError;
    expect(error).toBeInstanceOf(ImageProblemsError);
    expect(error.problems.map((problem) => [problem.origin, problem.message])).toEqual([
      [{ kind: 'content', collection: 'accomplishments', id: '2021-01-01-wide', field: ['title'] }, 'does not fit on the Open Graph image of /work/2021-01-01-wide/, even at the smallest size (40 px): it has 119 characters and about 107 fit in 3 lines; shorten it by about 12 characters'],
      [{ kind: 'content', collection: 'accomplishments', id: '2021-01-01-wide', field: ['bullet'] }, 'does not fit on the Open Graph image of /work/2021-01-01-wide/, even at the smallest size (22 px): it has 220 characters and about 197 fit in 3 lines; shorten it by about 23 characters'],
    ]);
  });

  it('shorten a page’s own long description at a word, with an ellipsis, instead of failing', () => {
    const spec = pageOgSpec(model, SITE, 'work/', 'Work', `${'Twenty-six accomplishments, year by year, each with its story. '.repeat(5)}`);
    expect(spec.description!.text).toBe('Twenty-six accomplishments, year by year, each with its story. '.repeat(3).trim().replace(/\.$/, '…'));
    expect(shortenAtWord('Short enough.', 200)).toBe('Short enough.');
    expect(shortenAtWord('one two three four five', 12)).toBe('one two…');
  });

  it('leave text in scripts the fonts lack off the image, with a warning, instead of empty boxes', async () => {
    const spec = { ...ogSpecs(model, SITE).get('')!, eyebrow: { text: 'አዲስ አበባ (Addis Ababa)', origin: { kind: 'content' as const, collection: 'profile' as const, id: 'profile', field: ['location'] }, hint: '' } };
    const layout = ogImage(spec, fonts);
    expect(layout.blocks.map((block) => block.key)).not.toContain('eyebrow');
    expect(layout.warnings).toEqual([
      expect.objectContaining({ message: 'is left off the Open Graph image of /: the image fonts cannot draw "አ" (U+12A0), "ዲ" (U+12F2), "ስ" (U+1235), "በ" (U+1260), "ባ" (U+1263)', origin: expect.objectContaining({ field: ['location'] }) }),
    ]);
    const image = await renderImage(layout, fonts, { title: 't', dpi: 72 });
    expect(image.text).not.toContain('አዲስ');
    expect(image.text).toContain('Ada Example');
  });

  it('show CJK, right-to-left text and emoji as written', async () => {
    const spec = { ...ogSpecs(model, SITE).get('')!, eyebrow: { text: '東京 (Tōkyō) · תל אביב · القاهرة 🌍', origin: { kind: 'content' as const, collection: 'profile' as const, id: 'profile', field: ['location'] }, hint: '' } };
    const layout = ogImage(spec, fonts);
    expect(layout.warnings).toEqual([]);
    const image = await renderImage(layout, fonts, { title: 't', dpi: 72 });
    expect(image.text).toContain('東京 (Tōkyō) · תל אביב · القاهرة 🌍');
    // Drawn, by satori's outlines: the eyebrow's first letters (東京) are in the accent colour, not left out.
    const { data } = await sharp(image.png).removeAlpha().extract({ left: 72, top: 84, width: 40, height: 26 }).raw().toBuffer({ resolveWithObject: true });
    const ground = [...data.subarray(0, 3)].join();
    expect(Array.from({ length: data.length / 3 }, (_unused, pixel) => [...data.subarray(pixel * 3, pixel * 3 + 3)].join()).filter((colour) => colour !== ground).length).toBeGreaterThan(100);
  });

});
