import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content-files.ts';
import { bodySentences, collectSecrets, findLeaks, normaliseText } from '../../../src/lib/privacy.ts';
import { mdx, minimalContent, writeContentFolder } from '../../support/content-fixture.ts';

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
