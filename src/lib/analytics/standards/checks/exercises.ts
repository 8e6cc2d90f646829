/**
 * Checks of the exercise programme and what follows from it: plans exercised within the window
 * (review-due's exercise items, else the exercise history), recovery capability measured and
 * within objective (the exercise history and the target-not-met-in-exercise gaps), findings
 * closed or within their due date and closed with the change that fixed them, and the
 * disruption scenarios planned and exercised (scenario coverage).
 * Reference: ISO 22301 8.5, 9.1, 10.1 and 10.2; DORA Art. 11(6) and 24(5); RTS 2024/1774 Art.
 * 25 and 26(2); NIST SP 800-34 §3.5.1, SP 800-53 CP-4.
 */
import { addMonths } from '../../../schema/date.ts';
import type { Entry } from '../../../model/model.ts';
import { keyOf, type RecordKey } from '../../../model/key.ts';
import { ref, text, type Text } from '../../../model/text.ts';
import type { Plan } from '../../../schema/plan.ts';
import type { Check, CheckInput } from '../requirement.ts';
import { gapsOf, judge, lateItems, reviewItems, type Judged } from './judge.ts';

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);

/** Why a plan last exercised as `last` (or never) fails the window of `every` months; undefined when it passes. */
function exerciseReason(input: CheckInput, plan: Entry<'plans'>, every: number): Text | undefined {
  const last = input.ctx.exercises.lastOf(plan.key);
  if (!last) return ['never exercised: no completed exercise lists it (exercises: plans)'];
  const due = addMonths(last.date, every);
  if (due >= input.ctx.model.asOf) return undefined;
  return text`last exercised ${last.date} in ${ref(last.exercise)}, more than ${months(every)} ago (due ${due})`;
}

/**
 * plans-exercised. With `critical`, looks at every approved plan that covers a tier 1-2
 * service or function (review-due's exercise items); otherwise at every approved plan, or with
 * `types` every approved plan of those types. One passes when a completed exercise dated on or
 * before asOf listed it within settings.review.exerciseEveryMonths. Met when all pass, partly
 * when some do, not met when none does or there is no such plan.
 */
export function plansExercised(options: {
  critical?: boolean;
  types?: readonly Plan['type'][];
  /** What the looked-at plans are, for the counts: "approved tier 1-2 plans". */
  what: string;
  /** What to say when there is no such plan: "No approved plan covers a tier 1-2 service or function". */
  none: string;
}): Check {
  const scope = options.critical
    ? 'Every approved plan covering a tier 1-2 service or function'
    : options.types
      ? `Every approved plan of type ${options.types.join(' or ')}`
      : 'Every approved plan';
  return {
    evidencedBy: `The completed exercises (exercises/) that list each plan, by date, against the exercise window of organisation.yaml (review.exerciseEveryMonths).`,
    rule: `${scope} needs a completed exercise that listed it within the exercise window (review.exerciseEveryMonths, 12 months by default). Met: all such plans; partly: some; not met: none, or no such plan.`,
    run(input) {
      const { model } = input.ctx;
      const every = model.settings.review.exerciseEveryMonths;
      const judged: Judged[] = [];
      if (options.critical) {
        // The plans review-due expects to be exercised; its status decides.
        for (const p of model.byKind.plans) {
          const items = reviewItems(input, 'exercise', p.key);
          if (items.length === 0) continue;
          const late = lateItems(input, 'exercise', p.key).length > 0;
          const reason = late ? exerciseReason(input, p, every) : undefined;
          judged.push({ key: p.key, reasons: reason ? [reason] : [] });
        }
      } else
        for (const p of model.byKind.plans) {
          if (p.data.status !== 'approved') continue;
          if (options.types && !options.types.includes(p.data.type)) continue;
          const reason = exerciseReason(input, p, every);
          judged.push({ key: p.key, reasons: reason ? [reason] : [] });
        }
      return judge(judged, {
        what: `${options.what} exercised within ${months(every)}`,
        empty: { status: 'not-met', summary: options.none },
      });
    },
  };
}

