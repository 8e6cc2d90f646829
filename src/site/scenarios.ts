/**
 * Each scenario's views, computed once per build and shared by its pages: the scenario page,
 * its tabletop pack and handout, and its complete lists (what goes down, plans to invoke) all
 * read the same scenario view, and the handout is the facilitator pack without its decisions.
 */
import type { Published, ShownScenario } from '../lib/publish/publish.ts';
import { toScenarioPage, type ScenarioPageView } from '../lib/render/scenario-page.ts';
import { toTabletop, toHandout, type TabletopView } from '../lib/render/tabletop.ts';
import { internal } from '../lib/model/internal.ts';
import { getAnalysis } from './model.ts';
import { keyUrl } from './url.ts';

interface Views {
  page?: ScenarioPageView;
  facilitator?: TabletopView;
  participant?: TabletopView;
}
const bySite = new WeakMap<Published, Map<string, Views>>();

function viewsOf(id: string): { site: Published; s: ShownScenario; views: Views } {
  const site = getAnalysis();
  let map = bySite.get(site);
  if (!map) bySite.set(site, (map = new Map()));
  const s = site.scenarios.items.find((x) => x.id === id);
  if (!s)
    throw internal(`getStaticPaths listed scenario ${id} but the edition has no such scenario`);
  let views = map.get(id);
  if (!views) map.set(id, (views = {}));
  return { site, s, views };
}

/** The page view of scenario `id` (drawn once per build). */
export function getScenarioPage(id: string): ScenarioPageView {
  const { site, s, views } = viewsOf(id);
  views.page ??= toScenarioPage(site, s, keyUrl);
  return views.page;
}

/** The tabletop pack of scenario `id` for `audience`, from the scenario's one page view. */
export function getTabletop(id: string, audience: 'facilitator' | 'participant'): TabletopView {
  const { site, s, views } = viewsOf(id);
  views.facilitator ??= toTabletop(site, s, keyUrl, 'facilitator', getScenarioPage(id));
  if (audience === 'facilitator') return views.facilitator;
  views.participant ??= toHandout(views.facilitator);
  return views.participant;
}
