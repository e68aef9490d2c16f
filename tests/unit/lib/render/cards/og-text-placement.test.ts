import { describe, expect, it } from 'vitest';
import { drawFitted } from '../../../../../src/lib/render/cards/fit.ts';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import { groundOfText } from '../../../../../src/lib/render/cards/layers.ts';
import type { OgSpec } from '../../../../../src/lib/render/cards/og-images.ts';
import { ogImage } from '../../../../../src/lib/render/cards/og-template.ts';
import { samePlacement } from '../../../../../src/lib/render/cards/placed-image.ts';
import { shaperFor } from '../../../../../src/lib/render/cards/shaping.ts';
import { textPieces } from '../../../../../src/lib/render/cards/text-pieces.ts';

const fonts = loadFonts();
const shaper = await shaperFor(fonts.fonts);
const text = (value: string) => ({ text: value, origin: { kind: 'page' as const, page: 'test', field: 'title' }, hint: '' });

const people = [
  { name: text('Sam Example'), site: text('sam.example') },
  { name: text('Zoë Łukasiewicz-Ångström'), site: text('zoe.example.org/portfolio') },
  { name: text('Nguyễn Văn An'), site: text('an.example.vn') },
  { name: text('Ελένη Παπαδοπούλου'), site: text('eleni.example.gr') },
  { name: text('Иван Петров'), site: text('a-very-long-domain-name-for-testing.example.com/with/a/path') },
  { name: text('María José de la Cruz Fernández-Villaverde y Montes'), site: text('x.io') },
];
const brands = [
  { primary: '#1f5f4f', accent: '#b45309' },
  { primary: '#FFFFFF', accent: '#FFD700' },
  { primary: '#101010', accent: '#3366FF' },
];
const titles = [
  'Observability',
  'Cut checkout latency by moving pricing to the edge',
  'Led the migration of billing to the new ledger service, region by region, without a minute of downtime',
  'Kürzere Ladezeiten für die Straßenbahn-Übersicht',
  'Zażółć gęślą jaźń: łączność usług płatniczych',
  'Tăng tốc độ thanh toán và giảm độ trễ',
  'Снизили задержку платежей на 40% — без сбоев',
  'Réduit la latence de 40 % à l’échelle « plateforme »',
  'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz eingeführt',
];
const descriptions = [
  undefined,
  'Moved the slowest requests off the shared database and onto a cache each region keeps warm.',
  'Μείωση καθυστέρησης πληρωμών κατά 40% στην Αθήνα, χωρίς διακοπή, με νέα αρχιτεκτονική για όλες τις ομάδες και τα συστήματα.',
];

/** Page images of many shapes: home and case study, with and without a figure, in several scripts and brands. */
function specs(): OgSpec[] {
  const all: OgSpec[] = [];
  titles.forEach((title, index) => {
    const person = people[index % people.length]!;
    const brand = brands[index % brands.length]!;
    const description = descriptions[index % descriptions.length];
    all.push({ page: `work/${index}/`, layout: 'page', eyebrow: text(`Case study · March ${2010 + index} · Example Systems`), title: text(title), description: description === undefined ? undefined : text(description), person, brand });
    all.push({ page: `work/${index}-figure/`, layout: 'page', eyebrow: text('Skill · Kubernetes'), title: text(title), stat: { figure: text(['−88%', '3.5×', '$1.2M'][index % 3]!), label: text('p99 authorization latency, from 820 to 95 ms') }, description: description === undefined ? undefined : text(description), person, brand });
    all.push({ page: '', layout: 'home', eyebrow: text('Lisbon, Portugal'), title: person.name, subtitle: text(title), description: description === undefined ? undefined : text(description), person, brand });
  });
  return all;
}

describe('page image text placed without satori', () => {
  it('puts every piece of text and every box where satori does, and grounds with one key are one ground', async () => {
    const grounds = new Map<string, string>();
    let placedCount = 0;
    for (const spec of specs()) {
      const layout = ogImage(spec, fonts);
      const drawn = await drawFitted(layout, fonts, { embedFont: false });
      if (drawn.problems.length > 0) continue;
      const read = textPieces(drawn.svg)!;
      const placed = layout.placeText!(drawn.sizes, shaper);
      expect(placed, spec.title.text).toBeDefined();
      expect(placed!.pieces, spec.title.text).toEqual(read.pieces.map((piece) => expect.objectContaining(piece)));
      expect(samePlacement(placed!, read.pieces, drawn.boxes), spec.title.text).toBe(true);
      const ground = groundOfText(read.rest);
      expect(grounds.get(placed!.ground) ?? ground, spec.title.text).toBe(ground);
      grounds.set(placed!.ground, ground);
      placedCount++;
    }
    // Every shape was drawn, and the grounds are shared, as a site's images share them.
    expect(placedCount).toBeGreaterThan(20);
    expect(grounds.size).toBeLessThan(placedCount / 2);
  });

  it('leaves to satori text the fonts it shapes with lack', () => {
    const layout = ogImage({ page: 'work/x/', layout: 'page', eyebrow: text('Case study'), title: text('From 12 → 3 minutes'), person: people[0]!, brand: brands[0]! }, fonts);
    expect(layout.placeText!(new Map(layout.blocks.map((block) => [block.key, block.size.max])), shaper)).toBeUndefined();
  });
});
