// risks/rows.json: every row of the risk register, for filtering and sorting across its pages (public/js/table.js).
import type { APIRoute } from 'astro';
import { PAGE_SIZE } from '../../lib/render/paging.ts';
import { getModel, getAnalysis } from '../../site/model.ts';
import { getRisksView } from '../../site/views.ts';
import { keyUrl } from '../../site/url.ts';
import { toRisksJson } from '../../lib/render/risks-page.ts';
import { toRecordRef } from '../../lib/render/record-ref.ts';

/** Written only for a list of more than one page: one page has every row already. */
export function getStaticPaths() {
  return getRisksView().rows.length > PAGE_SIZE ? [{ params: { rows: 'rows' } }] : [];
}

export const GET: APIRoute = () => {
  const v = getRisksView();
  const { risks } = getAnalysis();
  const json = toRisksJson(
    v,
    (key) => toRecordRef(getModel(), key, keyUrl),
    risks.items.length + risks.restricted,
  );
  return new Response(JSON.stringify(json), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
