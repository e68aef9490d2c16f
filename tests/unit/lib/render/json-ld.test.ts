import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { buildModel } from '../../../../src/lib/model/model.ts';
import { visibleContent } from '../../../../src/lib/model/visibility.ts';
import { projectJsonLd, serializeJsonLd, talksJsonLd } from '../../../../src/lib/render/json-ld.ts';
import { talksAndPublications } from '../../../../src/lib/render/site-views.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

describe('serializeJsonLd', () => {
  it('cannot close the script element it is written into', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('projects and talks as structured data', () => {
  const model = () => buildModel(visibleContent(loadContent(writeContentFolder({
    ...minimalContent(),
    'projects/lagwatch.mdx': mdx('name: Lagwatch\ndescription: A lag exporter.\nurl: https://github.example/ada/lagwatch\nstart: "2024-05"\nkeywords: [Go, Kafka]', '\nWhy.\n'),
    'publications/drain.mdx': mdx('name: Time to drain\npublisher: Northwind Engineering Blog\ndate: "2025-07"'),
    'learning/talk.mdx': mdx('kind: talk\ntitle: Forty queries\ninstitution: Northern Postgres Meetup\ndate: "2019-07"\ncredentialUrl: https://meetup.example/forty'),
  })).content, 'public'));

  it('describes a project as a creative work by the person, pointing at its own address', () => {
    const data = model();
    expect(projectJsonLd(data, data.projects[0]!, 'https://ada.example/projects/lagwatch/', 'https://ada.example/')).toMatchObject({
      '@type': 'CreativeWork',
      name: 'Lagwatch',
      description: 'A lag exporter.',
      url: 'https://github.example/ada/lagwatch',
      mainEntityOfPage: 'https://ada.example/projects/lagwatch/',
      dateCreated: '2024-05',
      keywords: 'Go, Kafka',
      creator: { '@type': 'Person', name: 'Ada Example', url: 'https://ada.example/' },
    });
  });

  it('lists publications as articles from their publisher and talks as works recorded at their event', () => {
    const data = model();
    const list = talksJsonLd(data, talksAndPublications(data), 'https://ada.example/') as { itemListElement: { position: number; item: Record<string, unknown> }[] };
    expect(list.itemListElement.map(({ position, item }) => [position, item['@type'], item['name'], item['publisher'] ?? item['recordedAt']])).toEqual([
      [1, 'Article', 'Time to drain', { '@type': 'Organization', name: 'Northwind Engineering Blog' }],
      [2, 'CreativeWork', 'Forty queries', { '@type': 'Event', name: 'Northern Postgres Meetup' }],
    ]);
  });
});
