import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readPngText, withPngText } from '../../../../../src/lib/render/cards/png-text.ts';

const tinyPng = () => sharp({ create: { width: 4, height: 3, channels: 3, background: '#1d3557' } }).png().toBuffer();

describe('PNG text chunks', () => {
  it('round-trip UTF-8 text under each keyword and leave the image readable', async () => {
    const png = withPngText(await tinyPng(), { Title: 'Zoë Ōkafor — card', Description: 'Łódź\nQR code: https://x.example/' });
    expect(readPngText(png)).toEqual({ Title: 'Zoë Ōkafor — card', Description: 'Łódź\nQR code: https://x.example/' });
    expect(await sharp(png).metadata()).toMatchObject({ width: 4, height: 3 });
    const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0x1d, 0x35, 0x57]);
  });

  it('reads nothing from a PNG without text', async () => {
    expect(readPngText(await tinyPng())).toEqual({});
  });
});
