/**
 * One page of each kind a site has (home, a case study, a tag page, a skill page, a resume …),
 * so browser checks cover every template without opening hundreds of near-identical pages.
 */
export function representativePages(htmlFiles: readonly string[]): string[] {
  const byKind = new Map<string, string>();
  for (const file of [...htmlFiles].sort()) {
    const segments = file.replace(/index\.html$/, '').split('/').filter(Boolean);
    const kind = segments.map((segment, index) => (index === segments.length - 1 && segments.length > 1 ? '*' : segment)).join('/');
    if (!byKind.has(kind)) byKind.set(kind, file);
  }
  return [...byKind.values()].map((file) => `/${file.replace(/index\.html$/, '')}`);
}
