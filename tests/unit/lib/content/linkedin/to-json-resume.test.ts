import { describe, expect, it } from 'vitest';
import { linkedInDate, linkedInToJsonResume, splitDescription, twitterHandlesOf, websitesOf } from '../../../../../src/lib/content/linkedin/to-json-resume.ts';

const PROFILE = 'First Name,Last Name,Headline\nAna,Lima,Platform engineer\n';
const convert = (files: Record<string, string>) => linkedInToJsonResume(new Map(Object.entries({ 'profile.csv': PROFILE, ...files })));

describe('linkedInDate', () => {
  it.each([
    ['Jan 2020', '2020-01'],
    ['2020', '2020'],
    ['Mar 15, 2022', '2022-03-15'],
    ['01/15/20, 10:12 AM', '2020-01-15'],
    ['7/21/09, 12:11 PM', '2009-07-21'],
    ['2023-08-08 16:02:04 UTC', '2023-08-08'],
  ])('reads %s, as LinkedIn writes it, as %s', (written, read) => {
    expect(linkedInDate(written)).toBe(read);
  });

  it('leaves other writings to the JSON Resume reader, which knows other languages', () => {
    expect(linkedInDate('out 2020')).toBeUndefined();
    expect(linkedInDate('Lut 2020')).toBeUndefined();
    expect(linkedInDate('sometime')).toBeUndefined();
  });
});

describe('splitDescription', () => {
  it('keeps the prose as the summary and makes each bulleted line a highlight', () => {
    expect(splitDescription('Led the platform team.\n• Cut p99 by 80%\n- Hired four engineers\n・配送アプリの再設計')).toEqual({ summary: 'Led the platform team.', highlights: ['Cut p99 by 80%', 'Hired four engineers', '配送アプリの再設計'] });
  });

  it('splits a line of several • items that lost its line breaks, and leaves a plain description whole', () => {
    expect(splitDescription('Scope: payments • Cut fraud by half • Shipped 3DS2')).toEqual({ summary: 'Scope: payments', highlights: ['Cut fraud by half', 'Shipped 3DS2'] });
    expect(splitDescription('Built pipelines -5% cost.\nSecond paragraph.')).toEqual({ summary: 'Built pipelines -5% cost.\nSecond paragraph.', highlights: [] });
  });
});

describe('websitesOf and twitterHandlesOf', () => {
  it('read LinkedIn\'s bracketed lists of kinds and addresses', () => {
    expect(websitesOf('[PORTFOLIO:https://ana.dev,COMPANY:www.acme.example,OTHER:https://x.example/a,b]')).toEqual([
      { kind: 'PORTFOLIO', url: 'https://ana.dev' },
      { kind: 'COMPANY', url: 'www.acme.example' },
      { kind: 'OTHER', url: 'https://x.example/a,b' },
    ]);
    expect(websitesOf('https://ana.dev')).toEqual([{ kind: 'OTHER', url: 'https://ana.dev' }]);
    expect(twitterHandlesOf('[ana_lima,@ana2]')).toEqual(['ana_lima', 'ana2']);
  });
});

describe('linkedInToJsonResume', () => {
  it('makes a person\'s own site the url and the other sites and handles profiles', () => {
    const { document } = linkedInToJsonResume(new Map([['profile.csv', 'First Name,Last Name,Websites,Twitter Handles\nAna,Lima,"[COMPANY:https://acme.example,PERSONAL:https://ana.dev]",[ana_lima]\n']]));
    expect(document['basics']).toEqual({
      name: 'Ana Lima',
      url: 'https://ana.dev',
      profiles: [
        { network: 'Company website', url: 'https://acme.example' },
        { network: 'X', username: 'ana_lima', url: 'https://x.com/ana_lima' },
      ],
    });
  });

  it('writes a Chinese, Japanese or Korean name family name first', () => {
    const { document, changes } = linkedInToJsonResume(new Map([['profile.csv', 'First Name,Last Name\n美咲,佐藤\n']]));
    expect(document['basics']).toMatchObject({ name: '佐藤美咲' });
    expect(changes.map((change) => change.field)).toContain('Profile.csv, First Name and Last Name');
  });

  it('takes the primary confirmed email and a mobile number', () => {
    const { document } = convert({
      'email addresses.csv': 'Email Address,Confirmed,Primary,Updated On\nold@ana.dev,Yes,No,"3/2/15, 9:00 AM"\nunconfirmed@ana.dev,No,Yes,\nana@ana.dev,Yes,Yes,"9/17/21, 9:52 PM"\n',
      'phonenumbers.csv': 'Extension,Number,Type\n12,+351 21 000 0000,Work\n,+351 91 000 0000,Mobile\n',
    });
    expect(document['basics']).toMatchObject({ email: 'ana@ana.dev', phone: '+351 91 000 0000' });
  });

  it('keeps only VISIBLE recommendations, named with the recommender\'s title and company, and says how many it left out', () => {
    const { document, notes } = convert({
      'recommendations_received.csv': 'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nRui,Sousa,Acme,CTO,"Ana ships.","01/15/24, 10:12 AM",VISIBLE\nEva,Reis,Acme,PM,"Hidden.","01/15/24, 10:12 AM",HIDDEN\nJo,Fox,,,"Pending.",,\n',
    });
    expect(document['references']).toEqual([{ name: 'Rui Sousa, CTO at Acme', reference: 'Ana ships.' }]);
    expect(notes).toContain('Recommendations_Received.csv: 2 recommendations are not VISIBLE on your LinkedIn profile (hidden, pending or with no status) and were left out: show them on LinkedIn first if you want them here');
  });

  it('keeps education Notes, Activities and Courses.csv as courses, saying so, rather than dropping them', () => {
    const { document, changes } = convert({
      'education.csv': 'School Name,Start Date,End Date,Notes,Degree Name,Activities\nTU Delft,2010,2014,Thesis on caching,"Master of Science - MS, Computer Science",Rowing\nHAN,2006,2010,,Bachelor,\n',
      'courses.csv': 'Name,Number\nCompilers,IN4303\n',
    });
    expect(document['education']).toEqual([
      { institution: 'TU Delft', studyType: 'Master of Science - MS', area: 'Computer Science', startDate: '2010', endDate: '2014', courses: ['Thesis on caching', 'Activities and societies: Rowing', 'Compilers IN4303'] },
      { institution: 'HAN', studyType: 'Bachelor', startDate: '2006', endDate: '2010' },
    ]);
    expect(changes.map((change) => change.field)).toEqual(expect.arrayContaining(['Education.csv row 2 (TU Delft), Notes and Activities', 'Courses.csv']));
  });

  it('refuses a file of more rows than a career has, naming the file', () => {
    const positions = `Company Name,Title,Started On\n${'Acme,Engineer,Jan 2020\n'.repeat(2000)}`;
    expect(convert({ 'positions.csv': positions }).problems).toEqual(["Positions.csv has 2,000 rows; a career has far fewer (at most 500 are read), so this is not one person's LinkedIn export"]);
  });

  it('names the file and row behind a JSON Resume path in a message', () => {
    const { locate } = convert({ 'positions.csv': 'Company Name,Title,Started On\nAcme,Engineer,Jan 2020\nBeta,Lead,someday\n' });
    expect(locate('work[1].startDate "someday" is not a date')).toBe('Positions.csv row 3 (Beta), Started On "someday" is not a date');
    expect(locate('basics.label is missing')).toBe('Profile.csv, Headline is missing');
  });
});
