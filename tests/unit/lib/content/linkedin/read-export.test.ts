import { describe, expect, it } from 'vitest';
import { checkContentRules } from '../../../../../src/lib/content/content-rules.ts';
import { planImport } from '../../../../../src/lib/content/json-resume/import.ts';
import { readLinkedInExport } from '../../../../../src/lib/content/linkedin/read-export.ts';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { writeContentFolder } from '../../../../support/content-fixture.ts';
import { zipExport } from '../../../../support/linkedin-export.ts';
import { zipSync } from 'fflate';

function imported(zip: Uint8Array) {
  const read = readLinkedInExport(zip);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const plan = planImport(read.document, '2026-11-24');
  const folder = writeContentFolder(Object.fromEntries(plan.files.map((file) => [file.path, file.text])));
  const { content, problems } = loadContent(folder);
  return { read, plan, content, problems: [...problems, ...checkContentRules(content)] };
}

describe('readLinkedInExport', () => {
  it('turns a full export (every file, a Greek name, BOM, multi-line descriptions) into content that passes the check', () => {
    const { read, plan, content, problems } = imported(zipExport('full'));
    expect(problems).toEqual([]);
    expect(content.profile[0]!.data).toMatchObject({ name: 'Ελένη Παπαδοπούλου', country: 'GR', site: 'https://eleni-data.example', contact: { email: { value: 'eleni@eleni-data.example' }, phone: { value: '+30 210 555 0142', visibility: 'resume' } } });
    expect(content.roles.map((role) => role.data.organisation).sort()).toEqual(['Aegean Freight Systems', 'Hellenic Ports Authority', 'Kyma Analytics', 'Women in Data Athens']);
    expect(content.accomplishments).toHaveLength(5);
    expect(content.skills).toHaveLength(8);
    expect(content.learning.map((entry) => entry.data.title).sort()).toEqual(['Certified Kubernetes Administrator', 'Confluent Certified Developer for Apache Kafka']);
    expect(plan.files.map((file) => file.path.split('/')[0])).toEqual(expect.arrayContaining(['awards', 'projects', 'publications', 'references', 'education']));
    expect(read.notes).toContain('not read, as they are not resume data: Connections.csv, messages.csv (your network, messages and activity stay out of your site)');
  });

  it('imports a basic export of only Profile, Positions and Education', () => {
    const { content, problems } = imported(zipExport('basic'));
    expect(problems).toEqual([]);
    expect(content.profile[0]!.data.name).toBe('Rafael Ortiz Monteverde');
    expect(content.roles.find((role) => role.data.organisation === 'Naranja Pagos')!.data).toMatchObject({ start: '2022-01' });
    expect(content.roles.find((role) => role.data.organisation === 'Naranja Pagos')!.data.end).toBeUndefined();
    expect(content.education).toHaveLength(1);
  });

  it('finds the files of an export nested in a folder inside the ZIP', () => {
    const { content, problems } = imported(zipExport('nested'));
    expect(problems).toEqual([]);
    expect(content.profile[0]!.data.name).toBe('佐藤美咲');
    expect(content.accomplishments).toHaveLength(2);
  });

  it('refuses a ZIP that is not a LinkedIn export in one line', () => {
    expect(readLinkedInExport(zipSync({ 'notes.txt': new TextEncoder().encode('hello') }))).toEqual({
      ok: false,
      problems: ['it is not a LinkedIn data export: it holds neither Profile.csv nor Positions.csv (request one at linkedin.com: Settings, Data privacy, Get a copy of your data)'],
    });
  });

  it('names the file, row and column of a date it cannot read', () => {
    const read = readLinkedInExport(zipExport('basic', { 'Positions.csv': 'Company Name,Title,Started On,Finished On\nAcme,Engineer,someday,\n' }));
    expect(read).toEqual({ ok: false, problems: ['Positions.csv row 2 (Acme), Started On "someday" is not a date Cairn can read: write it as YYYY-MM (e.g. "2019-04") or YYYY'] });
  });
});
