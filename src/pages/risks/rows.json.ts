// Every row of the risk register, for filtering and sorting across its pages (public/js/table.js).
import type { APIRoute } from 'astro';
import { getModel, getView, getAnalysis } from '../../site/model.ts';
import { keyUrl } from '../../site/url.ts';
import { toRisksJson, toRisksPage } from '../../lib/render/risks-page.ts';
import { toRecordRef } from '../../lib/render/record-ref.ts';

export const GET: APIRoute = () => {
  const v = getView('risks', (site) => toRisksPage(site, keyUrl));
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
