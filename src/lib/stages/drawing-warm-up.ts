import type { FontSet } from '../render/cards/fonts.ts';
import type { SourcedText } from '../render/cards/layout.ts';
import type { OgSpec } from '../render/cards/og-images.ts';
import { ogImage } from '../render/cards/og-template.ts';
import { renderImage } from '../render/cards/render.ts';

/**
 * A fresh drawing process takes about twice as long over its first hundred images as over the
 * rest, while V8 compiles satori and the text drawing (bench/results.md). A process started
 * early draws made-up page images until its jobs come, so the build's own images are drawn warm.
 * They are drawn in memory and thrown away: nothing reaches the cache or the site.
 */

const text = (value: string): SourcedText => ({ text: value, origin: { kind: 'page', page: 'warm-up', field: 'title' }, hint: '' });

/** Titles of the lengths and shapes page images have: one line, two lines, with figures. */
const TITLES = [
  'Cut checkout latency by moving pricing to the edge',
  'Rebuilt the onboarding flow with the support team',
  'Led the migration of billing to the new ledger service, region by region',
  'Mentored four engineers through their first on-call rotation',
  'Replaced nightly batch exports with a streaming pipeline',
  'Observability',
];

function warmUpSpec(round: number): OgSpec {
  const title = TITLES[round % TITLES.length]!;
  const person = { name: text('Sam Example'), site: text('sam.example') };
  const brand = { primary: '#1f5f4f', accent: '#b45309' };
  if (round % 7 === 0) {
    return { page: '', layout: 'home', eyebrow: text('Lisbon, Portugal'), title: person.name, subtitle: text('Staff engineer, payments and reliability'), description: text(title), person, brand };
  }
  return {
    page: `warm-up/${round}/`,
    layout: 'page',
    eyebrow: text(`Case study · March ${2010 + (round % 15)} · Example Systems`),
    title: text(round % 2 ? title : `${title} (${round})`),
    description: round % 3 ? text('Moved the slowest requests off the shared database and onto a cache each region keeps warm.') : undefined,
    stat: round % 3 ? undefined : { figure: text(`−${10 + (round % 80)}%`), label: text('p99 latency, from 820 to 95 ms') },
    person,
    brand,
  };
}

/**
 * Draws made-up page images, one a turn of the event loop, until `stop()` says so or `most` are
 * drawn. A warm-up that fails just ends: the build's own images show any real fault.
 */
export async function warmUp(fonts: FontSet, stop: () => boolean, most = 100): Promise<number> {
  let drawn = 0;
  try {
    for (; drawn < most && !stop(); drawn++) {
      await renderImage(ogImage(warmUpSpec(drawn), fonts), fonts, { title: 'warm-up', dpi: 72 });
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch {
    // Nothing to report: see above.
  }
  return drawn;
}
