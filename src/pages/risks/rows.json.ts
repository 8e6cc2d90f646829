// Every row of the risk register, for filtering and sorting across its pages (public/js/table.js).
import type { APIRoute } from 'astro';
import { getModel, getAnalysis } from '../../site/model.ts';
import { getRisksView } from '../../site/views.ts';
import { keyUrl } from '../../site/url.ts';
import { toRisksJson } from '../../lib/render/risks-page.ts';
import { toRecordRef } from '../../lib/render/record-ref.ts';

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
