/** Up to two initials of a name, in any script: "Maya Okafor" → "MO", "Prince" → "P". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return picked.map((word) => [...word][0]!.toLocaleUpperCase()).join('');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A square SVG monogram in the brand colour, used as the site's icon. */
export function monogramSvg(name: string, background: string): string {
  const letters = escapeXml(initials(name));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${escapeXml(background)}"/><text x="32" y="42" text-anchor="middle" font-family="Georgia, serif" font-size="${letters.length > 1 ? 26 : 32}" font-weight="600" fill="#ffffff">${letters}</text></svg>\n`;
}
