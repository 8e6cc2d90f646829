/**
 * The ids of outage scenarios, known before any analysis runs: the loss of each location is
 * "location-<id>", the failure of each vendor "vendor-<id>", and each scenario declared in
 * organisation.yaml keeps its own id. The analysis (src/lib/analytics/scenarios.ts) names its
 * scenarios with these, and records that point at a scenario (an exercise's `tabletop`) are
 * checked against them. O(records).
 */
import type { Settings } from '../schema/index.ts';
import type { RecordKey } from './key.ts';

/** The id of the scenario of losing location or vendor `id`: "location-dc-north". */
export const lossScenarioId = (kind: 'locations' | 'vendors', id: string): string =>
  `${kind === 'locations' ? 'location' : 'vendor'}-${id}`;

/** The id of the scenario of losing a location or vendor; undefined for other records. */
export function scenarioIdOf(key: RecordKey): string | undefined {
  const slash = key.indexOf('/');
  const kind = key.slice(0, slash);
  return kind === 'locations' || kind === 'vendors'
    ? lossScenarioId(kind, key.slice(slash + 1))
    : undefined;
}

/** Every scenario id: locations, then vendors (in `keys` order), then the declared ones. */
export function listScenarioIds(settings: Settings, keys: Iterable<RecordKey>): string[] {
  const locations: string[] = [];
  const vendors: string[] = [];
  for (const key of keys) {
    const id = scenarioIdOf(key);
    if (id !== undefined) (key.startsWith('locations/') ? locations : vendors).push(id);
  }
  return [...locations, ...vendors, ...settings.scenarios.map((s) => s.id)];
}
