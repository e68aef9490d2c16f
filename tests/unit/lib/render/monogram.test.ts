import { describe, expect, it } from 'vitest';
import { initials, monogramSvg } from '../../../../src/lib/render/monogram.ts';

describe('monogram', () => {
  it.each([
    ['Maya Okafor', 'MO'],
    ['Prince', 'P'],
    ['Ana María de la Cruz', 'AC'],
    ['Émile Zola', 'ÉZ'],
    ['李 小龍', '李小'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('escapes what it draws', () => {
    expect(monogramSvg('<b> &', '#123456')).toContain('&lt;&amp;');
  });
});
