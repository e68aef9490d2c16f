/**
 * The profile's portrait is written either as a path under public/ (`/photo.jpg`) or as a web
 * address; each output needs it in its own form.
 */
const WEB_ADDRESS = /^https?:\/\//i;

/** The full address, for the vCard and the JSON Resume document, which are read away from the site. */
export function absolutePhotoUrl(photo: string, siteUrl: string): string {
  return WEB_ADDRESS.test(photo) ? photo : new URL(photo.replace(/^\/+/, ''), siteUrl).href;
}

/** The `src` on the site's own pages: a path gets the site's base path (`/portfolio/photo.jpg`). */
export function photoSource(photo: string, basePath: string): string {
  return WEB_ADDRESS.test(photo) ? photo : `${basePath.replace(/\/+$/, '')}/${photo.replace(/^\/+/, '')}`;
}

/** The other site a photo is loaded from, which the Content-Security-Policy must allow; undefined for the site's own files. */
export function photoOrigin(photo: string | undefined): string | undefined {
  return photo && WEB_ADDRESS.test(photo) && URL.canParse(photo) ? new URL(photo).origin : undefined;
}
