import type { Model } from '../model/model.ts';
import { absolutePhotoUrl } from '../content/photo.ts';

/**
 * The person as a vCard 4.0 (RFC 6350), for "add to contacts": public details only, from the
 * public model. Text is escaped (§3.4), lines are folded at 75 octets and end in CRLF (§3.2).
 * Written by hand: a dozen lines of the RFC, where a library would bring a data model we do not need.
 */

/**
 * A TEXT value escaped as RFC 6350 §3.4 requires: backslash, comma and line breaks always. A
 * semicolon only MAY be escaped outside compound properties, and some readers (ical.js among
 * them) keep the backslash there, so it is left alone.
 */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A field of a compound property (N, ADR, ORG), where a semicolon separates fields and MUST be escaped. */
export function escapeField(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

const MAX_OCTETS = 75;

/** A content line folded to at most 75 octets a line, never inside a UTF-8 character (§3.2). */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Family name last, the rest given: right for most names in Latin script; FN keeps the name exactly as written. */
export function nameParts(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { family: name.trim(), given: '' };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

/**
 * @param model the public model: its contact details are the public ones only
 * @param siteUrl the published address with its base path, ending in `/`
 */
export function vcard(model: Model, siteUrl: string): string {
  const { profile } = model;
  const data = profile.data;
  const current = model.roles.find((role) => role.data.end === undefined);
  const { family, given } = nameParts(data.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    `FN:${escapeText(data.name)}`,
    `N:${[family, given, '', '', ''].map(escapeField).join(';')}`,
    `TITLE:${escapeText(current?.data.title ?? data.headline)}`,
    current ? `ORG:${escapeField(current.data.organisation)}` : undefined,
    data.contact.email ? `EMAIL;TYPE=work:${escapeText(data.contact.email.value)}` : undefined,
    data.contact.phone ? `TEL;VALUE=uri;TYPE=voice:tel:${data.contact.phone.value.replace(/[^+\d]/g, '')}` : undefined,
    // ADR's parts: post office box, extended, street, locality, region, postal code, country (RFC 6350 §6.3.1).
    data.contact.address || data.contact.postalCode
      ? `ADR:;;${escapeField(data.contact.address?.value ?? '')};;;${escapeField(data.contact.postalCode?.value ?? '')};${data.country ? escapeField(new Intl.DisplayNames(['en'], { type: 'region' }).of(data.country) ?? data.country) : ''}`
      : undefined,
    `URL:${siteUrl}`,
    ...data.links.map((link) => `URL:${link.url}`),
    data.photo ? `PHOTO:${absolutePhotoUrl(data.photo, siteUrl)}` : undefined,
    `NOTE:${escapeText(data.valueProposition)}`,
    `SOURCE:${new URL('contact.vcf', siteUrl).href}`,
    'END:VCARD',
  ];
  return `${lines.filter((line): line is string => line !== undefined).map(foldLine).join('\r\n')}\r\n`;
}
