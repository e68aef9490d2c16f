import { describe, expect, it } from 'vitest';
import { businessCards, cardAltText, cardFiles, cardHeading, cardSlug, displayUrl, isPublishedCard, missingQrPages, shortPages } from '../../../../../src/lib/render/cards/business-cards.ts';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import { printableCards } from '../../../../../src/lib/render/cards/printable.ts';
import { fixture, pitchWithCard, SITE } from './fixture.ts';

describe('businessCards', () => {
  it('makes a default card from the profile, with its public contact details only', () => {
    const { cards, problems } = businessCards(fixture().model, SITE);
    expect(problems).toEqual([]);
    expect(cards).toHaveLength(1);
    const [card] = cards;
    expect(card).toMatchObject({ id: 'default', audience: 'Everyone', size: 'us', bleed: false });
    expect(card!.name.text).toBe('Ada Example');
    expect(card!.headline.text).toBe('Platform engineer');
    expect(card!.tagline.text).toBe('I make slow systems fast.');
    // The phone is resume-only and the address private: the defaults leave them out without a word.
    expect(card!.contact.map((line) => [line.label, line.text])).toEqual([
      ['Email', 'ada@ada.example'],
      ['Web', 'ada.example'],
      ['Based in', 'Leeds, UK'],
    ]);
    expect(card!.qr).toMatchObject({ url: `${SITE}c/me/`, label: 'ada.example/c/me', slug: 'me', target: SITE, sitePath: '' });
  });

  it('adds a card for each pitch that asks for one, with its own headline, tagline, contact lines and QR page', () => {
    const { model } = fixture(
      pitchWithCard('  headline: Platform engineer for payments\n  tagline: Fast checkouts, quiet pagers.\n  contact: [email, github]\n  qr: /work/'),
      'cards: { size: eu, bleed: true }',
    );
    const { cards, problems } = businessCards(model, SITE);
    expect(problems).toEqual([]);
    const card = cards.find((candidate) => candidate.id === 'recruiters')!;
    expect(card).toMatchObject({ audience: 'Recruiters', size: 'eu', bleed: true });
    expect(card.headline).toMatchObject({ text: 'Platform engineer for payments', origin: { collection: 'pitches', id: 'recruiters', field: ['card', 'headline'] } });
    expect(card.tagline.text).toBe('Fast checkouts, quiet pagers.');
    expect(card.contact.map((line) => [line.label, line.text])).toEqual([
      ['Email', 'ada@ada.example'],
      ['GitHub', 'github.example/ada'],
    ]);
    expect(card.qr).toMatchObject({ url: 'https://ada.example/c/recruiters/', label: 'ada.example/c/recruiters', target: 'https://ada.example/work/', sitePath: 'work/' });
  });

  it('takes the profile’s headline and value proposition for a pitch card that gives none', () => {
    const { cards } = businessCards(fixture({ 'pitches/meetup.mdx': '---\naudience: Meetups\nvenue: Meetup\nduration: 30\ncard: true\n---\nHi.\n' }).model, SITE);
    const card = cards.find((candidate) => candidate.id === 'meetup')!;
    expect(card.headline).toMatchObject({ text: 'Platform engineer', origin: { collection: 'profile', field: ['headline'] } });
    expect(card.tagline.text).toBe('I make slow systems fast.');
    expect(card.qr).toMatchObject({ url: `${SITE}c/meetup/`, target: SITE });
  });

  it('makes no card for a pitch that does not ask, nor for a pitch the public cannot see', () => {
    const { model } = fixture({
      'pitches/quiet.mdx': '---\naudience: Friends\nvenue: Pub\nduration: 30\n---\nHi.\n',
      'pitches/secret.mdx': '---\naudience: Headhunters\nvenue: Lunch\nduration: 30\nvisibility: private\ncard: true\n---\nHi.\n',
    });
    expect(businessCards(model, SITE).cards.map((card) => card.id)).toEqual(['default']);
  });

  it('refuses a contact line that is not public or not known, saying how to fix it', () => {
    const { problems } = businessCards(fixture(pitchWithCard('  contact: [email, phone, Mastodon]')).model, SITE);
    expect(problems).toEqual([
      {
        image: 'business card "recruiters"',
        origin: { kind: 'content', collection: 'pitches', id: 'recruiters', field: ['card', 'contact', 1] },
        message: 'lists phone, but your profile has no public phone: cards are published on your site, so they show public contact details only',
        hint: 'make contact.phone public in your profile, or take phone off this card',
      },
      {
        image: 'business card "recruiters"',
        origin: { kind: 'content', collection: 'pitches', id: 'recruiters', field: ['card', 'contact', 2] },
        message: '"Mastodon" is not a contact field or the label of one of your links',
        hint: 'use email, phone, address, location, site or a link label: GitHub',
      },
    ]);
  });

  it('keeps the name "default" for the profile’s card', () => {
    const { cards, problems } = businessCards(fixture({ 'pitches/default.mdx': '---\naudience: All\nvenue: Anywhere\nduration: 30\ncard: true\n---\nHi.\n' }).model, SITE);
    expect(cards).toHaveLength(1);
    expect(problems[0]?.message).toContain('a pitch named "default" cannot have a card');
  });
});

