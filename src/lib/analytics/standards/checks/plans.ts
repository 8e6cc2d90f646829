/**
 * Checks of the plans: every tier 1-2 service and function covered by an approved plan that
 * says when to activate it, when to stand it down and who may declare it; warning and
 * communication (an approved crisis communication plan, and plans whose channels outlast what
 * they recover); plans reviewed on their cycle. Cover from the analysis context, channel
 * failures from the plan-channel-depends-on-recovery gaps, review status from review-due.
 * Reference: ISO 22301 8.4.3 and 8.4.4, DORA Art. 11(2), RTS 2024/1774 Art. 26(1), NIST SP
 * 800-34 §3.6 and §4.2-4.4.
 */
import type { Entry } from '../../../model/model.ts';
import { join, ref, text, type Text } from '../../../model/text.ts';
import type { Check, Shortfall } from '../requirement.ts';
import { criticalNodes, criticalPlans, gapsOf, judge, lateItems, lateReason } from './judge.ts';

/** What an approved plan lacks to be invoked and ended: activation, stand-down, who may declare it. */
function lacksOf(plan: Entry<'plans'>): string[] {
  const out: string[] = [];
  if (plan.data.activation.length === 0) out.push('activation criteria (activation)');
  if (plan.data.standDown.length === 0) out.push('stand-down criteria (standDown)');
  if (plan.data.declaredBy.length === 0) out.push('who may declare it (declaredBy)');
  return out;
}

/**
 * plans-cover. Looks at every tier 1-2 service and function. One passes when an approved plan
 * covering it has activation criteria, stand-down criteria and at least one person who may
 * declare it. Met when all pass, partly when some do, not met when none does or nothing is in
 * tier 1-2.
 */
export const plansCover: Check = {
  evidencedBy:
    'The approved plans (plans/) that list each tier 1-2 service and function under covers, with their activation and standDown criteria and who may declare them (declaredBy).',
  rule: 'Every tier 1-2 service and function needs an approved plan covering it that has activation criteria, stand-down criteria and someone who may declare it. Met: all; partly: some; not met: none.',
  run(input) {
    const { ctx } = input;
    const judged = criticalNodes(input).map((x) => {
      const approved = ctx.approvedPlansOf(x.key);
      if (approved.some((p) => lacksOf(p).length === 0)) return { key: x.key, reasons: [] };
      const reasons: Text[] =
        approved.length === 0
          ? gapsOf(input, 'no-approved-plan', x.key).map((g) => g.message)
          : approved.map((p) => text`its plan ${ref(p.key)} has no ${lacksOf(p).join(', no ')}`);
      if (reasons.length === 0) reasons.push(['no approved plan covers it']);
      return { key: x.key, reasons };
    });
    return judge(judged, {
      what: 'tier 1-2 services and functions covered by an approved plan with activation, stand-down and who may declare it',
      empty: { status: 'not-met', summary: 'No service or function is in tier 1 or 2' },
    });
  },
};

/**
 * communication. Looks at every approved plan for a tier 1-2 service or function and every
 * approved crisis communication plan. One passes when it names its communication channels and
 * none of them fails with what the plan recovers (no plan-channel-depends-on-recovery gap).
 * Blocking, so not met whatever else passes: no approved crisis communication plan (type
 * crisis-communication) exists; or an approved one has no channel left (every channel fails
 * with what it recovers, the high gap), so the people it serves could not be warned.
 * Otherwise met when all pass, partly when some do, not met when none does.
 */
export const communication: Check = {
  evidencedBy:
    'The approved crisis communication plans (type crisis-communication), and the communication channels (channels) of every approved tier 1-2 plan, against the services each plan recovers.',
  rule: 'An approved crisis communication plan must exist, and each approved crisis communication plan must keep a channel that does not fail with what it recovers: otherwise not met. Every approved tier 1-2 plan and crisis communication plan needs channels, none failing with what it recovers (no plan-channel-depends-on-recovery gap). Met: all such plans; partly: some; not met: none.',
  run(input) {
    const { model } = input.ctx;
    const crisis = model.byKind.plans.filter((p) => p.data.type === 'crisis-communication');
    const approvedCrisis = crisis.filter((p) => p.data.status === 'approved');
    const blocking: Shortfall[] = [];
    if (approvedCrisis.length === 0)
      blocking.push({
        ...(crisis[0] ? { key: crisis[0].key } : {}),
        reason: crisis.length
          ? text`No crisis communication plan is approved: only ${join(crisis.map((p) => text`${ref(p.key)} (${p.data.status})`))}.`
          : ['No crisis communication plan (a plan of type crisis-communication) exists.'],
      });
    for (const p of approvedCrisis) {
      const gaps = gapsOf(input, 'plan-channel-depends-on-recovery', p.key);
      if (gaps.some((g) => g.severity === 'high'))
        blocking.push({
          key: p.key,
          reason: text`Every channel of this crisis communication plan fails with what it recovers, so nobody it serves could be warned: ${join(
            gaps.map((g) => g.message),
            ' ',
          )}`,
        });
    }
    const blocked = new Set(blocking.map((b) => b.key));
    const plans = [...new Set([...criticalPlans(input), ...approvedCrisis])].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const judged = plans.map((p) => {
      const reasons: Text[] = [];
      if (p.data.channels.length === 0)
        reasons.push(['names no communication channels (channels)']);
      // A blocking plan's gaps are said in its blocking reason; it still counts as failing.
      if (blocked.has(p.key)) reasons.push(['no channel outlasts what it recovers']);
      else
        for (const g of gapsOf(input, 'plan-channel-depends-on-recovery', p.key))
          reasons.push(g.message);
      return { key: p.key, reasons };
    });
    const result = judge(judged, {
      what: 'approved tier 1-2 and crisis communication plans with channels that outlast what they recover',
      empty: {
        status: 'not-met',
        summary: 'No approved plan covers a tier 1-2 service or function',
      },
      blocking,
    });
    // A blocking plan is listed once, by its blocking reason.
    return {
      ...result,
      missing: result.missing.filter(
        (m, i) => i < blocking.length || m.key === undefined || !blocked.has(m.key),
      ),
    };
  },
};

/**
 * plans-maintained. Looks at every plan that is not retired. One passes when it is approved and
 * its review is not overdue or never done. Met when all pass, partly when some do, not met when
 * none does or there is no plan.
 */
export const plansMaintained: Check = {
  evidencedBy:
    'Every plan that is not retired (plans/): its status, version, lastReviewed and review cycle (reviewEvery).',
  rule: 'Every plan that is not retired needs to be approved and reviewed within its cycle (reviewEvery, else the organisation’s default). Met: all such plans; partly: some; not met: none, or no plan.',
  run(input) {
    const judged = input.ctx.model.byKind.plans
      .filter((p) => p.data.status !== 'retired')
      .map((p) => {
        const reasons: Text[] = [];
        if (p.data.status !== 'approved') reasons.push([`${p.data.status}, not approved (status)`]);
        for (const item of lateItems(input, 'review', p.key))
          reasons.push(lateReason(item, 'review'));
        return { key: p.key, reasons };
      });
    return judge(judged, {
      what: 'plans approved and reviewed on cycle',
      empty: { status: 'not-met', summary: 'No plan is recorded' },
    });
  },
};
