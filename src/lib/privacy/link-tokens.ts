/**
 * The words of a published file that may be addresses of other files in the site: what the check
 * for unlinked files (unreferenced-files.ts) follows. A page's text is split at spaces, quotes,
 * brackets and the separators of srcset and CSS; a token is followed only when its last segment is
 * the name of some file, since most words are not.
 */

/** Where a token ends: spaces, quotes, brackets, and the separators of srcset and CSS. */
const TOKEN_BOUNDARY = /[\s"'`<>(),;]+|&quot;|&#39;|&#x27;/;

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The token's path without query or fragment, and that path's last segment. */
function lastSegment(token: string): { bare: string; last: string } {
  const bare = token.replace(/[?#].*$/, '');
  return { bare, last: bare.slice(bare.lastIndexOf('/') + 1) };
}

/** Whether `token` may name one of the site's files, given their names (`names`): its last segment is one, as written or decoded, or it ends in a folder. */
export function mayNameFile(token: string, names: ReadonlySet<string>): boolean {
  const { bare, last } = lastSegment(token);
  if (last === '') return bare.includes('/');
  return names.has(last) || names.has(safeDecode(last));
}

/**
 * The distinct tokens of `text` that `mayNameFile` could accept in a site whose file names without a
 * dot are among `undotted`, whatever its other files are called: those whose last segment has a
 * dot or is one of `undotted` (as written or decoded), and those ending in a folder. So what a file
 * may link to can be kept by its bytes, and checked against a later build's file names without
 * reading the file again.
 */
export function possibleLinks(text: string, undotted: ReadonlySet<string>): string[] {
  const links: string[] = [];
  for (const token of new Set(text.split(TOKEN_BOUNDARY))) {
    const { bare, last } = lastSegment(token);
    if (last === '' ? bare.includes('/') : mayBeAName(last, undotted) || (last.includes('%') && mayBeAName(safeDecode(last), undotted))) links.push(token);
  }
  return links;
}

function mayBeAName(segment: string, undotted: ReadonlySet<string>): boolean {
  return segment.includes('.') || undotted.has(segment);
}
