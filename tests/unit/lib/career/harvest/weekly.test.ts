import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { overdueContacts } from '../../../../../src/lib/career/network.ts';
import type { Proposal } from '../../../../../src/lib/career/harvest/proposals.ts';
import { answerLines, contactsNamed, overdueLine, weekEnding, weeklyRequests } from '../../../../../src/lib/career/harvest/weekly.ts';
import { askWeeklyQuestions } from '../../../../../src/lib/career/harvest/weekly-prompts.ts';
import { careerContent } from '../fixture.ts';

const { content } = careerContent();

describe('the weekly questions', () => {
  it('covers the seven days ending today', () => {
    expect(weekEnding('2026-06-30')).toEqual({ since: '2026-06-24', until: '2026-06-30' });
  });

  it('reads one answer per line, without list markers or blank lines', () => {
    expect(answerLines(['- Shipped the export\n\n* Fixed the flaky test\n1. Wrote the runbook', '  Paired with Ben  '])).toEqual(['Shipped the export', 'Fixed the flaky test', 'Wrote the runbook', 'Paired with Ben']);
  });

  it('makes a private log request per answer, tagged by its question', () => {
    expect(weeklyRequests({ shipped: ['Shipped X'], learned: ['Learned Y'], helped: ['Helped Z'] }, { date: '2026-06-30' })).toEqual([
      { question: 'shipped', request: { title: 'Shipped X', date: '2026-06-30', role: undefined, tags: undefined, bullet: 'Shipped X', visibility: 'private' } },
      { question: 'learned', request: { title: 'Learned Y', date: '2026-06-30', role: undefined, tags: ['learning'], bullet: 'Learned Y', visibility: 'private' } },
      { question: 'helped', request: { title: 'Helped Z', date: '2026-06-30', role: undefined, tags: ['helping'], bullet: 'Helped Z', visibility: 'private' } },
    ]);
  });

  it('finds contacts an answer names, by full name or an unshared first name, as whole words', () => {
    const ids = (text: string) => contactsNamed(text, content.network).map((contact) => contact.id);
    expect(ids('Reviewed Ana Lima’s talk')).toEqual(['ana-lima']);
    expect(ids('Helped ben and cara with their on-call')).toEqual(['ben-okoro', 'cara-ng']);
    expect(ids('Fixed the banana importer and the carafe')).toEqual([]);
  });

  it('says each overdue check-in in a line', () => {
    expect(overdueContacts(content.network, '2026-06-30').map(overdueLine)).toEqual([
      'Cara Ng, due 2026-01-31, 150 days ago',
      'Ana Lima (Globex), due 2026-04-30, 61 days ago; cares about Hiring platform engineers, Her cycling club',
    ]);
  });
});

describe('askWeeklyQuestions', () => {
  it('offers the week’s pieces of work picked, then asks each question one answer a line', async () => {
    const proposal = { title: 'Add alert rules', repository: 'ledger', first: '2026-06-24', last: '2026-06-25', subjects: ['a'], files: 1, added: 12, deleted: 0 } as Proposal;
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const asked = askWeeklyQuestions(weekEnding('2026-06-30'), [proposal], overdueContacts(content.network, '2026-06-30'), { input, output });
    const keys = ['\r', ...'Moved the ledger', '\r', '\r', ...'Rust lifetimes', '\r', '\r', '\r', '\r'];
    for (const key of keys) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      input.write(key);
    }
    expect(await asked).toEqual({ harvested: [proposal], shipped: ['Moved the ledger'], learned: ['Rust lifetimes'], helped: [] });
  }, 10_000);
});
