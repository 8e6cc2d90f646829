// Every row of the services index, for filtering and sorting across its pages (public/js/table.js).
import type { APIRoute } from 'astro';
import { getModel } from '../../site/model.ts';
import { getRankedIndex } from '../../site/views.ts';
import { keyUrl } from '../../site/url.ts';
import { toRankedJson } from '../../lib/render/ranked-index.ts';
import { toRecordRef } from '../../lib/render/record-ref.ts';

export const GET: APIRoute = () => {
  const v = getRankedIndex('services');
  const json = toRankedJson(v, (key) => toRecordRef(getModel(), key, keyUrl));
  return new Response(JSON.stringify(json), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
