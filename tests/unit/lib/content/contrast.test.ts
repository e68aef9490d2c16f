import { describe, expect, it } from 'vitest';
import { adjustForContrast, brandContrastFindings, contrastRatio } from '../../../../src/lib/content/contrast.ts';

describe('contrastRatio', () => {
  it('matches the WCAG extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('brand colours', () => {
  it('accepts dark, readable brand colours', () => {
    expect(brandContrastFindings({ primary: '#1d3557', accent: '#b4461b' })).toEqual([]);
  });

  it('explains which use fails and suggests a darker shade that passes', () => {
    const findings = brandContrastFindings({ primary: '#7fb3ff', accent: '#b4461b' });
    expect(findings.map((finding) => [finding.field, finding.use])).toEqual([
      ['brand.primary', 'white button text on it'],
      ['brand.primary', 'links and headings on the page background'],
    ]);
    for (const finding of findings) expect(contrastRatio(finding.suggestion, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('moves a colour only as far as needed', () => {
    const adjusted = adjustForContrast('#ff8800', '#ffffff', 4.6);
    expect(contrastRatio(adjusted, '#ffffff')).toBeGreaterThanOrEqual(4.6);
    expect(contrastRatio(adjusted, '#ffffff')).toBeLessThan(5.2);
  });
});
