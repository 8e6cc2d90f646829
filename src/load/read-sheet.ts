/**
 * Reads a spreadsheet file into sheets of cell text: CSV (comma or semicolon, with or without
 * a byte-order mark, quoted cells with new lines; csv-parse) and XLSX (read-excel-file). Every
 * cell becomes text as it shows: numbers as written, dates as YYYY-MM-DD, empty cells "".
 * Formulas are never evaluated: a cell is its stored value. Problems (not a spreadsheet, bad
 * quoting) are thrown as InputError, with the file and the line where the parser stopped.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { InputError } from './build-inputs.ts';
import type { Sheet } from '../lib/import/import-sheet.ts';

/** The delimiter of a CSV text: the one of comma and semicolon its header line has more of. */
export function detectDelimiter(text: string): ',' | ';' {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length;
  return count(';') > count(',') ? ';' : ',';
}

/** The rows of a CSV text (one sheet named after `name`). */
export function parseCsv(text: string, name: string): Sheet {
  const body = text.replace(/^\uFEFF/, '');
  try {
    const rows = parse(body, {
      delimiter: detectDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
    return { name, rows };
  } catch (e) {
    throw new InputError(`${name}: not readable as CSV: ${(e as Error).message}`);
  }
}

const toText = (v: unknown): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

/** Every sheet of `file` (CSV: one; XLSX: each, or the one named `sheet`). */
export async function readSheets(file: string, sheet?: string): Promise<Sheet[]> {
  const ext = extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(
      `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  if (ext === '.csv' || ext === '.txt') return [parseCsv(bytes.toString('utf8'), basename(file))];
  if (ext !== '.xlsx')
    throw new InputError(
      `${file}: not a spreadsheet this import reads (CSV or XLSX, by its extension).`,
    );
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readExcelFile(bytes)) as { sheet: string; data: unknown[][] }[];
  } catch (e) {
    throw new InputError(`${file}: not readable as XLSX: ${(e as Error).message}`);
  }
  const all = sheets.map((s) => ({ name: s.sheet, rows: s.data.map((r) => r.map(toText)) }));
  if (sheet === undefined) return all;
  const one = all.filter((s) => s.name === sheet);
  if (one.length === 0)
    throw new InputError(
      `${file}: has no sheet "${sheet}" (it has ${all.map((s) => `"${s.name}"`).join(', ')}).`,
    );
  return one;
}
