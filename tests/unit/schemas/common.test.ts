import { describe, expect, it } from 'vitest';
import { SafeUrlSchema, calendarDate } from '../../../src/schemas/common.ts';
import { ContactSchema } from '../../../src/schemas/profile.ts';
import { AccomplishmentSchema } from '../../../src/schemas/accomplishment.ts';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('calendar dates', () => {
  it('keeps a month as the text that was written', () => {
    expect(calendarDate('month').parse('2024-03')).toBe('2024-03');
  });

  it('turns a YAML date object back into YYYY-MM-DD', () => {
    expect(calendarDate('day').parse(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
  });

  it.each(['2024-13-01', '2024-02-30', '2023-02-29', 'March 2024', '24-03-01'])('rejects %s as not a real date', (value) => {
    expect(messagesOf(calendarDate('month').safeParse(value))).toEqual(['not a real date: use YYYY-MM-DD or YYYY-MM']);
  });

  it('accepts 29 February in a leap year', () => {
    expect(calendarDate('day').parse('2024-02-29')).toBe('2024-02-29');
  });

  it('asks for a day where a day is needed', () => {
    expect(messagesOf(calendarDate('day').safeParse('2024-03'))).toEqual(['needs at least a day: use YYYY-MM-DD, e.g. 2024-03-05']);
  });
});

describe('web addresses', () => {
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,hi', 'ftp://example.com', 'example.com'])('rejects %s', (value) => {
    expect(SafeUrlSchema.safeParse(value).success).toBe(false);
  });

  it.each(['https://example.com/a?b=c', 'http://localhost:4321/', 'mailto:ada@example.com'])('accepts %s', (value) => {
    expect(SafeUrlSchema.parse(value)).toBe(value);
  });
});

describe('contact fields', () => {
  it('keeps phone and address off the website unless told otherwise', () => {
    const contact = ContactSchema.parse({ email: 'ada@example.com', phone: '+44 7700 900123', address: '1 Lane, Leeds' });
    expect(contact.email).toEqual({ value: 'ada@example.com', visibility: 'public' });
    expect(contact.phone).toEqual({ value: '+44 7700 900123', visibility: 'resume' });
    expect(contact.address).toEqual({ value: '1 Lane, Leeds', visibility: 'resume' });
  });

  it('lets a person publish a phone number deliberately', () => {
    expect(ContactSchema.parse({ phone: { value: '+44 7700 900123', visibility: 'public' } }).phone?.visibility).toBe('public');
  });

  it('rejects an email address without a domain', () => {
    expect(messagesOf(ContactSchema.safeParse({ email: 'ada' }))).toEqual(['must be an email address, e.g. maya@example.com']);
  });
});

describe('accomplishments', () => {
  const valid = { title: 'Cut latency', date: '2024-03-05', role: 'acme', bullet: 'Cut latency by 89%.' };

  it('fills in defaults for the optional lists and flags', () => {
    expect(AccomplishmentSchema.parse(valid)).toMatchObject({ skills: [], tags: [], impact: [], links: [], featured: false, visibility: 'public' });
  });

  it('limits a resume bullet to 220 characters and one line', () => {
    expect(messagesOf(AccomplishmentSchema.safeParse({ ...valid, bullet: 'x'.repeat(221) }))).toEqual(['is 221 characters; keep it to 220 or fewer']);
    expect(messagesOf(AccomplishmentSchema.safeParse({ ...valid, bullet: 'one\ntwo' }))).toEqual(['must fit on one line']);
  });

  it('rejects fields the schema does not know', () => {
    expect(AccomplishmentSchema.safeParse({ ...valid, titel: 'typo' }).success).toBe(false);
  });
});
