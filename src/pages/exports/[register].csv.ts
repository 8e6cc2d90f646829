// The registers as CSV, in the import's columns, and the DORA register of critical or important functions (src/lib/export/registers.ts).
import type { APIRoute } from 'astro';
import { getAnalysis } from '../../site/model.ts';
import { toCsv, toDoraRegister, toRegister } from '../../lib/export/registers.ts';
import { IMPORT_KINDS, type ImportKind } from '../../lib/import/columns.ts';

export function getStaticPaths() {
  return [...IMPORT_KINDS, 'dora'].map((register) => ({ params: { register } }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getAnalysis();
  const table =
    params.register === 'dora'
      ? toDoraRegister(site.model, (key) => site.recovery.byKey.get(key))
      : toRegister(site.model, params.register as ImportKind);
  return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
