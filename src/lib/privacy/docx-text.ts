import { strFromU8, unzipSync } from 'fflate';

/**
 * The words of a Word (.docx) file, as a reader sees them: for the privacy guard, which must read
 * every published artifact, and for tests of the Word export.
 */

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of WordprocessingML: one line per paragraph, tags dropped, entities decoded. */
export function wordXmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
      decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (XML_ENTITIES[name!.toLowerCase()] ?? ''),
    );
}

/** The document body of a .docx (word/document.xml), or '' when the file has none. */
export function documentXml(bytes: Uint8Array): string {
  const xml = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  return xml ? strFromU8(xml) : '';
}

/** The readable text of a .docx. */
export function docxText(bytes: Uint8Array): string {
  return wordXmlText(documentXml(bytes));
}
