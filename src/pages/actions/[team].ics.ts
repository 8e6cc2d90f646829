// One team's iCalendar feed: the items of /reviews.ics it owns, next to its page /actions/<team>/
// (src/lib/render/ics.ts). Only the teams this edition shows get one.
import type { APIRoute } from 'astro';
import { getModel, getAnalysis, getPageKeys } from '../../site/model.ts';
import { keyUrl } from '../../site/url.ts';
import { toICalendar, toFeedName, listTeamItems } from '../../lib/render/ics.ts';
import { keyOf } from '../../lib/model/key.ts';
import { internal } from '../../lib/model/internal.ts';

export function getStaticPaths() {
  const keys = getPageKeys();
  const items = getAnalysis().reviews.items;
  return getModel().byKind.teams.map((t) => ({
    params: { team: t.id },
    // The feed shows the team's title and its review items (with their records' keys).
    cacheKey: keys.shows('team-feed', [t.key, listTeamItems(items, t.id)]),
  }));
}

export const GET: APIRoute = ({ params, site }) => {
  const model = getModel();
  const key = keyOf('teams', params.team ?? '');
  const team = model.index.get(key);
  if (!team) throw internal(`getStaticPaths listed ${key} but the model has no such record`);
  const body = toICalendar(
    toFeedName(model.settings.name, team.data.title),
    model.asOf,
    listTeamItems(getAnalysis().reviews.items, team.id),
    // A calendar cannot resolve a relative address: absolute when the site's address is known.
    (i) => (site ? new URL(keyUrl(i.key), site).href : keyUrl(i.key)),
  );
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
