import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { accomplishmentAsPost } from '../../../../src/lib/bench/astro-paper.ts';
import { syntheticContent } from '../../../../src/lib/bench/synthetic-content.ts';

describe('an accomplishment as an AstroPaper post', () => {
  const [file, text] = [...syntheticContent(3).files].find(([relative]) => relative.startsWith('accomplishments/'))!;

  it('keeps its title, date, tags and body, with the bullet as the description AstroPaper requires', () => {
    const source = matter(text);
    const post = matter(accomplishmentAsPost(text));
    expect(post.data).toEqual({
      title: source.data['title'],
      pubDatetime: new Date(`${source.data['date']}T00:00:00Z`),
      tags: source.data['tags'],
      description: source.data['bullet'],
    });
    expect(post.content.trim()).toBe(source.content.trim());
    expect(file).toMatch(/\.mdx$/);
  });

  it('gives a post without tags AstroPaper\'s own default, "others"', () => {
    const post = matter(accomplishmentAsPost('---\ntitle: Shipped it\ndate: "2024-01-02"\nbullet: Shipped.\n---\nBody.\n'));
    expect(post.data['tags']).toEqual(['others']);
  });
});
