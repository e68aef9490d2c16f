import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { asciiSlug, entryIdFrom, titleSlug } from '../../../../src/lib/content/slug.ts';

describe('titleSlug', () => {
  it('folds accents and special letters into readable ASCII', () => {
    expect(titleSlug('Réduit la latence de 80 %')).toBe('reduit-la-latence-de-80');
    expect(titleSlug('Straße über Brücke')).toBe('strasse-uber-brucke');
  });

  it('spells Chinese, Japanese, Korean, Cyrillic and Greek titles in Latin letters', () => {
    expect(titleSlug('性能改善')).toBe('xing-neng-gai-shan');
    expect(titleSlug('プロジェクト')).toBe('puroziekuto');
    expect(titleSlug('데이터베이스')).toBe('deiteobeiseu');
    expect(titleSlug('Ускорил сборку')).toBe('uskoril-sborku');
    expect(titleSlug('Αύξηση απόδοσης')).toBe('ayxisi-apodosis');
  });

  it('drops emoji, and falls back when nothing readable is left', () => {
    expect(titleSlug('🚀 Launched the new API 🎉')).toBe('launched-the-new-api');
    expect(titleSlug('Ship it 👩🏽‍💻 now')).toBe('ship-it-now');
    expect(titleSlug('🎉🎉', 'accomplishment')).toBe('accomplishment');
  });

  it('produces ids the content loader accepts, cut at a word boundary', () => {
    const slug = titleSlug('Migrated twelve services from the legacy monolith to the new platform with zero downtime');
    expect(slug).toBe('migrated-twelve-services-from-the-legacy-monolith-to-the-new');
    expect(titleSlug('Wrote the runbook and the on-call training for a team of nine SREs', 'entry', 49)).toBe('wrote-the-runbook-and-the-on-call-training');
    expect(titleSlug('Cut the monthly AWS bill by a third with rightsizing', 'entry', 30)).toBe('cut-the-monthly-aws-bill');
    for (const title of ['Cut p99 latency — 820→95 ms', 'ＦＵＬＬＷＩＤＴＨ ａｐｉ', 'A'.repeat(80), 'ﬁle “quotes”']) {
      expect(titleSlug(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(titleSlug(title).length).toBeLessThanOrEqual(60);
    }
  });
});

describe('entryIdFrom', () => {
  it.each([
    ['Fancy Name', 'fancy-name'],
    ['Crème brûlée', 'creme-brulee'],
    ['  --Hello, World!--  ', 'hello-world'],
    ['!!!', 'entry'],
    ['Ана Лима', 'ana-lima'],
    ['数据库', 'shu-ju-ku'],
    ['Müller & Söhne GmbH', 'muller-sohne-gmbh'],
  ])('%s → %s, an id the schemas accept', (input, expected) => {
    expect(entryIdFrom(input)).toBe(expected);
    expect(entryIdFrom(input)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps a long name whole, so it still matches the id written for it', () => {
    const name = 'Principal site reliability engineering for payments and ledgers across three regions';
    expect(entryIdFrom(name)).toBe('principal-site-reliability-engineering-for-payments-and-ledgers-across-three-regions');
  });
});

describe('asciiSlug', () => {
  it('keeps a name that is a slug already, and spells any other in lower-case ASCII', () => {
    expect(asciiSlug('engineering-managers-berlin')).toBe('engineering-managers-berlin');
    expect(asciiSlug('pitch-10')).toBe('pitch-10');
    expect(asciiSlug('Recruiter-Zürich')).toBe('recruiter-zurich');
    expect(asciiSlug('Ана Лима')).toBe('ana-lima');
    expect(asciiSlug('Sales  Leads')).toBe('sales-leads');
  });

  it('loads the transliteration tables only for a name that needs them', () => {
    const loaded = (code: string) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', `const slug = await import('./src/lib/content/slug.ts'); ${code}; const { createRequire } = await import('node:module'); console.log(Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('transliteration')))`], { encoding: 'utf8' }).stdout.trim();
    expect(loaded("slug.asciiSlug('pitch-10')")).toBe('false');
    expect(loaded("slug.asciiSlug('Zürich')")).toBe('true');
  });
});
