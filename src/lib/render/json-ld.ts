import type { Model } from '../model/model.ts';

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
