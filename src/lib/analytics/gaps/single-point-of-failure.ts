/**
 * single-point-of-failure: a service, vendor or location whose loss breaks two or more tier-1
 * functions (through hard dependencies) and that has no alternate: a service that no
 * dependency names an alternate for and that has no manual workaround (alternateMeans), a
 * vendor that is hard to replace (substitutability "hard" or "none"), a location without
 * alternates.
 * Why: one failure takes down several of the most critical functions at once.
 * Severity (CRITERIA): high when the loss stops most of the business (three quarters or more
 * of the organisation's tier-1 functions), or when nothing prepares for it: a service no
 * approved plan covers, a vendor with no substitute and no exit plan, a location none of whose
 * services an approved plan covers; medium otherwise.
 * Standard: ISO 22301 8.3.4 (resources and strategies), NIST SP 800-34 3.4 (resilience).
 */
import { countImpact, impactedLeading } from '../../graph/impact.ts';
import { toFinding } from '../../model/finding.ts';
import { ref, text } from '../../model/text.ts';
import { listSome, LISTED, plural, type GapOf, type GapRule } from '../gap.ts';

const CRITERIA =
  "High: the loss stops most of the business (three quarters or more of the organisation's tier-1 functions), or nothing prepares for it: a service no approved plan covers, a vendor with no substitute and no exit plan, a location none of whose services an approved plan covers. Medium: otherwise.";

/** A loss that breaks this share of the tier-1 functions or more stops most of the business. */
const MOST = 0.75;

/** A component whose loss breaks this many tier-1 functions or more is a single point of failure. */
const SPOF_FUNCTIONS = 2;

/** The single-point-of-failure rule: services, vendors and locations whose loss breaks two or more tier-1 functions, with no alternate. */
export const singlePointOfFailure: GapRule<'single-point-of-failure'> = {
  id: 'single-point-of-failure',
  criteria: CRITERIA,
  find(ctx) {
    const rec = ctx.recovery;
    const { graph, impact, entries } = rec;
    const tier1 = rec.nodes.filter((x) => x.kind === 'bia' && x.tier === 1).length;
    // Locations with a service an approved plan covers: their loss has a plan.
    const planned = new Set<string>();
    for (const s of ctx.model.byKind.services)
      if (ctx.approvedPlansOf(s.key).length > 0) for (const l of s.data.locations) planned.add(l);
    const gaps: GapOf<'single-point-of-failure'>[] = [];
    for (let node = 0; node < graph.keys.length; node++) {
      const kind = graph.kinds[node];
      if (kind === 'bia') continue;
      const id = graph.ids[node];
      if (kind === 'services') {
        const x = rec.nodes[rec.nodeOf[node]];
        if (x.impact.tier1Functions < SPOF_FUNCTIONS) continue;
        if (ctx.hasAlternate(graph.keys[node])) continue;
      } else if (kind === 'vendors') {
        const s = entries[node].data as { substitutability: string };
        if (s.substitutability !== 'hard' && s.substitutability !== 'none') continue;
      } else if ((entries[node].data as { alternates: string[] }).alternates.length > 0) continue;
      // Tier-1 functions lead the impact sets (see recovery.ts): count them, name the first few.
      const count = countImpact(impact, node).leading;
      if (count < SPOF_FUNCTIONS) continue;
      const named = impactedLeading(impact, node, LISTED).map((f) => ref(graph.keys[f]));
      const data = entries[node].data as { substitutability?: string; exitPlan?: string };
      const key = graph.keys[node];
      const unprepared =
        kind === 'services'
          ? ctx.approvedPlansOf(key).length === 0
          : kind === 'vendors'
            ? data.substitutability === 'none' && data.exitPlan === undefined
            : !planned.has(id);
      const subject = ref(key);
      const why =
        kind === 'services'
          ? 'it has no alternate (no dependency on it names an alternate and it has no manual workaround)'
          : kind === 'vendors'
            ? `it is hard to replace (substitutability "${data.substitutability}")`
            : 'it has no alternate location';
      gaps.push(
        toFinding({
          key,
          rule: 'single-point-of-failure',
          severity: unprepared || count >= MOST * tier1 ? 'high' : 'medium',
          message: text`Losing ${subject} breaks ${plural(count, 'tier-1 function')} (${listSome(named, count)}) and ${why}.`,
          fix:
            kind === 'services'
              ? text`Add redundancy to ${subject}, write a manual workaround in alternateMeans, or name an alternate on the dependencies that point to it.`
              : kind === 'vendors'
                ? text`Qualify a second provider or an in-house fallback for what ${subject} supplies, and write an exit plan.`
                : text`Name an alternate location in alternates and plan and exercise the failover to it.`,
        }),
      );
    }
    return gaps;
  },
};
