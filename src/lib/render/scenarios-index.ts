/**
 * What the scenarios index shows: the scenarios the edition names, grouped by where they come
 * from (a location, a vendor, organisation.yaml), each with the whole organisation's counts,
 * and how many more there are that it does not name. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { ScenarioResult } from '../analytics/scenarios.ts';

export interface ScenarioIndexRow {
  title: string;
  href: string;
  functions: number;
  services: number;
  broken: number;
  /** Targets at risk: no substitute and no exit plan for a lost vendor. */
  atRisk: number;
  /** "12 functions, 1 service". */
  down: string;
  /** "3 broken" or "0 broken, 15 at risk". */
  targets: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface ScenarioGroupView {
  source: ScenarioResult['source'];
  /** Anchor of the group's heading. */
  anchor: string;
  heading: string;
  rows: ScenarioIndexRow[];
}

export interface ScenariosIndexView {
  /** Groups with at least one scenario the edition names, in a fixed order. */
  groups: ScenarioGroupView[];
  /** Scenarios the edition does not name (the loss of a location or vendor it leaves out). */
  restricted: number;
}

const GROUPS: [ScenarioResult['source'], string][] = [
  ['location', 'Loss of a location'],
  ['vendor', 'Failure of a vendor'],
  ['declared', 'Declared scenarios'],
];

/** The scenarios index of one edition; `href` makes a scenario's link from its id. */
export function toScenariosIndex(
  site: Published,
  href: (id: string) => string,
): ScenariosIndexView {
  const { scenarios } = site;
  return {
    groups: GROUPS.map(([source, heading]) => ({
      source,
      anchor: `g-${source}`,
      heading,
      rows: scenarios.items
        .filter((s) => s.source === source)
        .map((s) => ({
          title: s.title,
          href: href(s.id),
          functions: s.counts.functions,
          services: s.counts.services,
          broken: s.counts.broken,
          atRisk: s.counts.atRisk,
          down: `${plural(s.counts.functions, 'function')}, ${plural(s.counts.services, 'service')}`,
          targets: `${s.counts.broken} broken${s.counts.atRisk > 0 ? `, ${s.counts.atRisk} at risk` : ''}`,
        })),
    })).filter((g) => g.rows.length > 0),
    restricted: scenarios.restricted,
  };
}
