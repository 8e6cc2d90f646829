/**
 * vendor-without-exit: a vendor of a tier-1 service (however the supply is written: the
 * vendor's `supplies` or the service's `vendors`) with no exit plan, or with no substitute
 * (substitutability "none").
 * Why: when a vendor a critical service cannot do without fails or must be left, there has to
 * be a way out.
 * Severity (CRITERIA): high with neither an exit plan nor a substitute; medium when one of the
 * two is missing and the vendor is hard to replace (substitutability "hard" or "none"); low
 * for a vendor without an exit plan that is easy or moderately easy to replace.
 * Standard: DORA Art. 28(8) (exit strategies for ICT third-party services).
 */
import { toFinding } from '../../model/finding.ts';
import { keyOf } from '../../model/key.ts';
import { join, ref, text, type Text } from '../../model/text.ts';
import { LISTED, listSome, type GapOf, type GapRule } from '../gap.ts';

const CRITERIA =
  'High: neither an exit plan nor a substitute (substitutability "none"). Medium: one of the two missing for a vendor that is hard to replace ("hard" or "none"). Low: no exit plan for a vendor that is easy or moderately easy to replace ("easy", "medium").';

/** The vendor-without-exit rule: vendors of tier-1 services without an exit plan or a substitute. */
export const vendorWithoutExit: GapRule<'vendor-without-exit'> = {
  id: 'vendor-without-exit',
  criteria: CRITERIA,
  find(ctx) {
    const gaps: GapOf<'vendor-without-exit'>[] = [];
    for (const v of ctx.model.byKind.vendors) {
      const tier1 = ctx.suppliesOf(v.key).filter((s) => ctx.tierOf(s) === 1);
      const { exitPlan } = v.data;
      const noExit = exitPlan === undefined;
      const noSubstitute = v.data.substitutability === 'none';
      if (tier1.length === 0 || (!noExit && !noSubstitute)) continue;
      const vendor = ref(v.key);
      const problem: Text =
        noExit && noSubstitute
          ? text`has neither an exit plan nor a substitute (substitutability "none")`
          : noExit
            ? text`has no exit plan (substitutability "${v.data.substitutability}")`
            : text`has no substitute (substitutability "none") although its exit plan is ${ctx.nameOf(keyOf('plans', exitPlan))}`;
      const steps: Text[] = [];
      if (noExit)
        steps.push(text`Write an exit plan (type: exit) for leaving ${vendor} and set exitPlan`);
      if (noSubstitute)
        steps.push(
          text`${noExit ? 'identify' : 'Identify'} an alternative provider or an in-house fallback for ${
            tier1.length <= LISTED ? join(tier1.map(ref)) : `these ${tier1.length} services`
          }`,
        );
      gaps.push(
        toFinding({
          key: v.key,
          rule: 'vendor-without-exit',
          severity:
            noExit && noSubstitute
              ? 'high'
              : noSubstitute || v.data.substitutability === 'hard'
                ? 'medium'
                : 'low',
          message: text`${vendor} supplies tier-1 ${tier1.length === 1 ? 'service' : 'services'} ${listSome(tier1.map(ref))} and ${problem}.`,
          fix: text`${join(steps, '; ')} (DORA Art. 28(8)).`,
        }),
      );
    }
    return gaps;
  },
};