/**
 * capability-measured. Looks at every tier 1-2 service. One passes when a completed exercise or
 * a real incident measured its recovery time (the exercise history) and its latest measurements
 * meet its objectives (no target-not-met-in-exercise gap). Met when all pass, partly when some do, not
 * met when none does or no service is in tier 1-2.
 */
export const capabilityMeasured: Check = {
  evidencedBy:
    'The recovery time and point achieved per service in completed exercises (exercises/: results) and in real incidents (incidents/: services), against each tier 1-2 service’s RTO and RPO.',
  rule: 'Every tier 1-2 service needs its recovery time measured, in a completed exercise or a real incident (recoveryTime), and its latest measurements within its RTO and RPO (no target-not-met-in-exercise gap). Met: all; partly: some; not met: none.',
  run(input) {
    const { ctx } = input;
    const judged = ctx.recovery.nodes
      .filter((x) => x.kind === 'services' && ctx.isCritical(x.key))
      .map((x) => {
        const reasons: Text[] = [];
        if (!ctx.exercises.latestOf(x.key)?.time)
          reasons.push([
            'its recovery time was never measured, in a completed exercise or an incident (recoveryTime)',
          ]);
        for (const g of gapsOf(input, 'target-not-met-in-exercise', x.key)) reasons.push(g.message);
        return { key: x.key, reasons };
      });
    return judge(judged, {
      what: 'tier 1-2 services whose recovery was measured and met their objectives',
      empty: { status: 'not-met', summary: 'No service is in tier 1 or 2' },
    });
  },
};

/** Every finding of a completed exercise dated on or before asOf, with its exercise. */
function findingsOf(input: CheckInput) {
  return input.ctx.exercises.completed.flatMap((x) =>
    x.data.findings.map((f) => ({ exercise: x.key, finding: f })),
  );
}

/**
 * findings-on-time. Looks at every finding of a completed exercise. One passes when it is
 * closed, or open or in progress with a due date that has not passed (review-due's finding
 * item is not overdue). Met when all pass, partly when some do, not met when none does; not
 * applicable when no exercise has raised a finding.
 */
export const findingsOnTime: Check = {
  evidencedBy:
    'The findings of completed exercises (exercises/: findings with severity, owner, due date, status), tracked to closure.',
  rule: 'Every finding of a completed exercise needs to be closed, or to have a due date that has not passed. Counted per finding, listed per exercise. Met: all findings; partly: some; not met: none. Not applicable when no exercise raised a finding.',
  run(input) {
    const judged: Judged[] = findingsOf(input).map(({ exercise, finding: f }) => {
      if (f.status === 'closed') return { key: exercise, reasons: [] };
      if (f.due === undefined)
        return {
          key: exercise,
          reasons: [[`finding ${f.id} (${f.severity}, ${f.status}) has no due date (due)`]],
        };
      const late = lateItems(input, 'finding', exercise).some((i) => i.subject === f.id);
      return {
        key: exercise,
        reasons: late ? [[`finding ${f.id} (${f.severity}, ${f.status}) was due ${f.due}`]] : [],
      };
    });
    return judge(judged, {
      what: 'exercise findings closed or within their due date',
      empty: { status: 'not-applicable', summary: 'No exercise has raised a finding' },
    });
  },
};

/**
 * improvement-recorded. Looks at every closed finding of a completed exercise. One passes when
 * it records the change that fixed it (fixedBy) and when it was closed (closedOn). Met when all
 * pass, partly when some do, not met when none does or findings were raised and none is closed;
 * not applicable when no exercise has raised a finding.
 */
