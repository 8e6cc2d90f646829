// Every register and the DORA table in one XLSX workbook, a sheet each (src/lib/export/workbook.ts).
import type { APIRoute } from 'astro';
import { getAnalysis } from '../../site/model.ts';
import { toDoraRegister, toRegisters } from '../../lib/export/registers.ts';
import { toWorkbook } from '../../lib/export/workbook.ts';

export const GET: APIRoute = async () => {
  const site = getAnalysis();
  const bytes = await toWorkbook(
    [
      ...toRegisters(site.model),
      ['dora', toDoraRegister(site.model, (key) => site.recovery.byKey.get(key))],
    ],
    site.asOf,
  );
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
};
