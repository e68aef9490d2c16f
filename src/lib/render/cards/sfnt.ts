import { inflateSync } from 'node:zlib';

/**
 * A WOFF (1.0) font as the plain TrueType or OpenType font it wraps: its tables inflated and laid
 * out after a table directory, as the WOFF specification describes. HarfBuzz reads only the plain
 * form, and Fontsource ships WOFF.
 */
const WOFF_SIGNATURE = 0x774f4646;
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

export function isWoff(data: Uint8Array): boolean {
  return data.length >= WOFF_HEADER && new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(0) === WOFF_SIGNATURE;
}

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF font');
  const tables = view.getUint16(12);
  const sfnt = new Uint8Array(view.getUint32(16));
  const out = new DataView(sfnt.buffer);
  out.setUint32(0, view.getUint32(4));
  out.setUint16(4, tables);
  // The binary-search fields of the table directory, from the number of tables.
  const entrySelector = Math.floor(Math.log2(tables));
  const searchRange = (1 << entrySelector) * SFNT_ENTRY;
  out.setUint16(6, searchRange);
  out.setUint16(8, entrySelector);
  out.setUint16(10, tables * SFNT_ENTRY - searchRange);
  let offset = SFNT_HEADER + tables * SFNT_ENTRY;
  for (let table = 0; table < tables; table++) {
    const entry = WOFF_HEADER + table * WOFF_ENTRY;
    const [tag, from, compressedLength, length, checksum] = [0, 4, 8, 12, 16].map((field) => view.getUint32(entry + field)) as [number, number, number, number, number];
    const record = SFNT_HEADER + table * SFNT_ENTRY;
    out.setUint32(record, tag);
    out.setUint32(record + 4, checksum);
    out.setUint32(record + 8, offset);
    out.setUint32(record + 12, length);
    const stored = woff.subarray(from, from + compressedLength);
    sfnt.set(compressedLength < length ? inflateSync(stored) : stored, offset);
    // Tables start on four-byte boundaries.
    offset += (length + 3) & ~3;
  }
  return sfnt;
}
