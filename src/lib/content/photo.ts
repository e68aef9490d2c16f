/**
 * The profile's portrait is written either as a path under public/ (`/photo.jpg`) or as a web
 * address; each output needs it in its own form.
 */
const WEB_ADDRESS = /^https?:\/\//i;

/** Whether the photo is given as a web address rather than as a file in public/. */
export function isWebAddress(photo: string): boolean {
  return WEB_ADDRESS.test(photo);
}

/** The full address, for the vCard and the JSON Resume document, which are read away from the site. */
export function absolutePhotoUrl(photo: string, siteUrl: string): string {
  // The site's address is a folder, written with or without its closing slash.
  return isWebAddress(photo) ? photo : new URL(photo.replace(/^\/+/, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** The `src` on the site's own pages: a path gets the site's base path (`/portfolio/photo.jpg`). */
export function photoSource(photo: string, basePath: string): string {
  return isWebAddress(photo) ? photo : `${basePath.replace(/\/+$/, '')}/${photo.replace(/^\/+/, '')}`;
}

/** The other site a photo is loaded from, which the Content-Security-Policy must allow; undefined for the site's own files. */
export function photoOrigin(photo: string | undefined): string | undefined {
  return photo && isWebAddress(photo) && URL.canParse(photo) ? new URL(photo).origin : undefined;
}
