/**
 * Every register in one XLSX workbook, a sheet per register (write-excel-file), the header row
 * bold and kept in view. The zip is written again with every file dated `asOf` (fflate), so
 * the same content and as-of date give the same bytes.
 */
import writeExcelFile from 'write-excel-file/node';
import { unzipSync, zipSync } from 'fflate';
import type { Table } from './registers.ts';

/** The workbook of `sheets` (name, table), dated `asOf` (YYYY-MM-DD). */
export async function toWorkbook(sheets: [string, Table][], asOf: string): Promise<Uint8Array> {
  const written = await writeExcelFile(
    sheets.map(([sheet, table]) => ({
      sheet,
      stickyRowsCount: 1,
      data: table.map((row, i) =>
        row.map((value) => ({
          value,
          type: String,
          ...(i === 0 ? { fontWeight: 'bold' as const } : {}),
        })),
      ),
    })),
  ).toBuffer();
  const files = unzipSync(new Uint8Array(written));
  const names = Object.keys(files).sort();
  return zipSync(Object.fromEntries(names.map((n) => [n, files[n]])), {
    mtime: new Date(`${asOf}T00:00:00Z`),
  });
}
