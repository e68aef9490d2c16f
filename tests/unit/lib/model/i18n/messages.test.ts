import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES, hasMessages, messagesFor, textDirection } from '../../../../../src/lib/model/i18n/messages.ts';

describe('message tables', () => {
  it('give every language the same keys as English, with text in each', () => {
    const englishKeys = Object.keys(MESSAGE_TABLES['en']!).sort();
    for (const [language, table] of Object.entries(MESSAGE_TABLES)) {
      expect(Object.keys(table).sort(), language).toEqual(englishKeys);
      for (const [key, value] of Object.entries(table)) {
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)(2, 'x', 'y') : typeof value === 'string' ? value : Object.values(value).join(' ');
        expect(text.trim().length, `${language}.${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('translate the resume headings an applicant-tracking system looks for', () => {
    expect(messagesFor('de').headingExperience).toBe('Berufserfahrung');
    expect(messagesFor('ar').headingEducation).toBe('التعليم');
    expect(messagesFor('en').present).toBe('Present');
  });

  it('use the primary language’s table for a regional code, and English when there is none', () => {
    expect(messagesFor('de-AT')).toBe(messagesFor('de'));
    expect(hasMessages('de-CH')).toBe(true);
    expect(hasMessages('fi')).toBe(false);
    expect(messagesFor('fi')).toBe(messagesFor('en'));
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic and Hebrew, left to right otherwise', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
    expect(textDirection('not a language')).toBe('ltr');
  });
});
