import { crc32 } from 'node:zlib';

/**
 * Text chunks in PNG files (the PNG standard's iTXt: UTF-8, uncompressed). Every image Cairn makes
 * carries the words it shows, under the standard keywords `Title` and `Description`: the privacy
 * guard reads them, because the pixels cannot be searched and satori's SVG draws text as outlines.
 */
const SIGNATURE_LENGTH = 8;
const IHDR_END = SIGNATURE_LENGTH + 4 + 4 + 13 + 4;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The PNG with `iTXt` chunks for each keyword, placed right after its header. */
export function withPngText(png: Buffer, entries: Record<string, string>): Buffer {
  const chunks = Object.entries(entries).map(([keyword, text]) =>
    // keyword, NUL, not compressed, method 0, no language tag, no translated keyword, text
    chunk('iTXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')])),
  );
  return Buffer.concat([png.subarray(0, IHDR_END), ...chunks, png.subarray(IHDR_END)]);
}

/** Every uncompressed text chunk (`tEXt`, `iTXt`) of a PNG, by keyword. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const found: Record<string, string> = {};
  for (let offset = SIGNATURE_LENGTH; offset + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'tEXt') {
      const split = data.indexOf(0);
      if (split > 0) found[data.toString('latin1', 0, split)] = data.toString('latin1', split + 1);
    } else if (type === 'iTXt') {
      const keywordEnd = data.indexOf(0);
      const compressed = data[keywordEnd + 1] === 1;
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      if (keywordEnd > 0 && !compressed && translatedEnd > 0) found[data.toString('latin1', 0, keywordEnd)] = data.toString('utf8', translatedEnd + 1);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  return found;
}
