import { describe, expect, it } from 'vitest';
import { AccomplishmentSchema } from '../../../src/schemas/index.ts';

const entry = { title: 'Cut p99 latency', date: '2024-03-05', role: 'acme', bullet: 'Cut p99 latency from 800 to 90 ms.' };

describe('AccomplishmentSchema tags', () => {
  it('takes up to 12 tags', () => {
    const tags = Array.from({ length: 12 }, (_, index) => `tag-${index}`);
    expect(AccomplishmentSchema.parse({ ...entry, tags }).tags).toEqual(tags);
  });

  it('refuses a 13th, since every tag is a page listing its entries', () => {
    const result = AccomplishmentSchema.safeParse({ ...entry, tags: Array.from({ length: 13 }, (_, index) => `tag-${index}`) });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['tags', 'at most 12 tags: they group your work on the site for browsing, and each one adds a page; keep the few a reader would browse by'],
    ]);
  });
});
