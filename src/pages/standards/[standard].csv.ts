// One standard's checklist as CSV for an auditor: one row per requirement with its status, counts,
// the records that show it and what is missing (src/lib/render/standards-page.ts).
import type { APIRoute } from 'astro';
import { getAnalysis } from '../../site/model.ts';
import { toCsv } from '../../lib/export/registers.ts';
import { toStandardTable } from '../../lib/render/standards-page.ts';
import { STANDARDS } from '../../lib/analytics/standards/index.ts';

export function getStaticPaths() {
  return STANDARDS.map((s) => ({ params: { standard: s.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(toCsv(toStandardTable(getAnalysis(), params.standard ?? '')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
