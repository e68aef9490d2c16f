import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES, messagesFor, textDirection, type Messages } from '../../../../../src/lib/model/i18n/messages.ts';

/**
 * Every label table Cairn ships, checked the same way: complete, and in its own language where a
 * resume shows it. New tables are picked up from MESSAGE_TABLES without changing this file.
 */
const english = MESSAGE_TABLES['en']!;
const others = Object.entries(MESSAGE_TABLES).filter(([language]) => language !== 'en');
const headingKeys = (Object.keys(english) as (keyof Messages)[]).filter((key) => key.startsWith('heading'));

/** The resume headings and the end of a current role: an ATS reads these first. */
const RESUME_WORDS = ['headingSummary', 'headingExperience', 'headingSkills', 'headingEducation', 'present'] as const;
const ENGLISH_WORDS = /\b(summary|experience|skills|education|present)\b/i;

describe.each(Object.entries(MESSAGE_TABLES))('the %s label table', (_language, table) => {
  it('has every key of the English table, of the same kind', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof Messages)[]) expect([key, typeof table[key]]).toEqual([key, typeof english[key]]);
    expect(Object.keys(table.employment).sort()).toEqual(Object.keys(english.employment).sort());
  });

  it('has a word for every heading and for "present"', () => {
    for (const key of [...headingKeys, 'present'] as const) {
      const word = table[key];
      expect([key, typeof word === 'string' && word.trim().length > 0]).toEqual([key, true]);
    }
    for (const [type, word] of Object.entries(table.employment)) expect([type, word.trim().length > 0]).toEqual([type, true]);
  });

  it('writes a count with the number it was given, for the counts people see', () => {
    for (const count of [0, 1, 2, 3, 5, 11, 22, 100]) {
      for (const text of [table.caseStudies(count), table.allAccomplishments(count), table.pageCount(count), table.loggedSince(count, '2016'), table.skillDescription('Go', count, 'Maya')]) {
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        // One and two may be said by the noun alone (Arabic: دراسة حالة واحدة, دراستا حالة).
        if (count > 2) expect(text).toContain(String(count));
      }
    }
  });
});

describe.each(others)('the %s resume words', (_language, table) => {
  it('are not the English ones', () => {
    for (const key of RESUME_WORDS) expect([key, table[key]]).not.toEqual([key, expect.stringMatching(ENGLISH_WORDS)]);
  });
});

describe('choosing a table', () => {
  it('takes a region’s own table before its language’s, and a language’s for its regions', () => {
    if (MESSAGE_TABLES['pt-BR']) expect(messagesFor('pt-BR')).toBe(MESSAGE_TABLES['pt-BR']);
    if (MESSAGE_TABLES['pt']) expect(messagesFor('pt-PT')).toBe(MESSAGE_TABLES['pt']);
    expect(messagesFor('de-AT')).toBe(MESSAGE_TABLES['de']);
    expect(messagesFor('xx')).toBe(english);
  });

  it('gives Chinese written in traditional characters its own table, and simplified Chinese the other', () => {
    const traditional = MESSAGE_TABLES['zh-Hant']!;
    for (const language of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW']) expect(messagesFor(language), language).toBe(traditional);
    for (const language of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans']) expect(messagesFor(language), language).toBe(MESSAGE_TABLES['zh']);
    expect(traditional.headingExperience).toBe('工作經歷');
    expect(traditional.present).toBe('至今');
  });

  it('reads the direction of the script from Intl: Arabic and Hebrew right to left', () => {
    expect(['ar', 'he', 'en', 'de', 'ja', 'hi'].map(textDirection)).toEqual(['rtl', 'rtl', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
