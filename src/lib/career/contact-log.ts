import { isMap, parseDocument, Scalar } from 'yaml';

export const CONTACT_LOG_HEADING = '## Contact log';

/** Text safe in an MDX body: `<` and `{` would start a tag or an expression. */
function mdxText(text: string): string {
  return text.replace(/[<{}]/g, (character) => ({ '<': '&lt;', '{': '&#123;', '}': '&#125;' })[character]!);
}

/**
 * A network file with one more contact recorded: `lastContact` set to `date` (unless a later
 * contact is already recorded) and `- **date**: note` added under the "Contact log" heading, which
 * is created at the end of the notes the first time. Everything else in the file — comments,
 * quoting, field order, the notes — stays exactly as the person wrote it.
 */
export function recordContact(fileText: string, date: string, note: string): { ok: true; text: string } | { ok: false; reason: string } {
  const match = /^(---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))([\s\S]*)$/.exec(fileText);
  if (!match) return { ok: false, reason: 'has no frontmatter between --- lines' };
  const [, open, yamlText, close, body] = match as unknown as [string, string, string, string, string];
  const document = parseDocument(yamlText);
  if (document.errors.length > 0 || !isMap(document.contents)) return { ok: false, reason: 'has frontmatter that is not valid YAML' };
  const previous = document.get('lastContact');
  const previousText = previous instanceof Date ? previous.toISOString().slice(0, 10) : typeof previous === 'string' ? previous : undefined;
  if (!previousText || previousText < date) {
    const value = new Scalar(date);
    value.type = 'QUOTE_DOUBLE';
    document.set('lastContact', value);
  }
  const frontmatter = document.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  const line = `- **${date}**: ${mdxText(note.trim().replace(/\s+/g, ' '))}`;
  return { ok: true, text: `${open}${frontmatter}${close.endsWith('\n') ? close : `${close}\n`}${withLogLine(body, line)}` };
}

/** The day a contact-log item is dated, e.g. `2026-03-01` of `- **2026-03-01**: coffee`. */
const LOG_ITEM = /^- \*\*(\d{4}-\d{2}-\d{2})\*\*/;

/**
 * The body with `line` in the contact log section, wherever that section is: in date order, so a
 * contact recorded late (`--date` in the past) goes before the later ones, and after any of its own day.
 */
function withLogLine(body: string, line: string): string {
  const lines = body.replace(/\s+$/, '').split('\n');
  const heading = lines.findIndex((text) => text.trim() === CONTACT_LOG_HEADING);
  if (heading < 0) {
    const notes = lines.join('\n');
    return `${notes}${notes ? '\n\n' : '\n'}${CONTACT_LOG_HEADING}\n\n${line}\n`;
  }
  let end = lines.findIndex((text, index) => index > heading && /^#{1,2}\s/.test(text));
  if (end < 0) end = lines.length;
  const date = LOG_ITEM.exec(line)?.[1] ?? '';
  const later = lines.findIndex((text, index) => index > heading && index < end && (LOG_ITEM.exec(text)?.[1] ?? '') > date);
  if (later >= 0) {
    lines.splice(later, 0, line);
    return `${lines.join('\n')}\n`;
  }
  let insertAt = end;
  while (insertAt > heading + 1 && lines[insertAt - 1]!.trim() === '') insertAt--;
  const separator = insertAt === heading + 1 ? [''] : [];
  lines.splice(insertAt, 0, ...separator, line);
  return `${lines.join('\n')}\n`;
}
