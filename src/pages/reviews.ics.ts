// iCalendar feed of everything with a due date, for owners to subscribe to.
import type { APIRoute } from 'astro';
import { getModel, getAnalysis } from '../site/model.ts';
import { keyUrl } from '../site/url.ts';
import { toICalendar } from '../lib/render/ics.ts';

export const GET: APIRoute = () => {
  const model = getModel();
  const body = toICalendar(model.settings.name, model.asOf, getAnalysis().reviews.items, (i) =>
    keyUrl(i.key),
  );
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
