import { describe, expect, it } from 'vitest';
import { cell, readCsv } from '../../../../../src/lib/content/linkedin/csv.ts';

function rows(text: string, anchor: string) {
  const table = readCsv(text, 'Test.csv', anchor);
  if (!table.ok) throw new Error(table.problem);
  return table.rows;
}

describe('readCsv', () => {
  it('reads values by column name, whatever the order and with columns LinkedIn added later', () => {
    const [row] = rows('Title,Finished On,Company Name,Started On,Company Url\nEngineer,,Acme,Jan 2020,https://acme.example\n', 'Company Name');
    expect([cell(row!, 'Company Name'), cell(row!, 'title'), cell(row!, 'Started On'), cell(row!, 'Finished On')]).toEqual(['Acme', 'Engineer', 'Jan 2020', '']);
    expect(cell(row!, 'Location')).toBe('');
  });

  it('skips the "Notes:" lines LinkedIn puts before the header of some files', () => {
    const text = 'Notes:\n"When exporting your connection data, you may notice, that some addresses are missing."\n\nFirst Name,Last Name,Company\nAna,Lima,Acme\n';
    const table = readCsv(text, 'Connections.csv', 'First Name');
    expect(table).toMatchObject({ ok: true, columns: ['First Name', 'Last Name', 'Company'] });
    if (table.ok) expect(table.rows.map((row) => cell(row, 'Company'))).toEqual(['Acme']);
  });

  it('reads a byte-order mark, CRLF line ends and quoted values over several lines with doubled quotes', () => {
    const [row] = rows('\uFEFFName,Description\r\n"Acme","Led the ""platform"" team.\r\n• Cut costs by 40%"\r\n', 'Name');
    expect(cell(row!, 'Name')).toBe('Acme');
    expect(cell(row!, 'Description')).toBe('Led the "platform" team.\r\n• Cut costs by 40%');
  });

  it('numbers rows as a spreadsheet shows them and skips empty ones', () => {
    expect(rows('Name\nGo\n,\n\nRust\n', 'Name').map((row) => row.row)).toEqual([2, 4]);
  });

  it('says in one line when the file is not CSV or lacks the column LinkedIn always writes', () => {
    expect(readCsv('Name,Description\nAcme,"never closed\n', 'Positions.csv', 'Name')).toEqual({ ok: false, problem: expect.stringMatching(/^Positions\.csv is not a CSV file as LinkedIn writes it \(.+\): download the export again$/) });
    expect(readCsv('Foo,Bar\n1,2\n', 'Positions.csv', 'Company Name')).toEqual({ ok: false, problem: 'Positions.csv has no "Company Name" column, which LinkedIn always writes: it may not be from a LinkedIn export' });
  });
});
