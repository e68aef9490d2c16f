import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { buildModel } from '../../../../src/lib/model/model.ts';
import {
  attribution,
  excerpt,
  featuredAccomplishments,
  optionalPages,
  projectsWithPages,
  quoteLanguage,
  skillsByCategory,
  tagCounts,
  talksAndPublications,
  testimonials,
  timelineByYear,
  yearsOfExperience,
} from '../../../../src/lib/render/site-views.ts';
import { visibleContent } from '../../../../src/lib/model/visibility.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

const publicModel = (files = minimalContent()) => buildModel(visibleContent(loadContent(writeContentFolder(files)).content, 'public'));

describe('site views', () => {
  it('groups the timeline by year, newest year first', () => {
    expect(timelineByYear(publicModel().accomplishments).map((group) => [group.year, group.accomplishments.length])).toEqual([
      ['2021', 1],
      ['2018', 1],
    ]);
  });

  it('leads skills with the best-evidenced category and the strongest skill', () => {
    expect(skillsByCategory(publicModel().skills).map((group) => [group.category, group.skills.map((skill) => skill.id)])).toEqual([
      ['Languages', ['go']],
      ['Infrastructure', ['kubernetes']],
    ]);
  });

  it('features marked accomplishments, and falls back to ones with impact when none are marked', () => {
    expect(featuredAccomplishments(publicModel()).map((entry) => entry.id)).toEqual(['2021-05-04-latency']);
    const files = minimalContent();
    files['accomplishments/2021-05-04-latency.mdx'] = files['accomplishments/2021-05-04-latency.mdx']!.replace('featured: true', '');
    expect(featuredAccomplishments(publicModel(files)).map((entry) => entry.id)).toEqual(['2021-05-04-latency', '2018-03-02-billing']);
  });

  it('counts tags across accomplishments', () => {
    expect(tagCounts(publicModel().accomplishments)).toEqual([
      { tag: 'cost', count: 1 },
      { tag: 'performance', count: 1 },
    ]);
  });

  it('counts years of experience from the first role', () => {
    expect(yearsOfExperience(publicModel(), '2026-11-24')).toBe(10);
  });

  it('works for a brand-new user with only a profile', () => {
    const model = publicModel({ 'profile.mdx': minimalContent()['profile.mdx']!, 'resumes/x.mdx': mdx('title: X\ntargetRole: Y') });
    expect(timelineByYear(model.accomplishments)).toEqual([]);
    expect(featuredAccomplishments(model)).toEqual([]);
    expect(yearsOfExperience(model, '2026-11-24')).toBe(0);
  });

  it('shows no projects, talks or testimonials pages to a person with none', () => {
    expect(optionalPages(publicModel())).toEqual({ projects: false, publications: false, testimonials: false });
  });

  describe('projects, talks and testimonials', () => {
    const files = () => ({
      ...minimalContent(),
      'projects/lagwatch.mdx': mdx('name: Lagwatch\nurl: https://github.example/ada/lagwatch\nstart: "2024-05"', '\nWhy I wrote it.\n'),
      'projects/code-club.mdx': mdx('name: Code Club\nurl: https://codeclub.example\nstart: "2019"\nend: "2021"'),
      'projects/secret.mdx': mdx('name: Secret side project\nvisibility: private', '\nNot yet.\n'),
      'publications/time-to-drain.mdx': mdx('name: Time to drain\npublisher: Northwind Engineering Blog\ndate: "2025-07-08"\nurl: https://blog.example/drain'),
      'publications/undated.mdx': mdx('name: An undated note'),
      'learning/meetup-talk.mdx': mdx('kind: talk\ntitle: Forty queries per request\ninstitution: Northern Postgres Meetup\ndate: "2019-07"', '\nA 20-minute **talk** on pooling.\n'),
      'learning/course.mdx': mdx('kind: course\ntitle: A course\ninstitution: Somewhere\ndate: "2026-01"'),
      'references/daniel.mdx': mdx('name: Daniel Osei, Director of Engineering, Northwind', '\nShe measures before and after.\n'),
      'references/helen.mdx': mdx('name: Helen Marsh\nvisibility: resume', '\nHappy to speak to anyone.\n'),
      'references/empty.mdx': mdx('name: Nobody Quoted'),
    });

    it('gives a page only to a public project with a story; the others link to their own address', () => {
      expect(projectsWithPages(publicModel(files())).map((project) => project.id)).toEqual(['lagwatch']);
    });

    it('lists talks and publications together, newest first, undated last, courses left out', () => {
      expect(talksAndPublications(publicModel(files())).map((item) => [item.kind, item.title, item.venue, item.date, item.url, item.summary])).toEqual([
        ['publication', 'Time to drain', 'Northwind Engineering Blog', '2025-07-08', 'https://blog.example/drain', ''],
        ['talk', 'Forty queries per request', 'Northern Postgres Meetup', '2019-07', undefined, 'A 20-minute talk on pooling.'],
        ['publication', 'An undated note', undefined, undefined, undefined, ''],
      ]);
    });

    it('quotes only public references with words to quote', () => {
      expect(testimonials(publicModel(files())).map((reference) => reference.id)).toEqual(['daniel']);
    });

    it('has each optional page once there is something public to show on it', () => {
      expect(optionalPages(publicModel(files()))).toEqual({ projects: true, publications: true, testimonials: true });
      const onlyPrivate = { ...minimalContent(), 'projects/secret.mdx': files()['projects/secret.mdx']!, 'references/helen.mdx': files()['references/helen.mdx']! };
      expect(optionalPages(publicModel(onlyPrivate))).toEqual({ projects: false, publications: false, testimonials: false });
    });
  });

  it('splits who said something from their role at the first comma', () => {
    expect(attribution('Daniel Osei, Director of Engineering, Northwind')).toEqual({ who: 'Daniel Osei', role: 'Director of Engineering, Northwind' });
    expect(attribution('Helen Marsh')).toEqual({ who: 'Helen Marsh', role: undefined });
  });

  it('marks an untranslated quote on a German page as written in the default language', () => {
    const model = { language: 'de', languages: ['en', 'de'] } as Parameters<typeof quoteLanguage>[0];
    expect(quoteLanguage(model, { collection: 'references' })).toBe('en');
    expect(quoteLanguage(model, { collection: 'translations' })).toBeUndefined();
    expect(quoteLanguage({ ...model, language: 'en' }, { collection: 'references' })).toBeUndefined();
  });

  it('makes plain excerpts cut at a word', () => {
    expect(excerpt('## Situation\n\nThe **queue** was [slow](https://x.example).', 100)).toBe('The queue was slow.');
    expect(excerpt('one two three four five six', 12)).toBe('one two…');
    expect(excerpt('Cut p99 {/* ask Sam: is 80% right? */} by 80%.', 100)).toBe('Cut p99 by 80%.');
  });
});
