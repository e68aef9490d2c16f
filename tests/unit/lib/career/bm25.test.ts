import { describe, expect, it } from 'vitest';
import { bm25Index } from '../../../../src/lib/career/bm25.ts';

const docs = [
  { id: 'a', terms: ['kubernetes', 'helm', 'chart'] },
  { id: 'b', terms: ['postgres', 'index', 'latency', 'postgres'] },
  { id: 'c', terms: ['postgres', 'backup', 'kubernetes', 'operator', 'storage', 'restore', 'test', 'drill'] },
  { id: 'd', terms: ['mentoring', 'on-call'] },
];
const index = bm25Index(docs);

describe('bm25Index', () => {
  it('computes the Lucene idf: rare terms weigh more, and none is negative', () => {
    expect(index.idf('helm')).toBeCloseTo(Math.log(1 + (4 - 1 + 0.5) / (1 + 0.5)), 10);
    expect(index.idf('postgres')).toBeCloseTo(Math.log(1 + (4 - 2 + 0.5) / (2 + 0.5)), 10);
    expect(index.idf('helm')).toBeGreaterThan(index.idf('postgres'));
    expect(index.idf('nowhere')).toBeGreaterThan(0);
    expect(index.documentFrequency('kubernetes')).toBe(2);
  });

  it('scores one term by the BM25 formula', () => {
    const averageLength = (3 + 4 + 8 + 2) / 4;
    const k1 = 1.2;
    const b = 0.75;
    const expected = (index.idf('postgres') * 2 * (k1 + 1)) / (2 + k1 * (1 - b + (b * 4) / averageLength));
    expect(index.search(['postgres'])[0]).toEqual({ id: 'b', score: expected, terms: [{ term: 'postgres', score: expected }] });
  });

  it('ranks a short document with repeats above a long one that mentions the term once', () => {
    expect(index.search(['postgres']).map((match) => match.id)).toEqual(['b', 'c']);
  });

  it('adds up the query terms a document contains and leaves out documents with none', () => {
    const results = index.search(['kubernetes', 'postgres']);
    expect(results.map((match) => match.id)).toEqual(['c', 'b', 'a']);
    expect(results[0]!.terms.map((item) => item.term).sort()).toEqual(['kubernetes', 'postgres']);
  });

  it('counts a term repeated in the query that many times', () => {
    const once = index.search(['helm'])[0]!.score;
    expect(index.search(['helm', 'helm'])[0]!.score).toBeCloseTo(2 * once, 10);
  });

  it('breaks ties by id so the order never changes', () => {
    const tied = bm25Index([
      { id: 'z', terms: ['go'] },
      { id: 'm', terms: ['go'] },
    ]);
    expect(tied.search(['go']).map((match) => match.id)).toEqual(['m', 'z']);
  });

  it('handles an empty index and an empty query', () => {
    expect(bm25Index([]).search(['go'])).toEqual([]);
    expect(index.search([])).toEqual([]);
  });
});
