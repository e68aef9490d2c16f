import { getSiteData } from '../data/site-model.ts';
import { monogramSvg } from '../lib/render/monogram.ts';

/** The site icon: the person's initials on their brand colour. */
export async function GET() {
  const { profile } = (await getSiteData()).model;
  return new Response(monogramSvg(profile.data.name, profile.data.brand.primary), { headers: { 'content-type': 'image/svg+xml' } });
}
