import type { Entry, Model } from '../model/model.ts';
import type { TalkOrPublication } from './site-views.ts';

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so text written by a person
 * (an organisation called `</script>…`) can never close the script element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** schema.org `Person` for the home page, from public data only. */
export function personJsonLd(model: Model, siteUrl: string): Record<string, unknown> {
  const { profile } = model;
  const current = model.roles.find((role) => role.data.end === undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: profile.data.name,
    jobTitle: profile.data.headline,
    description: profile.data.valueProposition,
    url: siteUrl,
    ...(profile.data.contact.email ? { email: `mailto:${profile.data.contact.email.value}` } : {}),
    ...(profile.data.location ? { address: { '@type': 'PostalAddress', addressLocality: profile.data.location } } : {}),
    ...(current ? { worksFor: { '@type': 'Organization', name: current.data.organisation, ...(current.data.organisationUrl ? { url: current.data.organisationUrl } : {}) } } : {}),
    sameAs: profile.data.links.map((link) => link.url),
    knowsAbout: model.skills.map((skill) => skill.data.name),
  };
}

/** The person as the author or creator of a work: their name and home page. */
function author(model: Model, siteUrl: string): Record<string, unknown> {
  return { '@type': 'Person', name: model.profile.data.name, url: siteUrl };
}

/** schema.org `CreativeWork` for a project's page: `pageUrl` is the page's address, `siteUrl` the person's home page. */
export function projectJsonLd(model: Model, project: Entry<'projects'>, pageUrl: string, siteUrl: string): Record<string, unknown> {
  const { data } = project;
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: data.name,
    ...(data.description ? { description: data.description } : {}),
    url: data.url ?? pageUrl,
    mainEntityOfPage: pageUrl,
    ...(data.start ? { dateCreated: data.start } : {}),
    ...(data.keywords.length > 0 ? { keywords: data.keywords.join(', ') } : {}),
    inLanguage: model.language,
    creator: author(model, siteUrl),
  };
}

/** schema.org `ItemList` of the talks and publications page: each an `Article`, or a `CreativeWork` recorded at the event of a talk. */
export function talksJsonLd(model: Model, items: readonly TalkOrPublication[], siteUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': item.kind === 'publication' ? 'Article' : 'CreativeWork',
        name: item.title,
        ...(item.kind === 'talk' ? { genre: 'talk' } : {}),
        ...(item.date ? { datePublished: item.date } : {}),
        ...(item.venue ? (item.kind === 'publication' ? { publisher: { '@type': 'Organization', name: item.venue } } : { recordedAt: { '@type': 'Event', name: item.venue } }) : {}),
        ...(item.url ? { url: item.url } : {}),
        author: author(model, siteUrl),
      },
    })),
  };
}
