import type { APIContext } from 'astro';
import { getSiteData } from '../data/site-model.ts';
import { vcard } from '../lib/render/vcard.ts';

/** The person's public contact details as a vCard: "add to contacts" from the contact page. */
export async function GET(context: APIContext) {
  const { model } = await getSiteData();
  const siteUrl = new URL(import.meta.env.BASE_URL, context.site ?? model.profile.data.site).href;
  return new Response(vcard(model, siteUrl), { headers: { 'content-type': 'text/vcard; charset=utf-8' } });
}