describe('missingQrPages', () => {
  it('names each card whose QR code would open a page the site does not have', () => {
    const { cards } = businessCards(fixture(pitchWithCard('  qr: /resume/nope/')).model, SITE);
    const problems = missingQrPages(cards, (page) => page === '');
    expect(problems).toEqual([expect.objectContaining({ image: 'business card "recruiters"', message: 'the QR code would lead to /resume/nope/, but the site has no such page' })]);
  });

  it('does not check full addresses elsewhere', () => {
    const { cards } = businessCards(fixture(pitchWithCard('  qr: https://talks.example/latency')).model, SITE);
    expect(cards[1]!.qr).toMatchObject({ url: `${SITE}c/recruiters/`, target: 'https://talks.example/latency', sitePath: undefined });
    expect(missingQrPages(cards, (page) => page === '')).toEqual([]);
  });
});

describe('short pages', () => {
  it('gives each card a short, typeable name from its pitch’s file name, the default card `me`', () => {
    expect(cardSlug('default', new Set())).toBe('me');
    expect(cardSlug('Recruiter-Zürich', new Set())).toBe('recruiter-zurich');
    expect(cardSlug('platform-engineering-leadership-meetups-2026', new Set())).toBe('platform-engineering');
    expect(cardSlug('me', new Set(['me']))).toBe('me-2');
  });

  it('makes one page per card, leading where its QR code should, under the site’s base path', () => {
    const site = 'https://someone.github.io/career/';
    const { cards } = businessCards(fixture(pitchWithCard('  qr: /work/')).model, site);
    expect(shortPages(cards).map(({ slug, target }) => [slug, target])).toEqual([
      ['me', site],
      ['recruiters', `${site}work/`],
    ]);
    expect(cards[1]!.qr).toMatchObject({ url: 'https://someone.github.io/career/c/recruiters/', label: 'someone.github.io/career/c/recruiters' });
  });

  it('publishes the default card’s pictures only', () => {
    const { cards } = businessCards(fixture(pitchWithCard('  qr: /work/')).model, SITE);
    expect(cards.filter(isPublishedCard).map((card) => card.id)).toEqual(['default']);
  });
});

describe('card helpers', () => {
  it('names the files of a card, with bleed variants only when asked for', () => {
    expect(cardFiles({ id: 'default', bleed: false })).toEqual({ front: 'cards/default-front.png', back: 'cards/default-back.png', frontBleed: undefined, backBleed: undefined, pdf: 'cards/default.pdf' });
    expect(cardFiles({ id: 'x', bleed: true })).toMatchObject({ frontBleed: 'cards/x-front-bleed.png', backBleed: 'cards/x-back-bleed.png' });
  });

  it('writes addresses as people type them', () => {
    expect(displayUrl('https://www.ada.example/resume/x/')).toBe('www.ada.example/resume/x');
    expect(displayUrl('http://ada.example')).toBe('ada.example');
  });

  it('describes each side in words and heads each card by its audience', () => {
    const { cards } = businessCards(fixture(pitchWithCard('  qr: /work/')).model, SITE);
    expect(cardAltText(cards[0]!, 'front')).toBe('Front of the card: Ada Example, Platform engineer, ada@ada.example, ada.example, Leeds, UK.');
    expect(cardAltText(cards[1]!, 'back')).toBe('Back of the card: “I make slow systems fast.”, and a QR code that opens ada.example/c/recruiters.');
    // On a page in another language the words around the card's own text are that language's.
    expect(cardAltText(cards[1]!, 'back', 'de')).toBe('Rückseite der Karte: „I make slow systems fast.“ und ein QR-Code, der ada.example/c/recruiters öffnet.');
    expect(cards.map(cardHeading)).toEqual(['For everyone', 'For recruiters']);
  });
});

describe('cards in scripts the fonts lack', () => {
  it('are not made, with a warning naming the field, so the site still builds', () => {
    const { model } = fixture(pitchWithCard('  tagline: ፈጣን ስርዓቶችን እገነባለሁ'));
    const { printable, warnings } = printableCards(businessCards(model, SITE).cards, loadFonts());
    expect(printable.map((card) => card.id)).toEqual(['default']);
    expect(warnings).toEqual([
      expect.objectContaining({
        image: 'business card "recruiters"',
        origin: { kind: 'content', collection: 'pitches', id: 'recruiters', field: ['card', 'tagline'] },
        message: expect.stringMatching(/^keeps business card "recruiters" from being made: the image fonts cannot draw "ፈ" \(U\+1348\), /),
      }),
    ]);
  });

  it('are made when the text is Japanese, Arabic, Hebrew or emoji', () => {
    const { model } = fixture(pitchWithCard('  tagline: 速いシステムを作ります — أبني أنظمة — בונה מערכות 🚀'));
    const { printable, warnings } = printableCards(businessCards(model, SITE).cards, loadFonts());
    expect(printable.map((card) => card.id)).toEqual(['default', 'recruiters']);
    expect(warnings).toEqual([]);
  });
});

describe('the profile’s cards.contact', () => {
  it('sets the contact lines of the default card and of pitch cards that list none', () => {
    const { model } = fixture(pitchWithCard('  qr: /work/'), 'cards: { contact: [GitHub, email] }');
    const { cards, problems } = businessCards(model, SITE);
    expect(problems).toEqual([]);
    for (const card of cards) expect(card.contact.map((line) => line.label)).toEqual(['GitHub', 'Email']);
  });

  it('must name public details, as a pitch’s list must', () => {
    const { problems } = businessCards(fixture({}, 'cards: { contact: [email, phone] }').model, SITE);
    expect(problems).toEqual([expect.objectContaining({ origin: { kind: 'content', collection: 'profile', id: 'profile', field: ['cards', 'contact', 1] }, hint: 'make contact.phone public in your profile, or take phone off cards.contact' })]);
  });
});