export const improvementRecorded: Check = {
  evidencedBy:
    'The closed findings of completed exercises, with the change that fixed each (fixedBy: a pull request, ticket or commit) and the closing date (closedOn).',
  rule: 'Every closed exercise finding needs the change that fixed it (fixedBy) and its closing date (closedOn). Met: all closed findings; partly: some; not met: none, or findings raised and none closed. Not applicable when no exercise raised a finding.',
  run(input) {
    const all = findingsOf(input);
    const judged: Judged[] = all
      .filter(({ finding: f }) => f.status === 'closed')
      .map(({ exercise, finding: f }) => {
        const lacks = [
          ...(f.fixedBy === undefined ? ['the change that fixed it (fixedBy)'] : []),
          ...(f.closedOn === undefined ? ['its closing date (closedOn)'] : []),
        ];
        return {
          key: exercise,
          reasons: lacks.length
            ? [[`closed finding ${f.id} does not record ${lacks.join(' or ')}`]]
            : [],
        };
      });
    return judge(judged, {
      what: 'closed exercise findings that record the change that fixed them',
      empty:
        all.length === 0
          ? { status: 'not-applicable', summary: 'No exercise has raised a finding' }
          : { status: 'not-met', summary: `${all.length} exercise findings raised, none closed` },
    });
  },
};

/** The approved plans written for `scenario` that cover a tier 1-2 service, in id order. */
function plansFor(input: CheckInput, scenario: string): RecordKey[] {
  const { ctx } = input;
  return ctx.model.byKind.plans
    .filter(
      (p) =>
        p.data.status === 'approved' &&
        (p.data.scenarios as string[]).includes(scenario) &&
        p.data.covers.services.some((id) => ctx.isCritical(keyOf('services', id))),
    )
    .map((p) => p.key);
}

/**
 * scenarios-planned / scenarios-exercised. Looks at every disruption scenario of the schema's
 * list (RTS 2024/1774 Art. 26(2)). Planned: one passes when an approved plan covering a tier 1-2
 * service is written for it (scenario coverage marks it planned). Exercised: one passes when a
 * completed exercise played it for a tier 1-2 service (coverage marks it exercised). Met when
 * every scenario passes, partly when some do, not met when none does.
 */
export function scenariosCovered(which: 'planned' | 'exercised'): Check {
  return {
    evidencedBy:
      which === 'planned'
        ? 'The scenarios (scenarios) of the approved plans that cover tier 1-2 services, against the scenario list of RTS Art. 26(2) (the scenario coverage on the gaps page).'
        : 'The scenario played by each completed exercise (scenario) for tier 1-2 services or their plans, against the scenario list of RTS Art. 26(2) (the scenario coverage on the gaps page).',
    rule:
      which === 'planned'
        ? 'Every scenario of the list (cyber attack, ransomware, third-party failure, site loss, ICT failure, data corruption, staff unavailability, natural disaster, pandemic, insider, power outage, network outage) needs an approved plan covering a tier 1-2 service that is written for it. Met: every scenario; partly: some; not met: none.'
        : 'Every scenario of the list needs a completed exercise that played it for a tier 1-2 service (listing the service, or an approved plan covering it that is written for the scenario). Met: every scenario; partly: some; not met: none.',
    run(input) {
      const { coverage, ctx } = input;
      const unkeyed = coverage.scenarios.map((scenario, i) => {
        const passes = coverage.rows.some((r) => r.cells[i][which]);
        const evidence = !passes
          ? []
          : which === 'planned'
            ? plansFor(input, scenario)
            : ctx.exercises.completed.filter((x) => x.data.scenario === scenario).map((x) => x.key);
        return {
          passes,
          evidence,
          reason:
            which === 'planned'
              ? text`No approved plan for a tier 1-2 service is written for the scenario ${scenario} (scenarios).`
              : text`No completed exercise played the scenario ${scenario} for a tier 1-2 service (scenario).`,
        };
      });
      return judge([], {
        what: `disruption scenarios ${which === 'planned' ? 'an approved tier 1-2 plan is written for' : 'exercised for a tier 1-2 service'}`,
        empty: { status: 'not-met', summary: 'No scenario is listed' },
        unkeyed,
      });
    },
  };
}
