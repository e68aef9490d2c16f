import { describe, expect, it } from 'vitest';
import { parseImpactOption } from '../../../../src/lib/career/impact-option.ts';

describe('parseImpactOption', () => {
  it('reads a before and after with a unit', () => {
    expect(parseImpactOption('p99 latency: 820 -> 95 ms')).toEqual({ ok: true, impact: { label: 'p99 latency', from: 820, to: 95, unit: 'ms' } });
    expect(parseImpactOption('cloud spend: 1,200 → 830 €k/yr')).toEqual({ ok: true, impact: { label: 'cloud spend', from: 1200, to: 830, unit: '€k/yr' } });
    expect(parseImpactOption('build time: 12min -> 4min')).toEqual({ ok: true, impact: { label: 'build time', from: 12, to: 4, unit: 'min' } });
  });

  it('reads an amount without a before, with or without a unit', () => {
    expect(parseImpactOption('services migrated: 38')).toEqual({ ok: true, impact: { label: 'services migrated', to: 38 } });
    expect(parseImpactOption('error rate: 0.5 %')).toEqual({ ok: true, impact: { label: 'error rate', to: 0.5, unit: '%' } });
  });

  it('says what is wrong with a malformed impact', () => {
    expect(parseImpactOption('faster')).toEqual({ ok: false, reason: 'needs a label, a colon and the figures' });
    expect(parseImpactOption('latency: fast -> faster')).toEqual({ ok: false, reason: 'needs numbers such as 820 -> 95' });
    expect(parseImpactOption('latency: 1 s -> 900 ms')).toEqual({ ok: false, reason: 'has two units ("s" and "ms")' });
    expect(parseImpactOption('latency: 3 -> 2 -> 1')).toEqual({ ok: false, reason: 'has more than one arrow' });
  });
});
