/**
 * What of a built page decides how its body prints, apart from the body itself: the `<html>` and
 * `<body>` tags, the stylesheets and style blocks in order, and the Content-Security-Policy. The
 * resume pages of one language share it, so a tab that has loaded one of them can show another by
 * swapping in its body, title and address (printer.ts `showPage`): same stylesheets, same fonts, no
 * load, and the same PDF a load of its own would print. A page with another frame is loaded.
 */

export interface FramedPage {
  /** Everything but the body that its print depends on (see above). */
  frame: string;
  /** The page's address, e.g. `http://127.0.0.1:40123/resume/platform/`. */
  url: string;
  /** The `<title>` as written in the page, character references and all. */
  titleHtml: string;
  /** What is between `<body …>` and `</body>`. */
  bodyHtml: string;
}

const FRAME_PARTS = /<html\b[^>]*>|<body\b[^>]*>|<link\b[^>]*\brel=["']?stylesheet\b[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>|<meta\b[^>]*\bhttp-equiv=["']?content-security-policy\b[^>]*>/gi;

/** The built page at `url` as a tab can show it without loading it; undefined when it has no single `<title>` and `<body>` to swap. */
export function framedPage(html: string, url: string): FramedPage | undefined {
  const title = [...html.matchAll(/<title>([\s\S]*?)<\/title>/gi)];
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html);
  if (title.length !== 1 || !body || /<body\b/i.test(body[1]!)) return undefined;
  return { frame: (html.match(FRAME_PARTS) ?? []).join('\n'), url, titleHtml: title[0]![1]!, bodyHtml: body[1]! };
}
