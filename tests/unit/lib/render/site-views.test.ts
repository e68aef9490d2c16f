import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { buildModel } from '../../../../src/lib/model/model.ts';
import { excerpt, featuredAccomplishments, skillsByCategory, tagCounts, timelineByYear, yearsOfExperience } from '../../../../src/lib/render/site-views.ts';
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

  it('makes plain excerpts cut at a word', () => {
    expect(excerpt('## Situation\n\nThe **queue** was [slow](https://x.example).', 100)).toBe('The queue was slow.');
    expect(excerpt('one two three four five six', 12)).toBe('one two…');
  });
});
