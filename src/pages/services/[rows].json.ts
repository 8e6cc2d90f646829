// services/rows.json: every row of the services index, for filtering and sorting across its pages (public/js/table.js).
import type { APIRoute } from 'astro';
import { PAGE_SIZE } from '../../lib/render/paging.ts';
import { getModel } from '../../site/model.ts';
import { getRankedIndex } from '../../site/views.ts';
import { keyUrl } from '../../site/url.ts';
import { toRankedJson } from '../../lib/render/ranked-index.ts';
import { toRecordRef } from '../../lib/render/record-ref.ts';

/** Written only for a list of more than one page: one page has every row already. */
export function getStaticPaths() {
  return getRankedIndex('services').table.rows.length > PAGE_SIZE
    ? [{ params: { rows: 'rows' } }]
    : [];
}

export const GET: APIRoute = () => {
  const v = getRankedIndex('services');
  const json = toRankedJson(v, (key) => toRecordRef(getModel(), key, keyUrl));
  return new Response(JSON.stringify(json), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
