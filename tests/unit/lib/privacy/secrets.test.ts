import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { bodySentences, collectSecrets, findLeaks, normaliseText } from '../../../../src/lib/privacy/secrets.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

const content = () =>
  loadContent(
    writeContentFolder({
      ...minimalContent(),
      'roles/side.mdx': mdx('organisation: Side Project Ltd\ntitle: Senior Engineer\nstart: "2019-01"\nsummary: Weekend consulting.\nvisibility: private'),
      'goals/director.mdx': mdx('title: Become director of engineering\nhorizon: 3-5-years\ntargetDate: "2029-01"', 'Ask for a bigger remit at review time.\n'),
    }),
  ).content;

const page = (text: string) => ({ path: 'dist/index.html', extension: '.html', text });

describe('collectSecrets', () => {
  const secrets = collectSecrets(content());
  const values = secrets.map((secret) => secret.value);

  it('collects the title, bullet and story of private entries, and goals', () => {
    expect(values).toContain('Planned the confidential Falcon reorganisation');
    expect(values).toContain('Drafted the confidential Falcon reorganisation plan for the leadership group.');
    expect(values).toContain('The Falcon plan moved three teams under one director before the announcement.');
    expect(values).toContain('Become director of engineering');
  });

  it('collects resume-only and private contact details, with where they came from', () => {
    expect(secrets).toContainEqual(expect.objectContaining({ value: '+44 7700 900123', field: 'contact.phone', kind: 'digits' }));
    expect(secrets).toContainEqual(expect.objectContaining({ value: '12 Quiet Lane', field: 'contact.address' }));
  });

  it('collects a public testimonial’s referee contact, which is resume-level unless it says otherwise', () => {
    const withReferee = loadContent(
      writeContentFolder({
        ...minimalContent(),
        'references/priya.mdx': mdx('name: Priya Raman, VP Engineering\ncontact:\n  email: priya.raman@northwind.example\n  phone: { value: "+44 20 7946 0321", visibility: public }', 'Ada makes hard things calm.\n'),
      }),
    ).content;
    const refereeSecrets = collectSecrets(withReferee).filter((secret) => secret.source.endsWith('priya.mdx'));
    expect(refereeSecrets.map((secret) => [secret.field, secret.value])).toEqual([['contact.email', 'priya.raman@northwind.example']]);
    expect(collectSecrets(withReferee, 'resume').filter((secret) => secret.source.endsWith('priya.mdx'))).toEqual([]);
  });

  it('leaves out values that public content also contains, and ids', () => {
    expect(values).toContain('Side Project Ltd');
    expect(values).not.toContain('Senior Engineer');
    expect(values).not.toContain('go');
  });
});

describe('findLeaks', () => {
  const secrets = collectSecrets(content());

  it('finds nothing in a page of public text', () => {
    expect(findLeaks([page('<h1>Cut checkout latency</h1><p>Cut checkout p99 latency from 800 ms to 90 ms.</p>')], secrets)).toEqual([]);
  });

  it('finds a private title however the HTML escapes or breaks it', () => {
    const leaks = findLeaks([page('<h2>Planned the <em>confidential</em>\n  Falcon reorganisation</h2>')], secrets);
    expect(leaks.map((leak) => leak.secret.field)).toEqual(['title']);
  });

  it('finds a private value inside an attribute', () => {
    const leaks = findLeaks([page('<meta name="description" content="Drafted the confidential Falcon reorganisation plan for the leadership group.">')], secrets);
    expect(leaks.map((leak) => leak.secret.field)).toContain('bullet');
  });

  it('finds a phone number written in another format', () => {
    const leaks = findLeaks([page('<p>Call 07700&nbsp;900-123</p>')], secrets);
    expect(leaks).toEqual([expect.objectContaining({ file: 'dist/index.html', secret: expect.objectContaining({ field: 'contact.phone' }) })]);
  });

  it.each([
    ['a soft hyphen and a zero-width space', '.html', '<p>Planned the confi\u00ADden\u200Btial Falcon reorganisation</p>'],
    ['a tag inside a word', '.html', '<p>Planned the confi<em>dential</em> Falcon reorganisation</p>'],
    ['SVG text split into tspans', '.svg', '<svg><text><tspan x="0">Planned the confidential</tspan><tspan x="0" dy="1.2em">Falcon reorganisation</tspan></text></svg>'],
    ['JSON unicode escapes', '.json', '{"title":"Planned the confidenti\\u0061l Falcon reorganis\\u0061tion"}'],
    ['JSON escapes in a script', '.js', 'const t = "Planned the confidential\\u0020Falcon reorganisation";'],
    ['a source map', '.map', '{"sourcesContent":["Planned the confidential Falcon reorganisation"]}'],
    ['Markdown emphasis inside a word', '.md', '- Planned the confi**dential** Falcon reorganisation'],
  ])('finds a private title hidden by %s', (_how, extension, text) => {
    const leaks = findLeaks([{ path: `dist/file${extension}`, extension, text }], secrets);
    expect(leaks.map((leak) => leak.secret.field)).toContain('title');
  });

  it('guards a short value when it is distinctive, as a whole word only', () => {
    const withShort = collectSecrets(
      loadContent(
        writeContentFolder({
          ...minimalContent(),
          'network/li-wei.mdx': mdx('name: Li Wei\norganisation: Independent\ntitle: Coach\nmet: "2025-03"\nhowWeMet: At a meetup\nlastContact: "2026-01-10"'),
          'roles/side.mdx': mdx('organisation: Kestrel\ntitle: Advisor\nstart: "2019-01"\nvisibility: private'),
        }),
      ).content,
    );
    const short = withShort.filter((secret) => secret.value.length < 10).map((secret) => secret.value);
    expect(short).toContain('Li Wei');
    expect(short).not.toContain('Kestrel');
    expect(findLeaks([page('<p>Coffee with Li&nbsp;Wei.</p>')], withShort).map((leak) => leak.secret.value)).toEqual(['Li Wei']);
    expect(findLeaks([page('<p>Eli Weiss joined.</p>')], withShort)).toEqual([]);
  });

  it('looks in every text kind it is given, not only HTML', () => {
    const leaks = findLeaks([{ path: 'dist/contact.vcf', extension: '.vcf', text: 'TEL:+447700900123' }], secrets);
    expect(leaks).toHaveLength(1);
  });
});

