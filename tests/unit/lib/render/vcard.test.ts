import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../../../src/lib/privacy/secrets.ts';
import { escapeField, escapeText, foldLine, nameParts, vcard } from '../../../../src/lib/render/vcard.ts';
import { mdx } from '../../../support/content-fixture.ts';
import { fixture } from './cards/fixture.ts';

const SITE = 'https://ada.example/';

/** The vCard read back by ical.js, a full RFC 6350 parser (Mozilla's, as used by Thunderbird). */
function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const values = (name: string) => component.getAllProperties(name).map((property) => property.getValues());
  return { component, values, first: (name: string) => component.getFirstPropertyValue(name) };
}

describe('vcard', () => {
  const { model, content } = fixture();
  const text = vcard(model, SITE);

  it('is a vCard 4.0 with name, title, organisation, email and addresses', () => {
    const card = parse(text);
    expect(card.component.name).toBe('vcard');
    expect(card.first('version')).toBe('4.0');
    expect(card.first('fn')).toBe('Ada Example');
    expect(card.values('n')).toEqual([[['Example', 'Ada', '', '', '']]]);
    expect(card.first('title')).toBe('Senior Engineer');
    expect(card.first('org')).toBe('Acme Corp');
    expect(card.first('email')).toBe('ada@ada.example');
    expect(card.values('url').flat()).toEqual(['https://ada.example/', 'https://github.example/ada']);
    expect(card.first('note')).toBe('I make slow systems fast.');
    expect(card.first('source')).toBe('https://ada.example/contact.vcf');
  });

  it('holds public details only: no resume-only phone, no private address', () => {
    const contact = content.profile[0]!.data.contact;
    expect(contact.phone?.visibility).toBe('resume');
    expect(text).not.toContain('TEL');
    expect(text.replace(/\D/g, '')).not.toContain('7700900123');
    expect(text).not.toContain('ADR');
    expect(text).not.toContain('Quiet Lane');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('round-trips backslashes, commas, semicolons and accents through a real parser', () => {
    const tricky = fixture({
      'profile.mdx': mdx(`
name: Zoë "Zed" Ó Briain-Smith
headline: Platform engineer; SRE, and \\\\ teacher
valueProposition: I cut p99 latency by 88%, costs by 31%; and I write it down — in C:\\\\docs, always.
site: https://zoe.example
photo: /me.jpg
contact:
  email: zoe@zoe.example
  phone: { value: "+353 1 555 0100", visibility: public }
`),
      'roles/acme.mdx': mdx('organisation: Acme; Platform, EMEA\ntitle: Staff engineer, platform\nstart: "2020-01"\nsummary: Platform work.'),
    }).model;
    const text = vcard(tricky, 'https://zoe.example/portfolio/');
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('NOTE:I cut p99 latency by 88%\\, costs by 31%; and I write it down — in C:\\\\\\\\docs\\, always.\r\n');
    expect(unfolded).toContain('ORG:Acme\\; Platform\\, EMEA\r\n');
    const card = parse(text);
    expect(card.first('title')).toBe('Staff engineer, platform');
    expect(card.values('org')).toEqual([['Acme; Platform, EMEA']]);
    const headlineOnly = parse(vcard({ ...tricky, roles: [] }, 'https://zoe.example/portfolio/'));
    expect(headlineOnly.first('title')).toBe('Platform engineer; SRE, and \\\\ teacher');
    expect(card.first('fn')).toBe('Zoë "Zed" Ó Briain-Smith');
    expect(card.first('note')).toBe('I cut p99 latency by 88%, costs by 31%; and I write it down — in C:\\\\docs, always.');
    expect(card.values('n')).toEqual([[['Briain-Smith', 'Zoë "Zed" Ó', '', '', '']]]);
    expect(card.first('tel')).toBe('tel:+35315550100');
    expect(card.first('photo')).toBe('https://zoe.example/portfolio/me.jpg');
  });

  it('puts a public address’s street, postal code and country in their own ADR parts', () => {
    const model = fixture({
      'profile.mdx': mdx(`
name: Tomás Ferreira
headline: Data engineer
valueProposition: I build data platforms analysts trust.
site: https://tomas.example
country: pt
contact:
  address: { value: "Rua das Flores 12, Lisbon", visibility: public }
  postalCode: { value: "1200-195", visibility: public }
`),
    }).model;
    expect(parse(vcard(model, 'https://tomas.example/')).values('adr')).toEqual([[['', '', 'Rua das Flores 12, Lisbon', '', '', '1200-195', 'Portugal']]]);
  });
});

describe('vCard text', () => {
  it('escapes backslash, comma and line breaks in text, and semicolons too in a compound field, as RFC 6350 §3.4 says', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c;d\\ne\\nf');
    expect(escapeField('Acme; Platform, EMEA')).toBe('Acme\\; Platform\\, EMEA');
  });

  it('folds at 75 octets without splitting a UTF-8 character, each continuation starting with a space', () => {
    const line = `NOTE:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('FN:Ada')).toBe('FN:Ada');
  });

  it('splits a name into family and given names, family last', () => {
    expect(nameParts('Maya Okafor')).toEqual({ family: 'Okafor', given: 'Maya' });
    expect(nameParts('Prince')).toEqual({ family: 'Prince', given: '' });
  });
});

describe('the privacy guard on a vCard', () => {
  it('reads through its escapes and folds, so a private value cannot hide behind them', () => {
    const secret = { value: 'Drafted the Falcon plan, quietly; for the board', source: 'content/goals/x.mdx', field: 'title', kind: 'text' as const };
    const text = `BEGIN:VCARD\r\n${foldLine(`NOTE:${escapeText(`Note: ${secret.value} and more text to make this line long enough to fold`)}`)}\r\nEND:VCARD\r\n`;
    expect(text).toContain('\r\n ');
    expect(findLeaks([{ path: 'dist/contact.vcf', extension: '.vcf', text }], [secret])).toEqual([{ file: 'dist/contact.vcf', secret }]);
  });
});
