/**
 * Check of the suppliers of critical services: each has an approved exit plan. Supply is read
 * from both sides, as the analysis context normalises it (ctx.suppliesOf).
 * Reference: ISO 22301 8.3.4 (partners and suppliers), DORA Art. 28(8) (exit strategies).
 */
import { getEntry } from '../../../model/model.ts';
import { ref, text, type Text } from '../../../model/text.ts';
import type { Check } from '../requirement.ts';
import { judge } from './judge.ts';

/**
 * suppliers-exit. Looks at every vendor that supplies a tier 1-2 service. One passes when its
 * `exitPlan` names an approved plan. Met when all pass, partly when some do, not met when none
 * does; not applicable when no vendor supplies a tier 1-2 service.
 */
export const suppliersExit: Check = {
  evidencedBy:
    'The vendors (vendors/) that supply tier 1-2 services, by their supplies or the services’ vendors, and the exit plan each names (exitPlan) with its status.',
  rule: 'Every vendor of a tier 1-2 service needs an exit plan (exitPlan) that is approved. Met: all such vendors; partly: some; not met: none. Not applicable when no vendor supplies a tier 1-2 service.',
  run(input) {
    const { ctx } = input;
    const judged = ctx.model.byKind.vendors
      .filter((v) => ctx.suppliesOf(v.key).some((s) => ctx.isCritical(s)))
      .map((v) => {
        const reasons: Text[] = [];
        const id = v.data.exitPlan;
        const plan = id === undefined ? undefined : getEntry(ctx.model, 'plans', id);
        if (!plan) reasons.push(['no exit plan (exitPlan)']);
        else if (plan.data.status !== 'approved')
          reasons.push(text`its exit plan ${ref(plan.key)} is ${plan.data.status}, not approved`);
        return { key: v.key, reasons };
      });
    return judge(judged, {
      what: 'vendors of tier 1-2 services with an approved exit plan',
      empty: { status: 'not-applicable', summary: 'No vendor supplies a tier 1-2 service' },
    });
  },
};
