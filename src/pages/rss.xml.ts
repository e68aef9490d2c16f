import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteData } from '../data/site-model.ts';
import { paths } from '../lib/render/urls.ts';

/** Public accomplishments as a feed, newest first: a way for people to follow a career. */
export async function GET(context: APIContext) {
  const { model } = await getSiteData();
  const { profile } = model;
  return rss({
    title: `${profile.data.name}: accomplishments`,
    description: profile.data.valueProposition,
    site: context.site ?? profile.data.site,
    trailingSlash: true,
    items: model.accomplishments.map((entry) => ({
      title: entry.data.title,
      pubDate: new Date(`${entry.data.date}T00:00:00Z`),
      description: entry.data.bullet,
      link: paths.caseStudy(entry.id),
      categories: entry.data.tags,
    })),
    customData: '<language>en</language>',
  });
}
