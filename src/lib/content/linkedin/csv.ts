import { parse } from 'csv-parse/sync';

/**
 * One CSV file of a LinkedIn data export, read by its column names. LinkedIn has added columns
 * and moved them over the years, and puts "Notes:" lines before the header of some files
 * (Connections.csv), so the header is found by a column the file always has and every value is
 * read by its column's name, never by its position.
 */

/** A row: its values by column name (as LinkedIn spells it), and its row number as a spreadsheet shows it. */
export interface CsvRow {
  values: ReadonlyMap<string, string>;
  /** The header is row 1, the first entry row 2 (when the file has no preamble, as the résumé files have none). */
  row: number;
}

export type CsvTable = { ok: true; columns: string[]; rows: CsvRow[] } | { ok: false; problem: string };

const key = (column: string) => column.replace(/^\uFEFF/, '').trim().toLowerCase();

/**
 * The rows of `text`, whose header is the first record holding the column `anchor` (e.g.
 * `Company Name` for Positions.csv). Values are trimmed; rows with no value are skipped.
 */
export function readCsv(text: string, file: string, anchor: string): CsvTable {
  let records: string[][];
  try {
    // csv-parse reads what LinkedIn writes: quoted values over several lines, doubled quotes,
    // CRLF, a byte-order mark; relax_quotes forgives a stray quote inside an unquoted value.
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid [^:]*:\s*/, '') : String(error);
    return { ok: false, problem: `${file} is not a CSV file as LinkedIn writes it (${reason.replace(/\s+/g, ' ').trim()}): download the export again` };
  }
  const headerAt = records.findIndex((record) => record.some((cell) => key(cell) === key(anchor)));
  if (headerAt < 0) return { ok: false, problem: `${file} has no "${anchor}" column, which LinkedIn always writes: it may not be from a LinkedIn export` };
  const columns = records[headerAt]!.map((cell) => cell.replace(/^\uFEFF/, '').trim());
  const rows: CsvRow[] = [];
  records.slice(headerAt + 1).forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const values = new Map<string, string>();
    columns.forEach((column, at) => values.set(key(column), (record[at] ?? '').trim()));
    rows.push({ values, row: index + 2 });
  });
  return { ok: true, columns, rows };
}

/** The value of `column` in a row, whatever its case and wherever it stands; empty when the file lacks it. */
export function cell(row: CsvRow, column: string): string {
  return row.values.get(key(column)) ?? '';
}
