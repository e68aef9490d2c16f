import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, normalizeJsonResume, readDate } from '../../../../../src/lib/content/json-resume/normalize.ts';

describe('readDate', () => {
  it.each([
    ['2019', '2019'],
    ['2019-3', '2019-03'],
    ['2019/03', '2019-03'],
    ['2019.03.15', '2019-03-15'],
    ['2019-03-15T00:00:00.000Z', '2019-03-15'],
    ['03/2019', '2019-03'],
    ['3-2019', '2019-03'],
    ['25/03/2019', '2019-03-25'],
    ['03/25/2019', '2019-03-25'],
    ['Mar 2019', '2019-03'],
    ['September 2019', '2019-09'],
    ['2019 Dec', '2019-12'],
  ])('reads %s as %s', (written, date) => {
    expect(readDate(written)).toMatchObject({ date });
  });

  it('keeps only the year when day and month could be either way round, and says so', () => {
    expect(readDate('03/04/2019')).toEqual({ date: '2019', note: 'the order of day and month is unclear, so only the year is kept' });
  });

  it.each(['present', 'Present', 'now', "aujourd'hui", 'heute', 'obecnie', 'atual', 'настоящее время', '現在', '至今', '현재', 'حتى الآن', 'היום', '–'])('reads %s as still going', (written) => {
    expect(readDate(written)).toEqual({ current: true });
  });

  it.each(['spring 2019', '2019-13', '13/2019', '1850', 'soon'])('cannot read %s', (written) => {
    expect(readDate(written)).toEqual({ unreadable: true });
  });
});

describe('htmlToMarkdown', () => {
  it('turns the HTML people paste into summaries into Markdown, and leaves plain text alone', () => {
    expect(htmlToMarkdown('Led <b>ten</b> people.<br>Shipped <a href="https://x.example">X</a>.')).toBe('Led **ten** people.  \nShipped [X](https://x.example).');
    expect(htmlToMarkdown('<ul><li>one</li><li>two</li></ul>')).toBe('- one\n- two');
    expect(htmlToMarkdown('3 < 4 and {braces} stay as text')).toBe('3 < 4 and {braces} stay as text');
  });
});

describe('normalizeJsonResume', () => {
  const older = {
    basics: { name: 'Zoë Example', website: 'zoe.example', picture: null, location: 'Kraków, Polska', summary: ['Builds platforms', 'Runs on-call'] },
    work: [{ company: 'Acme', website: 'acme.example', position: 'Engineer', startDate: '03/2019', endDate: 'present', highlights: 'Cut deploys to 6 minutes.<br>Started on-call.' }],
    education: [{ institution: 'Uni', gpa: '5.0', startDate: 2011, endDate: '' }],
    skills: { Languages: ['Go', 'Python'], Tools: 'Terraform, Kubernetes' },
  };

  it('reads the older schema and the usual deviations into the current schema', () => {
    const { document, problems } = normalizeJsonResume(older);
    expect(problems).toEqual([]);
    expect(document).toEqual({
      basics: { name: 'Zoë Example', url: 'https://zoe.example', location: { city: 'Kraków, Polska' }, summary: '- Builds platforms\n- Runs on-call' },
      work: [{ name: 'Acme', url: 'https://acme.example', position: 'Engineer', startDate: '2019-03', highlights: ['Cut deploys to 6 minutes.', 'Started on-call.'] }],
      education: [{ institution: 'Uni', score: '5.0', startDate: '2011' }],
      skills: [
        { name: 'Languages', keywords: ['Go', 'Python'] },
        { name: 'Tools', keywords: ['Terraform', 'Kubernetes'] },
      ],
    });
  });

  it('reports every change: the field, what was read, what was written', () => {
    const { changes } = normalizeJsonResume(older);
    expect(changes).toContainEqual({ field: 'work[0].company', read: '"Acme"', written: 'read as work[0].name, its name in the current JSON Resume schema' });
    expect(changes).toContainEqual({ field: 'work[0].endDate', read: '"present"', written: 'left out: it says the role or course is current' });
    expect(changes).toContainEqual({ field: 'basics.picture', read: 'null', written: 'left out' });
    expect(changes).toContainEqual({ field: 'skills', read: 'an object of 2 groups', written: 'a list of skill groups, each group’s name with its keywords' });
    expect(changes.map((change) => change.field)).toEqual([
      'basics.picture', 'education[0].endDate', 'basics.website', 'basics.url', 'basics.summary', 'basics.location', 'skills',
      'work[0].company', 'work[0].website', 'work[0].startDate', 'work[0].endDate', 'work[0].url', 'work[0].highlights',
      'education[0].gpa', 'education[0].startDate',
    ]);
  });

  it('reads lines typed with bullet characters as a Markdown list, set apart from the sentence before it', () => {
    const { document, changes } = normalizeJsonResume({ basics: { name: 'Ada', summary: 'I build things.\n• Led 5 people\n  ◦ two teams\n• Shipped 3 products' } });
    expect((document['basics'] as { summary: string }).summary).toBe('I build things.\n\n- Led 5 people\n  - two teams\n- Shipped 3 products');
    expect(changes).toEqual([{ field: 'basics.summary', read: 'lines starting with •', written: 'a Markdown list' }]);
  });

  it('changes nothing in a file that already follows the current schema', () => {
    const { document } = normalizeJsonResume(older);
    expect(normalizeJsonResume(document)).toEqual({ document, changes: [], problems: [] });
  });

  it('leaves the original document as it was', () => {
    const original = structuredClone(older);
    normalizeJsonResume(older);
    expect(older).toEqual(original);
  });

  it('reads the shapes real files use for lists, places, emails and month names', () => {
    const { document, changes } = normalizeJsonResume({
      basics: { name: 'Ada', email: '###EMAIL###', url: '' },
      work: [{ name: 'Acme', location: { city: 'Amsterdam', countryCode: 'NL' }, startDate: 'Lut 2020', endDate: 'juillet 2021' }],
      interests: ['AI', 'Hiking'],
      references: 0,
    });
    expect(document).toEqual({
      basics: { name: 'Ada' },
      work: [{ name: 'Acme', location: 'Amsterdam, NL', startDate: '2020-02', endDate: '2021-07' }],
      interests: [{ name: 'AI' }, { name: 'Hiking' }],
    });
    expect(changes).toContainEqual({ field: 'basics.email', read: '"###EMAIL###"', written: 'left out: it is not an email address' });
    expect(changes).toContainEqual({ field: 'references', read: '0', written: 'left out: it is not a list' });
  });

  it('refuses a role that ends before it starts, naming both dates', () => {
    expect(normalizeJsonResume({ basics: { name: 'Ada' }, work: [{ name: 'Acme', startDate: '2025-05', endDate: '2024-10' }] }).problems).toEqual([
      'work[0].endDate "2024-10" is before its startDate "2025-05": correct the one that is wrong',
    ]);
  });

  it('refuses only what it cannot read, saying what to write instead', () => {
    expect(normalizeJsonResume({ basics: { name: 'Ada' }, work: [{ name: 'Acme', startDate: 'spring 2019', endDate: 'later' }] }).problems).toEqual([
      'work[0].startDate "spring 2019" is not a date Cairn can read: write it as YYYY-MM (e.g. "2019-04") or YYYY',
      'work[0].endDate "later" is not a date Cairn can read: write it as YYYY-MM (e.g. "2021-06"), or leave endDate out while the job is current',
    ]);
  });
});
