/**
 * Text that came from outside (an imported resume, a harvested message) written into an MDX body
 * as data: what MDX would read as code or markup (`<`, `{`, `}`, a line starting with `import` or
 * `export`) is written as a character reference instead, which MDX shows as the character. Code
 * spans and fenced blocks are left as they are: MDX shows them literally already.
 */
export function markdownAsMdx(markdown: string): string {
  return markdown
    .split(/(```[\s\S]*?(?:```|$)|`[^`\n]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : escapeProse(part)))
    .join('');
}

function escapeProse(text: string): string {
  return text
    .replace(/[<{}]/g, (character) => ({ '<': '&lt;', '{': '&#123;', '}': '&#125;' })[character]!)
    .replace(/^(\s*)(import|export)\b/gm, (_whole, indent: string, word: string) => `${indent}&#${word.charCodeAt(0)};${word.slice(1)}`);
}