describe('text helpers', () => {
  it('normalises entities, typographic quotes, dashes, case and spacing', () => {
    expect(normaliseText('Ada&#39;s  “Plan” – A&amp;B')).toBe('ada\'s "plan" - a&b');
  });

  it('splits a story into sentences without its markup', () => {
    expect(bodySentences('## Situation\n\nThe **queue** was slow. We [fixed](https://x.example) it quickly!\n- A list item that is long enough')).toEqual([
      'The queue was slow.',
      'We fixed it quickly!',
      'A list item that is long enough',
    ]);
  });
});

describe('secrets for direct-send resumes', () => {
  const secrets = collectSecrets(content(), 'resume');
  const values = secrets.map((secret) => secret.value);

  it('allows the resume-level phone but still guards private entries, goals and the private address', () => {
    expect(secrets.some((secret) => secret.field === 'contact.phone')).toBe(false);
    expect(values).toContain('12 Quiet Lane');
    expect(values).toContain('Planned the confidential Falcon reorganisation');
    expect(values).toContain('Become director of engineering');
  });
});

describe('secrets of the private journal', () => {
  const journal = loadContent(
    writeContentFolder({
      ...minimalContent(),
      'network/priya-raman.mdx': mdx(
        'name: Priya Raman\norganisation: Kestrel Freight\nlastContact: "2021-05-04"\ncircles: [former-manager]\ncaresAbout: [Growing first-time managers]',
        'She is quietly looking for a new role.\n',
      ),
      'interviews/2026-09-17-fernhill.mdx': mdx(
        'company: Fernhill Energy\nposition: Head of Platform\nstage: final\ndate: "2026-09-17"\noutcome: rejected\ndoDifferently: [Lead with the business result]',
      ),
    }),
  ).content;
  const secrets = collectSecrets(journal);
  const fields = (source: string) => secrets.filter((secret) => secret.source.endsWith(source)).map((secret) => [secret.field, secret.value]);

  it('treats every contact’s and interview’s text as a secret, with its file and field', () => {
    expect(fields('network/priya-raman.mdx')).toEqual([
      ['name', 'Priya Raman'],
      ['organisation', 'Kestrel Freight'],
      ['caresAbout.0', 'Growing first-time managers'],
      ['body', 'She is quietly looking for a new role.'],
    ]);
    expect(fields('interviews/2026-09-17-fernhill.mdx')).toEqual([
      ['company', 'Fernhill Energy'],
      ['position', 'Head of Platform'],
      ['doDifferently.0', 'Lead with the business result'],
    ]);
  });

  it('leaves out their dates and stage words, which public pages contain by coincidence', () => {
    const values = secrets.map((secret) => secret.value);
    expect(values).not.toContain('2021-05-04');
    expect(values).not.toContain('2026-09-17');
    expect(values).not.toContain('rejected');
  });

  it('finds a contact’s name in a built page', () => {
    expect(findLeaks([page('<p>Thanks to Priya   Raman for the review.</p>')], secrets).map((leak) => leak.secret.field)).toEqual(['name']);
  });
});

describe('secrets of a resume variant kept for sending', () => {
  const secrets = collectSecrets(
    loadContent(
      writeContentFolder({
        ...minimalContent(),
        'resumes/initrode-platform-engineer.mdx': mdx(
          'title: Platform Engineer at Initrode\ntargetRole: Platform Engineer\nemphasis:\n  skills: { go: 3 }\npinned: [2021-05-04-latency]\nexclude: { accomplishments: [2018-03-02-billing], roles: [initech], from: "2010-01" }\nsections: [summary, experience, skills]\nvisibility: resume',
          'Platform engineer applying to Initrode with a record in Go.\n',
        ),
      }),
    ).content,
  );

  it('keeps its title and summary secret but not the ids and section names it points at, which public pages show', () => {
    const fields = secrets.filter((secret) => secret.source.endsWith('initrode-platform-engineer.mdx')).map((secret) => secret.field);
    expect(fields).toEqual(['title', 'body']);
  });
});
