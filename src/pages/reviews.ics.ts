// iCalendar feed of everything with a due date in this edition, for owners to subscribe to
// (src/lib/render/ics.ts). Each team's own feed is /actions/<team>.ics.
import type { APIRoute } from 'astro';
import { getModel, getAnalysis } from '../site/model.ts';
import { keyUrl } from '../site/url.ts';
import { toICalendar, toFeedName } from '../lib/render/ics.ts';

export const GET: APIRoute = ({ site }) => {
  const model = getModel();
  const body = toICalendar(
    toFeedName(model.settings.name),
    model.asOf,
    getAnalysis().reviews.items,
    // A calendar cannot resolve a relative address: absolute when the site's address is known.
    (i) => (site ? new URL(keyUrl(i.key), site).href : keyUrl(i.key)),
  );
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
