import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

/**
 * Links and images in a body whose address a browser would run or embed rather than follow:
 * `javascript:`, `vbscript:`, `data:`, `file:` and any other scheme that is not a web, mail or
 * phone address. Addresses without a scheme (`/work/`, `#results`, `photo.jpg`) stay: they are
 * pages and files of the site itself.
 */

const FOLLOWABLE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

export interface UnsafeLink {
  /** 1-based line in the body. */
  line: number;
  /** The address as the reader decodes it. */
  url: string;
  kind: 'link' | 'image' | 'definition';
  /** Where the node sits in the body, to cut it out. */
  start: number;
  end: number;
  /** What stays readable when the link is removed: its text, or an image's description. */
  text: string;
}

/** The scheme a browser sees: it ignores control characters and spaces inside and around one. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
}

export function isFollowableAddress(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || FOLLOWABLE_SCHEMES.has(scheme);
}

/**
 * `localPictures`: also find images whose address is not a web address (`chart.png`), which the
 * build reads as a file beside the entry: text from outside never brings that file with it.
 */
function walk(node: MdastNode, body: string, found: UnsafeLink[], localPictures = false): void {
  const { type } = node as { type: string };
  if (type === 'link' || type === 'image' || type === 'definition') {
    const { url, position, alt, children } = node as unknown as { url: string; alt?: string | null; position?: { start: { line: number; offset: number }; end: { offset: number } }; children?: { position?: { start: { offset: number }; end: { offset: number } } }[] };
    const localPicture = localPictures && type === 'image' && schemeOf(url) === undefined;
    if ((!isFollowableAddress(url) || localPicture) && position) {
      const first = children?.[0]?.position;
      const last = children?.at(-1)?.position;
      const text = type === 'image' ? (alt ?? '') : type === 'link' && first && last ? body.slice(first.start.offset, last.end.offset) : '';
      found.push({ line: position.start.line, url, kind: type, start: position.start.offset, end: position.end.offset, text });
    }
  }
  if ((type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') && (node as { position?: unknown }).position) {
    // `<a href="javascript:…">` written as JSX: the attributes a browser follows or loads.
    const { attributes, position } = node as unknown as { attributes: { type: string; name?: string; value?: unknown }[]; position: { start: { line: number; offset: number }; end: { offset: number } } };
    for (const attribute of attributes) {
      if (attribute.type === 'mdxJsxAttribute' && ['href', 'src', 'action', 'formaction', 'poster', 'data'].includes(attribute.name?.toLowerCase() ?? '') && typeof attribute.value === 'string' && !isFollowableAddress(attribute.value)) {
        found.push({ line: position.start.line, url: attribute.value, kind: attribute.name === 'src' ? 'image' : 'link', start: position.start.offset, end: position.end.offset, text: '' });
      }
    }
  }
  for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child, body, found, localPictures);
}

/** The unsafe links of an MDX body (the body must be valid MDX), in order. */
export function unsafeLinksInMdx(body: string): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  walk(mdxToMdast(body, { position: true }) as MdastNode, body, found);
  return found;
}

/**
 * Markdown from outside with each unsafe link replaced by its text, and each image by its
 * description when it is unsafe or names a file (`![chart](chart.png)`): no file comes with the
 * text, and the build would stop looking for it beside the entry.
 */
export function withoutUnsafeLinks(markdown: string): string {
  const found: UnsafeLink[] = [];
  walk(markdownToMdast(markdown, { position: true }) as MdastNode, markdown, found, true);
  let text = markdown;
  for (const link of found.toSorted((a, b) => b.start - a.start)) text = text.slice(0, link.start) + link.text + text.slice(link.end);
  return text;
}
