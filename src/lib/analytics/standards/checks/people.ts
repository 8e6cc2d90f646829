/**
 * Checks of the response structure and the people in it: the teams that carry out tier 1-2
 * plans staffed with alternates and an escalation order; the contact details of everyone those
 * plans name verified on time; their training on those plans current. Alternates come from the
 * role-without-alternate gaps, contact and training status from review-due.
 * Reference: ISO 22301 8.4.2, NIST SP 800-34 §3.4.5, §3.5.2 and §4.5, SP 800-53 CP-2 and CP-3.
 */
import type { Entry } from '../../../model/model.ts';
import { keyOf, type RecordKey } from '../../../model/key.ts';
import { ref, text, type Text } from '../../../model/text.ts';
import type { Check, CheckInput } from '../requirement.ts';
import { criticalPlans, gapsOf, judge, lateItems, reviewItems, type Judged } from './judge.ts';

const NO_PLAN = {
  status: 'not-met' as const,
  summary: 'No approved plan covers a tier 1-2 service or function, so no one is named in one',
};

/**
 * The people the approved tier 1-2 plans name, each with those plans (in id order): who may
 * declare a plan, and the members of the teams that carry it out (as the plan page's training
 * list names them). With `escalation`, also the teams' escalation contacts.
 */
function namedPeople(input: CheckInput, escalation: boolean): Map<RecordKey, RecordKey[]> {
  const { model } = input.ctx;
  const out = new Map<RecordKey, RecordKey[]>();
  const add = (person: string, plan: RecordKey) => {
    const key = keyOf('people', person);
    if (!model.index.has(key)) return;
    const plans = out.get(key);
    if (!plans) out.set(key, [plan]);
    else if (!plans.includes(plan)) plans.push(plan);
  };
  for (const plan of criticalPlans(input)) {
    for (const p of plan.data.declaredBy) add(p, plan.key);
    for (const t of plan.data.teams) {
      const team = model.index.get(keyOf('teams', t)) as Entry<'teams'> | undefined;
      for (const m of team?.data.members ?? []) add(m.person, plan.key);
      if (escalation) for (const p of team?.data.escalation ?? []) add(p, plan.key);
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * teams-staffed. Looks at every team that carries out (plan.teams) an approved plan for a tier
 * 1-2 service or function. One passes when it has members, every role it holds has an
 * alternate (no role-without-alternate gap) and it has an escalation order. Met when all pass,
 * partly when some do, not met when none does or no team carries out such a plan.
 */
export const teamsStaffed: Check = {
  evidencedBy:
    'The teams (teams/) that carry out approved tier 1-2 plans: their members with a primary and an alternate for each role, and their escalation order.',
  rule: 'Every team that carries out an approved plan for a tier 1-2 service or function needs members, an alternate for every role (no role-without-alternate gap) and an escalation order (escalation). Met: all such teams; partly: some; not met: none, or no team carries out such a plan.',
  run(input) {
    const { ctx } = input;
    const judged = ctx.model.byKind.teams
      .filter((t) => ctx.carriesCriticalPlan(t.key))
      .map((t) => {
        const reasons: Text[] = [];
        if (t.data.members.length === 0) reasons.push(['no members (members)']);
        for (const g of gapsOf(input, 'role-without-alternate', t.key)) reasons.push(g.message);
        if (t.data.escalation.length === 0) reasons.push(['no escalation order (escalation)']);
        return { key: t.key, reasons };
      });
    return judge(judged, {
      what: 'teams carrying out tier 1-2 plans with an alternate for every role and an escalation order',
      empty: {
        status: 'not-met',
        summary: 'No team carries out an approved plan for a tier 1-2 service or function',
      },
    });
  },
};

/**
 * contacts-verified. Looks at everyone the approved tier 1-2 plans name: who may declare them,
 * the members of their teams and the teams' escalation contacts. One passes when the contact
 * check of review-due is not overdue or never done (contactVerified within
 * settings.review.contactVerifyMonths). Met when all pass, partly when some do, not met when
 * none does or no one is named.
 */
export const contactsVerified: Check = {
  evidencedBy:
    'The people (people/) named in approved tier 1-2 plans, their teams and escalation orders, and the date each one’s contact details were last confirmed (contactVerified).',
  rule: 'Everyone an approved tier 1-2 plan names (who may declare it, its teams’ members and escalation contacts) needs contact details verified within the contact window of organisation.yaml (review.contactVerifyMonths). Met: all of them; partly: some; not met: none.',
  run(input) {
    const judged: Judged[] = [...namedPeople(input, true).keys()].map((key) => ({
      key,
      reasons: lateItems(input, 'contact', key).map((item) =>
        item.due === undefined
          ? ['contact details never verified (contactVerified)']
          : text`contact details due for verification since ${item.due} (contactVerified)`,
      ),
    }));
    return judge(judged, {
      what: 'people named in tier 1-2 plans with contact details verified on time',
      empty: NO_PLAN,
    });
  },
};

/**
 * training-current. Looks at every pair of an approved tier 1-2 plan and a person it names (who
 * may declare it, the members of its teams). One passes when the person's training item on that
 * plan in review-due is not overdue (trained, on the current version, within
 * settings.review.trainingRefreshMonths). Met when all pairs pass, partly when some do, not met
 * when none does or no one is named.
 */
export const trainingCurrent: Check = {
  evidencedBy:
    'The training recorded in each person’s record (training: subject, completedOn, version) on the approved tier 1-2 plans that name them.',
  rule: 'Everyone an approved tier 1-2 plan names (who may declare it, its teams’ members) needs training on that plan that is current: on its version and within the refresh interval of organisation.yaml (review.trainingRefreshMonths). Counted per person and plan. Met: all; partly: some; not met: none.',
  run(input) {
    const judged: Judged[] = [];
    for (const [person, plans] of namedPeople(input, false))
      for (const plan of plans) {
        const id = plan.slice('plans/'.length);
        const item = reviewItems(input, 'training', person).find((i) => i.subject === id);
        const reasons: Text[] = !item
          ? [text`never trained on ${ref(plan)}`]
          : item.status === 'overdue'
            ? [text`training on ${ref(plan)} due since ${item.due ?? ''}`]
            : [];
        judged.push({ key: person, reasons });
      }
    return judge(judged, {
      what: 'trainings of people on the tier 1-2 plans that name them that are current',
      empty: NO_PLAN,
    });
  },
};
