import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../../../src/lib/model/i18n/messages.ts';
import { plural } from '../../../../../src/lib/model/i18n/plural.ts';

describe('plural', () => {
  it('picks the form CLDR’s rules give each language', () => {
    const day = { one: 'day', other: 'days' };
    expect([1, 2].map((count) => `${count} ${plural('en', count, day)}`)).toEqual(['1 day', '2 days']);
    expect([1, 2].map((count) => `${count} ${plural('de', count, { one: 'Tag', other: 'Tage' })}`)).toEqual(['1 Tag', '2 Tage']);
    const polish = { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' };
    expect([1, 2, 5, 22, 1.5].map((count) => plural('pl', count, polish))).toEqual(['dzień', 'dni', 'dni', 'dni', 'dnia']);
    const arabic = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100].map((count) => plural('ar', count, arabic))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });
});

describe('counts in the message tables', () => {
  it('say 1 accomplishment and 2 accomplishments, in English, German and Arabic', () => {
    expect(messagesFor('en').loggedSince(1, '2016')).toBe('1 accomplishment logged since 2016');
    expect(messagesFor('en').loggedSince(26, '2016')).toBe('26 accomplishments logged since 2016');
    expect(messagesFor('de').loggedSince(1, '2016')).toBe('1 Erfolg festgehalten seit 2016');
    expect(messagesFor('de').skillDescription('Go', 1, 'Maya')).toBe('Go: 1 Beleg aus der Arbeit von Maya.');
    expect([1, 2].map((count) => messagesFor('en').caseStudies(count))).toEqual(['1 case study', '2 case studies']);
    expect([1, 2].map((count) => messagesFor('de').allAccomplishments(count))).toEqual(['Alle 1 Erfolg', 'Alle 2 Erfolge']);
    expect([1, 2, 3, 11, 100].map((count) => messagesFor('ar').pageCount(count))).toEqual(['صفحة واحدة', 'صفحتان', '3 صفحات', '11 صفحةً', '100 صفحة']);
    expect(['ar'].flatMap((language) => [1, 2, 3, 11, 100].map((count) => messagesFor(language).caseStudies(count)))).toEqual(['دراسة حالة واحدة', 'دراستا حالة', '3 دراسات حالة', '11 دراسةَ حالة', '100 دراسة حالة']);
  });
});
