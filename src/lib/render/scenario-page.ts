/**
 * What a scenario's page shows: what is lost, the whole organisation's counts, the functions
 * that go down and the services in recovery order with their timeline, as the edition names
 * them, and how many more it does not name. Plain data; the page only lays it out.
 */
import type { Published, ShownScenario } from '../publish/publish.ts';
import type { RecordKey } from '../model/key.ts';
import { keyOf } from '../model/key.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { toSvgTimeline, type TimelineRow } from './timeline.ts';

/** The most services drawn in the timeline (the list below it has them all). */
const LIMIT = 200;

export interface ScenarioRow {
  key: RecordKey;
  title: string;
  tier?: number;
  wave?: number;
  target: string;
  back: string;
  late: boolean;
}

export interface ScenarioPageView {
  title: string;
  description?: string;
  lost: RecordKey[];
  counts: ShownScenario['counts'];
  functions: ScenarioRow[];
  /** Shown services in recovery order. */
  services: ScenarioRow[];
  timeline: { svg: string; caption: string };
  /** Functions and services down that the edition does not name. */
  restricted: number;
}

/** The page of scenario `s`; `href` makes a shown record's link. */
export function toScenarioPage(
  site: Published,
  s: ShownScenario,
  href: (key: RecordKey) => string,
): ScenarioPageView {
  const { model, recovery } = site;
  const title = (k: RecordKey) => model.index.get(k)?.data.title ?? 'restricted record';
  const row = (x: ShownScenario['services'][number]): ScenarioRow => ({
    key: x.key,
    title: title(x.key),
    tier: recovery.byKey.get(x.key)?.tier,
    wave: x.wave,
    target: x.target === undefined ? '' : fd(x.target),
    back: fd(x.achievable),
    late: x.met === false,
  });
  const byKey = new Map(s.services.map((x) => [x.key, x]));
  const ordered = s.waves.flatMap((w) =>
    w.services.flatMap((id) => byKey.get(keyOf('services', id)) ?? []),
  );
  const rows: TimelineRow[] = ordered.slice(0, LIMIT).map((x) => ({
    label: title(x.key),
    href: href(x.key),
    wave: x.wave,
    end: x.achievable,
    target: x.target,
    start:
      x.achievable === undefined
        ? undefined
        : x.achievable - (recovery.byKey.get(x.key)?.ownRecovery?.minutes ?? 0),
  }));
  const functions = s.functions.map(row);
  return {
    title: s.title,
    description: s.description,
    lost: s.lost,
    counts: s.counts,
    functions,
    services: ordered.map(row),
    timeline: {
      svg: toSvgTimeline(`Recovery timeline: ${s.title}`, rows),
      caption:
        ordered.length > LIMIT
          ? `The first ${LIMIT} of ${ordered.length} services.`
          : 'Services by wave: bars show each restore, ticks the targets.',
    },
    restricted: s.counts.functions + s.counts.services - functions.length - ordered.length,
  };
}
