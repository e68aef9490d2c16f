import { describe, expect, it } from 'vitest';
import {
  FEATURED_POINTS,
  IMPACT_POINTS,
  RECENCY_POINTS,
  describeScore,
  inTieOrder,
  rankAccomplishments,
  rankFacts,
  rankInTieOrder,
  scoreAccomplishment,
  scoreFacts,
  scoreTotal,
  scoringFacts,
} from '../../../../../src/lib/model/resume/ranking.ts';
import { AccomplishmentSchema } from '../../../../../src/schemas/accomplishment.ts';
import { resolveData } from '../../../../../src/lib/content/localize.ts';

function entry(id: string, fields: Record<string, unknown>) {
  return { id, data: resolveData('accomplishments', AccomplishmentSchema.parse({ title: id, role: 'acme', bullet: `Did ${id}.`, ...fields }), 'en', 'en') };
}

const noEmphasis = { skills: {}, tags: {} };

describe('scoreAccomplishment', () => {
  it('halves the recency points every three years before the as-of date', () => {
    const asOf = '2024-01-01';
    const now = scoreAccomplishment(entry('a', { date: '2024-01-01' }), noEmphasis, asOf);
    const threeYears = scoreAccomplishment(entry('b', { date: '2021-01-01' }), noEmphasis, asOf);
    const sixYears = scoreAccomplishment(entry('c', { date: '2018-01-01' }), noEmphasis, asOf);
    expect(now.recency).toBe(RECENCY_POINTS);
    expect(threeYears.recency).toBeCloseTo(RECENCY_POINTS / 2, 2);
    expect(sixYears.recency).toBeCloseTo(RECENCY_POINTS / 4, 2);
  });

  it('adds each emphasised skill and tag once, impact and featured on top', () => {
    const score = scoreAccomplishment(
      entry('a', { date: '2024-01-01', skills: ['go', 'go', 'sql'], tags: ['performance'], impact: [{ label: 'p99', from: 9, to: 1 }], featured: true }),
      { skills: { go: 2, sql: -1 }, tags: { performance: 3 } },
      '2024-01-01',
    );
    expect(score.emphasis).toEqual([
      { kind: 'skill', id: 'go', weight: 2 },
      { kind: 'skill', id: 'sql', weight: -1 },
      { kind: 'tag', id: 'performance', weight: 3 },
    ]);
    expect(score.total).toBe(2 - 1 + 3 + RECENCY_POINTS + IMPACT_POINTS + FEATURED_POINTS);
    expect(describeScore(score)).toBe('skill go +2, skill sql -1, tag performance +3, recency +2, impact +1, featured +0.5');
  });

  it('weighs a skill or tag named like an object property only when the variant emphasises it', () => {
    const score = scoreAccomplishment(entry('a', { date: '2024-01-01', skills: ['constructor'], tags: ['to-string', 'hasownproperty'] }), noEmphasis, '2024-01-01');
    expect(score.emphasis).toEqual([]);
    expect(score.total).toBe(RECENCY_POINTS);
  });
});

describe('rankAccomplishments', () => {
  it('breaks ties by date, newest first, then by id, never by input order', () => {
    const items = [entry('b', { date: '2020-01-01' }), entry('a', { date: '2020-01-01' }), entry('c', { date: '2020-02-01' })];
    const ids = (list: typeof items) => rankAccomplishments(list, noEmphasis, '2020-02-01').map((item) => item.entry.id);
    expect(ids(items)).toEqual(['c', 'a', 'b']);
    expect(ids([...items].reverse())).toEqual(['c', 'a', 'b']);
  });
});

describe('scoringFacts', () => {
  it('keeps what no variant changes, so one set of facts scores every variant', () => {
    const item = entry('a', { date: '2021-07-01', skills: ['go', 'sql', 'go'], tags: ['cost', 'cost'], impact: [{ label: 'p99', from: 9, to: 1 }] });
    const facts = scoringFacts(item, '2024-01-01');
    expect(facts.skills).toEqual(['go', 'sql']);
    expect(facts.tags).toEqual(['cost']);
    const variants = [noEmphasis, { skills: { go: 2.5, sql: -1 }, tags: { cost: 0.3 } }, { skills: { sql: 0.1 }, tags: {} }];
    for (const emphasis of variants) expect(scoreFacts(facts, emphasis)).toEqual(scoreAccomplishment(item, emphasis, '2024-01-01'));
  });

  it('ranks precomputed facts in the same order as the accomplishments themselves', () => {
    const items = [
      entry('b', { date: '2020-01-01', tags: ['cost'] }),
      entry('a', { date: '2020-01-01', tags: ['cost'] }),
      entry('c', { date: '2019-02-01', skills: ['go'] }),
      entry('d', { date: '2023-02-01' }),
    ];
    const emphasis = { skills: { go: 3 }, tags: { cost: 0.5 } };
    const direct = rankAccomplishments(items, emphasis, '2023-02-01');
    expect(rankFacts(items.map((item) => scoringFacts(item, '2023-02-01')), emphasis)).toEqual(direct);
    expect(direct.map((item) => item.entry.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('rankInTieOrder', () => {
  /** A seeded generator, so a failure names the same case every run. */
  function seeded(seed: number) {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }
  const pick = <T,>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  it('ranks in the same order, with the same scores, as ranking the facts in file order', () => {
    // Few dates, skills and weights, so most totals tie and the tie-breaks decide; ids in several scripts and cases.
    const ids = ['a', 'B', 'b', 'é', 'e', 'zoë', 'Ωmega', 'ömer', 'łukasz', 'مريم', '李', '10', '9', 'a-b', 'a_b'];
    const dates = ['2020-01-01', '2020-01-02', '2021-06-01', '2019-12-31'];
    for (let seed = 1; seed <= 40; seed++) {
      const random = seeded(seed);
      const items = Array.from({ length: 30 }, (_, index) =>
        entry(`${pick(random, ids)}-${index}`, {
          date: pick(random, dates),
          skills: [pick(random, ['go', 'sql', 'rust']), pick(random, ['go', 'sql'])],
          tags: random() < 0.5 ? [pick(random, ['cost', 'data'])] : [],
          featured: random() < 0.2,
          ...(random() < 0.3 ? { impact: [{ label: 'p99', from: 9, to: 1 }] } : {}),
        }),
      );
      const emphasis = { skills: { go: pick(random, [0, 1, 0.5]), sql: pick(random, [1, -1]) }, tags: { cost: 0.25 } };
      const facts = items.map((item) => scoringFacts(item, '2021-06-01'));
      const expected = rankFacts(facts, emphasis);
      const ranked = rankInTieOrder(inTieOrder(facts), emphasis);
      expect(ranked.map((item) => item.entry.id), `seed ${seed}`).toEqual(expected.map((item) => item.entry.id));
      expect(ranked.map((item) => item.score)).toEqual(expected.map((item) => item.score));
    }
  });

  it('totals a score exactly as the full score does', () => {
    const facts = scoringFacts(entry('a', { date: '2021-07-01', skills: ['go', 'sql'], tags: ['cost'], featured: true }), '2024-01-01');
    for (const emphasis of [noEmphasis, { skills: { go: 0.1, sql: 0.2 }, tags: { cost: 0.3 } }, { skills: { constructor: 1 }, tags: {} }]) {
      expect(scoreTotal(facts, emphasis)).toBe(scoreFacts(facts, emphasis).total);
    }
  });
});
