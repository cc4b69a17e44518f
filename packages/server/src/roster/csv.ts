import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export interface CsvRecord {
  /** The record's row as a spreadsheet shows it: the header is row 1 (a quoted newline starts no row). */
  row: number;
  /** Cells by header name; a header the file lacks is absent. */
  cells: Map<string, string>;
}

export type CsvEvent =
  | { kind: 'header'; columns: string[] }
  | { kind: 'record'; record: CsvRecord }
  | { kind: 'width'; row: number; found: number; expected: number };

/**
 * Streams a CSV file's records: UTF-8 (a BOM is dropped), CRLF or LF, RFC 4180 quoting with
 * commas and newlines inside quotes. A record of the wrong width is reported and skipped; a
 * broken quote ends the file with an error (nothing after it can be trusted).
 */
export async function* readCsv(input: Readable): AsyncGenerator<CsvEvent> {
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false, encoding: 'utf8' }),
  );
  input.once('error', (error) => parser.destroy(error));
  let header: string[] | null = null;
  let row = 0;
  for await (const values of parser as AsyncIterable<string[]>) {
    row++;
    if (!header) {
      header = values.map((name) => name.trim());
      yield { kind: 'header', columns: header };
      continue;
    }
    if (values.length === 1 && values[0] === '') continue;
    if (values.length !== header.length) {
      yield { kind: 'width', row, found: values.length, expected: header.length };
      continue;
    }
    const cells = new Map<string, string>();
    header.forEach((name, i) => cells.set(name, values[i] ?? ''));
    yield { kind: 'record', record: { row, cells } };
  }
}

/** A OneRoster list field: comma-separated values inside one cell. */
export function listCell(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
