import { describe, expect, it } from 'vitest';
import { defaultPaper } from '../../../../src/lib/model/paper.ts';

describe('defaultPaper', () => {
  it('prints on A4 for a language read where A4 is the paper, Letter for the US, Canada, the Philippines and Mexico', () => {
    expect(defaultPaper('de', { isDefaultLanguage: false })).toBe('a4');
    expect(defaultPaper('fr', { isDefaultLanguage: false })).toBe('a4');
    expect(defaultPaper('ja', { isDefaultLanguage: false })).toBe('a4');
    expect(defaultPaper('en', { isDefaultLanguage: false })).toBe('letter');
    expect(defaultPaper('fr-CA', { isDefaultLanguage: false })).toBe('letter');
    expect(defaultPaper('es-MX', { isDefaultLanguage: false })).toBe('letter');
    expect(defaultPaper('en-PH', { isDefaultLanguage: false })).toBe('letter');
    expect(defaultPaper('en-GB', { isDefaultLanguage: false })).toBe('a4');
  });

  it('reads the person’s country for their default language, unless the language names a region', () => {
    expect(defaultPaper('en', { country: 'PT', isDefaultLanguage: true })).toBe('a4');
    expect(defaultPaper('en', { country: 'US', isDefaultLanguage: true })).toBe('letter');
    expect(defaultPaper('en-US', { country: 'DE', isDefaultLanguage: true })).toBe('letter');
    // A second language goes to where that language is read, not where the person lives.
    expect(defaultPaper('de', { country: 'US', isDefaultLanguage: false })).toBe('a4');
  });
});
