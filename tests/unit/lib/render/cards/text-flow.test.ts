import { describe, expect, it } from 'vitest';
import { drawSvg } from '../../../../../src/lib/render/cards/draw.ts';
import { h } from '../../../../../src/lib/render/cards/element.ts';
import { loadFonts, type Family } from '../../../../../src/lib/render/cards/fonts.ts';
import { shaperFor } from '../../../../../src/lib/render/cards/shaping.ts';
import { flowText, measurerFor, type FlowStyle } from '../../../../../src/lib/render/cards/text-flow.ts';
import { textPieces } from '../../../../../src/lib/render/cards/text-pieces.ts';

const fonts = loadFonts();
const shaper = await shaperFor(fonts.fonts);
const familyOf = (family: Family) => fonts.stacks[family].split(',').map((name) => name.trim().toLowerCase()).join(',');

interface Case {
  text: string;
  family: Family;
  weight: 400 | 600;
  size: number;
  width: number;
  lineHeight: number;
  tracking?: number;
  uppercase?: boolean;
  balance?: boolean;
  align?: 'left' | 'right';
}

/** Satori's pieces for a paragraph at the top left of a page, as `<text>` elements. */
async function satoriPieces(paragraph: Case) {
  const style = {
    display: 'block',
    color: '#000000',
    width: paragraph.width,
    fontFamily: fonts.stacks[paragraph.family],
    fontWeight: paragraph.weight,
    fontSize: paragraph.size,
    lineHeight: paragraph.lineHeight,
    letterSpacing: (paragraph.tracking ?? 0) * paragraph.size,
    wordBreak: 'break-word',
    ...(paragraph.balance ? { textWrap: 'balance' } : {}),
    ...(paragraph.uppercase ? { textTransform: 'uppercase' } : {}),
    ...(paragraph.align === 'right' ? { textAlign: 'right' } : {}),
  };
  const { svg, boxes } = await drawSvg(h('div', { style: { display: 'flex', flexDirection: 'column', width: 1200 } }, h('div', { key: 'p', style }, paragraph.text)), { width: 1200, height: 1200 }, fonts, { embedFont: false });
  return { pieces: textPieces(svg)!.pieces.map(({ x, y, text }) => ({ x, y, text })), height: boxes.get('p')!.height };
}

function ownPieces(paragraph: Case) {
  const family = familyOf(paragraph.family);
  const style: FlowStyle = {
    family,
    weight: paragraph.weight,
    size: paragraph.size,
    lineHeight: paragraph.lineHeight,
    letterSpacing: (paragraph.tracking ?? 0) * paragraph.size,
    uppercase: paragraph.uppercase ?? false,
    balance: paragraph.balance ?? false,
    breakWords: true,
    align: paragraph.align ?? 'left',
  };
  return flowText(paragraph.text, paragraph.width, style, measurerFor(shaper, family, paragraph.weight, style.letterSpacing !== 0));
}

const heading = { family: 'serif', weight: 600, size: 84, width: 1056, lineHeight: 1.1, tracking: -0.01, balance: true } as const;
const body = { family: 'sans', weight: 400, size: 28, width: 1056, lineHeight: 1.4 } as const;

describe('a paragraph flowed without satori', () => {
  it.each<Case>([
    { ...heading, text: 'Led the migration of billing to the new ledger service, region by region' },
    { ...heading, text: 'Kürzere Ladezeiten für die Straßenbahn-Übersicht, ohne Ausfälle' },
    { ...heading, size: 52, text: 'Zażółć gęślą jaźń: łączność usług płatniczych w całej firmie' },
    { ...heading, size: 61, text: 'Tăng tốc độ thanh toán và giảm độ trễ của hệ thống' },
    { ...body, text: 'Μείωση καθυστέρησης πληρωμών κατά 40% στην Αθήνα, χωρίς διακοπή' },
    { ...body, text: 'Снизили задержку платежей на 40% — и ни одного сбоя за квартал.' },
    { ...body, text: 'Réduit la latence de 40 % à l’échelle de l’équipe « plateforme » (p99/p50), 3.5× on-call.' },
    { ...body, width: 400, text: 'https://example.com/a/very/long/path/without/spaces/that/must/break' },
    { ...body, text: 'Two\u00a0words kept\u00a0together and   collapsed   spaces' },
    { family: 'sans', weight: 600, size: 20, width: 1056, lineHeight: 1.3, tracking: 0.12, uppercase: true, text: 'Case study · March 2019 · Example Systems' },
    { family: 'sans', weight: 400, size: 24, width: 380, lineHeight: 1.3, align: 'right', text: 'sam.example/portfolio' },
    { family: 'sans', weight: 400, size: 24, width: 380, lineHeight: 1.3, align: 'right', text: 'a-very-long-domain-name-for-testing.example.com/with/a/path' },
  ])('sets "$text" where satori sets it, to the last bit', async (paragraph) => {
    const own = ownPieces(paragraph)!;
    const satori = await satoriPieces(paragraph);
    expect(own.pieces).toEqual(satori.pieces);
    expect(own.height).toBe(satori.height);
  });

  it.each([
    ['a line separator', 'before\u2028after'],
    ['a soft hyphen', 'state\u00adof\u00adthe\u00adart'],
    ['a right-to-left mark', 'Leeds \u200f(UK)'],
    ['a zero-width space', 'one\u200btwo'],
    ['a character outside the fonts', 'from 12 → 3 minutes'],
    ['an emoji', 'shipped 🚀 on time'],
  ])('leaves text with %s to satori', (_what, text) => {
    expect(ownPieces({ ...body, text })).toBeUndefined();
  });
});
