/**
 * Checks of the recovery strategies: the tier 1-2 targets achievable after a wide outage (the
 * recovery analysis and its target-unreachable gaps), and alternate sites for the locations
 * tier 1-2 services run in.
 * Reference: ISO 22301 8.3, NIST SP 800-34 §3.4 and §3.4.2, SP 800-53 CP-7 and CP-10.
 */
import { keyOf, type RecordKey } from '../../../model/key.ts';
import type { Text } from '../../../model/text.ts';
import type { Check } from '../requirement.ts';
import { criticalNodes, gapsOf, judge } from './judge.ts';

/**
 * targets-achievable. Looks at every tier 1-2 service and function. One passes when its
 * achievable RTO after a wide outage is known and within its target (rto.gap <= 0): no
 * target-unreachable gap. Met when all pass, partly when some do, not met when none does or
 * nothing is in tier 1-2.
 */
export const targetsAchievable: Check = {
  evidencedBy:
    'The recovery analysis of every tier 1-2 service and function: its target RTO against the achievable RTO after a wide outage, from the dependency graph and each service’s recovery time (measured in exercises, else estimated).',
  rule: 'Every tier 1-2 service and function must be back within its target RTO after a wide outage, by the chain of hard dependencies (no target-unreachable gap), and that time must be known. Met: all; partly: some; not met: none.',
  run(input) {
    const judged = criticalNodes(input).map((x) => {
      const reasons: Text[] = gapsOf(input, 'target-unreachable', x.key).map((g) => g.message);
      if (reasons.length === 0 && x.rto.gap === undefined)
        reasons.push([
          'its achievable RTO after a wide outage is not known: a recovery time is missing on it or a dependency (recoveryTime)',
        ]);
      return { key: x.key, reasons };
    });
    return judge(judged, {
      what: 'tier 1-2 services and functions that can be back within their target RTO',
      empty: { status: 'not-met', summary: 'No service or function is in tier 1 or 2' },
    });
  },
};

/**
 * alternate-sites. Looks at every location a tier 1-2 service runs in (its `locations`). One
 * passes when it names at least one alternate location. Met when all pass, partly when some do,
 * not met when none does; not applicable when no tier 1-2 service names a location.
 */
export const alternateSites: Check = {
  evidencedBy:
    'The locations (locations/) that tier 1-2 services run in, and the alternate locations each names (alternates).',
  rule: 'Every location a tier 1-2 service runs in needs an alternate location that can take over (alternates). Met: all such locations; partly: some; not met: none. Not applicable when no tier 1-2 service names a location.',
  run(input) {
    const { ctx } = input;
    const used = new Set<RecordKey>();
    for (const s of ctx.model.byKind.services)
      if (ctx.isCritical(s.key))
        for (const id of s.data.locations) {
          const key = keyOf('locations', id);
          if (ctx.model.index.has(key)) used.add(key);
        }
    const judged = [...used].map((key) => {
      const loc = ctx.model.index.get(key)?.data as { alternates?: string[] } | undefined;
      return {
        key,
        reasons: (loc?.alternates ?? []).length > 0 ? [] : [['no alternate location (alternates)']],
      };
    });
    return judge(judged, {
      what: 'locations of tier 1-2 services with an alternate location',
      empty: { status: 'not-applicable', summary: 'No tier 1-2 service names a location' },
    });
  },
};
