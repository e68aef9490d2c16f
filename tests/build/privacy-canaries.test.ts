import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { withPngText } from '../../src/lib/render/cards/png-text.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { collectSecrets } from '../../src/lib/privacy/secrets.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';
import { leaksIn } from '../support/build-context.ts';

/**
 * A unique value planted in every private place the schemas allow. Each one, written into any
 * kind of published file, must be caught and traced back to its file and field.
 */
const CANARIES = {
  privateTitle: 'Canary title kestrel-7731',
  privateTitleInGerman: 'Kanarientitel zaunkoenig-4471',
  privateStoryInGerman: 'Kanariengeschichte wiedehopf-3318 blieb hinter verschlossenen Türen.',
  privateBullet: 'Canary bullet osprey-2214 moved the numbers.',
  privateStory: 'Canary story merlin-5580 happened behind closed doors.',
  privateMetric: 'canary metric harrier-9043',
  privateRole: 'Canary Consulting buzzard-6612',
  privateSkill: 'Canary skill goshawk-3391',
  phone: '+44 7700 900777',
  address: '7 Canary Wharf Row, falcon-4420',
  goalTitle: 'Canary goal peregrine-1187',
  goalPlan: 'Canary plan hobby-8865 for next year.',
} as const;

const contentWithCanaries = () =>
  writeContentFolder({
    ...minimalContent(),
    'profile.mdx': minimalContent()['profile.mdx']!
      .replace('phone: "+44 7700 900123"', `phone: "${CANARIES.phone}"`)
      .replace('address: { value: "12 Quiet Lane, Leeds LS1 4AB", visibility: private }', `address: "${CANARIES.address}"\nlanguages: [en, de]`),
    'accomplishments/2022-09-09-canary.mdx': mdx(
      // Private text is secret in every language: the German title and the German story too.
      `title: { en: ${CANARIES.privateTitle}, de: ${CANARIES.privateTitleInGerman} }\ndate: "2022-09-09"\nrole: acme\nbullet: ${CANARIES.privateBullet}\nimpact:\n  - { label: ${CANARIES.privateMetric}, from: 1, to: 2 }\nvisibility: private`,
      `\n${CANARIES.privateStory}\n`,
    ),
    'accomplishments/2022-09-09-canary.de.mdx': `\n${CANARIES.privateStoryInGerman}\n`,
    'roles/side.mdx': mdx(`organisation: ${CANARIES.privateRole}\ntitle: Advisor\nstart: "2021-01"\nsummary: Advising.\nvisibility: private`),
    'skills/secret-skill.mdx': mdx(`name: ${CANARIES.privateSkill}\ncategory: Other\nlevel: working\nvisibility: private`),
    'goals/next.mdx': mdx(`title: ${CANARIES.goalTitle}\nhorizon: 12-months\ntargetDate: "2027-06"`, `\n${CANARIES.goalPlan}\n`),
  });

/** A one-page PDF with the value as real, extractable text. */
async function pdfWith(value: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage([400, 200]).drawText(value, { x: 20, y: 100, size: 10, font });
  return document.save();
}

/** A PNG whose text chunk carries the value, as the card and social images record their words. */
async function pngWith(value: string): Promise<Uint8Array> {
  const pixel = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#ffffff' } }).png().toBuffer();
  return withPngText(pixel, { Description: value });
}

/** How each kind of published file might carry a value. */
const CARRIERS: Record<string, (value: string) => string | Promise<Uint8Array>> = {
  'resume.pdf': pdfWith,
  'card.png': pngWith,
  'index.html': (value) => `<!doctype html><html><body><main><p>${value.replace(/&/g, '&amp;')}</p></main></body></html>`,
  'attribute.html': (value) => `<!doctype html><html><head><meta name="description" content="${value.replace(/"/g, '&quot;')}"></head></html>`,
  'feed.xml': (value) => `<?xml version="1.0"?><rss><channel><item><title>${value}</title></item></channel></rss>`,
  'resume.json': (value) => JSON.stringify({ basics: { summary: value } }),
  'resume.txt': (value) => `EXPERIENCE\n${value}\n`,
  'resume.md': (value) => `## Experience\n\n- ${value}\n`,
  'contact.vcf': (value) => `BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:${value.replace(/,/g, '\\,')}\r\nEND:VCARD\r\n`,
  'card.svg': (value) => `<svg xmlns="http://www.w3.org/2000/svg"><text>${value}</text></svg>`,
};

describe('privacy canaries', () => {
  const contentDir = contentWithCanaries();
  const dist = inject('sampleDist');

  it('knows every canary as a secret of the website', () => {
    const secrets = collectSecrets(loadContent(contentDir).content).map((secret) => secret.value);
    for (const value of Object.values(CANARIES)) expect(secrets.some((secret) => secret.includes(value) || value.includes(secret)), value).toBe(true);
  });

  it('finds nothing in the real sample site', () => {
    expect(leaksIn(dist, contentDir)).toEqual([]);
  });

  describe.each(Object.entries(CANARIES))('%s', (_name, value) => {
    it.each(Object.keys(CARRIERS))('is caught in %s', async (carrier) => {
      const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-canary-')), 'dist');
      cpSync(dist, folder, { recursive: true });
      writeFileSync(path.join(folder, carrier), await CARRIERS[carrier]!(value));
      const leaks = leaksIn(folder, contentDir);
      expect(leaks.map((leak) => leak.file)).toEqual([`dist/${carrier}`]);
      expect(leaks[0]!.secret.source).toMatch(/\.mdx$/);
    });
  });

  it('lets a direct-send resume carry the resume-level phone and address but not private entries or goals', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'cairn-out-'));
    writeFileSync(path.join(out, 'general.txt'), `Ada Example\n${CANARIES.phone}\n${CANARIES.address}\n`);
    expect(leaksIn(out, contentDir, 'resume')).toEqual([]);
    writeFileSync(path.join(out, 'general.md'), `- ${CANARIES.privateBullet}\n- ${CANARIES.goalTitle}\n`);
    expect(leaksIn(out, contentDir, 'resume').map((leak) => `${leak.secret.source.replace(/^.*\//, '')} ${leak.secret.field}`).sort()).toEqual([
      '2022-09-09-canary.mdx bullet',
      'next.mdx title',
    ]);
  });

  it('reads the sample site files it plants into', () => {
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('<main');
  });
});
