import { micromark } from 'micromark';

/**
 * The resume summary is Markdown written by the person. micromark renders it to CommonMark HTML
 * with raw HTML escaped, so a stray `<` in a summary cannot break the page or the PDF.
 */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Plain text of Markdown for ATS text: one line per paragraph (hard wraps joined, because parsers
 * read a line break as the end of an item), links as `label (address)`, markup dropped.
 */
export function markdownToPlainText(markdown: string): string {
  const html = markdownToHtml(markdown);
  return html
    .split(/<\/(?:p|h[1-6]|li|blockquote|pre)>/)
    .map((block) =>
      block
        .replace(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g, (_, url: string, label: string) => {
          const text = label.replace(/<[^>]+>/g, '');
          const address = url.replace(/^mailto:/, '');
          return text === address || text === url ? text : `${text} (${address})`;
        })
        .replace(/<li>/g, '- ')
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0)
    .join('\n\n');
}
