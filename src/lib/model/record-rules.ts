/**
 * Record-level integrity rules, run after references are resolved: self-dependency,
 * RTO > MTPD, RTO + WRT > MTPD, backup interval > RPO, dates in an impossible order,
 * BIA impact tables against the organisation's scale, plan step order, plan declarers who may
 * not declare a disaster, an exercise's tabletop that names no scenario. One record at a time
 * (looking up the records it names).
 */
import type { Kind, Settings } from '../schema/index.ts';
import { formatDuration, parseDuration } from '../schema/duration.ts';
import { didYouMean } from './did-you-mean.ts';
import type { Entry } from './model.ts';
import type { FieldPath, Issue } from './issue.ts';
import { keyOf, type RecordKey } from './key.ts';
import { listScenarioIds } from './scenario-id.ts';
import type { Finding } from '../schema/exercise.ts';
import { minuteOf } from '../schema/date.ts';

export interface RuleContext {
  settings: Settings;
  asOf: string;
  index: Map<RecordKey, Entry>;
}

type Emit = (
  severity: Issue['severity'],
  path: FieldPath,
  value: unknown,
  rule: string,
  message: string,
  fix: string,
  related?: RecordKey[],
) => void;
const d = formatDuration;

function notInFuture(
  emit: Emit,
  field: FieldPath,
  date: string | undefined,
  asOf: string,
  what: string,
) {
  if (date && date > asOf)
    emit(
      'error',
      field,
      date,
      'date-in-future',
      `${what} ${date} is after today (${asOf}).`,
      'Use the date it actually happened; plan future dates elsewhere.',
    );
}

/**
 * The findings of an exercise or incident, raised on `raised` (YYYY-MM-DD): unique ids, due and
 * closing dates after the record that raised them, closing dates not in the future, and a status
 * that agrees with the closing date.
 */
function checkFindings(
  findings: readonly Finding[],
  raised: string,
  noun: 'exercise' | 'incident',
  emit: Emit,
  ctx: RuleContext,
) {
  const seen = new Set<string>();
  findings.forEach((f, i) => {
    if (seen.has(f.id))
      emit(
        'error',
        ['findings', i, 'id'],
        f.id,
        'duplicate-finding',
        `finding id "${f.id}" is used twice.`,
        'Give each finding a unique id.',
      );
    seen.add(f.id);
    if (f.due && f.due < raised)
      emit(
        'error',
        ['findings', i, 'due'],
        f.due,
        'date-order',
        `the finding is due ${f.due}, before the ${noun} that raised it (${raised}).`,
        `Set a due date after the ${noun}.`,
      );
    if (f.closedOn && f.closedOn < raised)
      emit(
        'error',
        ['findings', i, 'closedOn'],
        f.closedOn,
        'date-order',
        `the finding was closed ${f.closedOn}, before the ${noun} that raised it (${raised}).`,
        'Correct the closing date.',
      );
    notInFuture(emit, ['findings', i, 'closedOn'], f.closedOn, ctx.asOf, 'the closing date');
    if (f.status === 'closed' && !f.closedOn)
      emit(
        'warning',
        ['findings', i, 'status'],
        f.status,
        'closed-without-date',
        'a closed finding has no closedOn date.',
        'Add closedOn (YYYY-MM-DD).',
      );
    if (f.status !== 'closed' && f.closedOn)
      emit(
        'warning',
        ['findings', i, 'closedOn'],
        f.closedOn,
        'open-with-close-date',
        `the finding is ${f.status} but has a closedOn date.`,
        'Set status to closed, or remove closedOn.',
      );
  });
}

/** The integrity rules of one record of kind K. */
type Rule<K extends Kind> = (e: Entry<K>, emit: Emit, ctx: RuleContext) => void;

/**
 * The rules of each kind; null for a kind with none beyond the review and approval dates every
 * record gets. Every kind has an entry, so a new kind does not compile until it is decided.
 */
const RULES: { [K in Kind]: Rule<K> | null } = {
  services(e, emit, ctx) {
    const s = e.data;
    s.dependsOn.forEach((dep, i) => {
      if (dep.service === e.id)
        emit(
          'error',
          ['dependsOn', i],
          dep.service,
          'self-dependency',
          'a service cannot depend on itself.',
          'Remove this entry from dependsOn.',
        );
      if ('alternate' in dep && dep.alternate === dep.service)
        emit(
          'warning',
          ['dependsOn', i, 'alternate'],
          dep.alternate,
          'alternate-is-self',
          'the alternate is the dependency itself.',
          'Name a different service as alternate, or remove it.',
        );
    });
    if (s.backup && s.rpo !== undefined && s.backup.interval > s.rpo) {
      emit(
        'error',
        ['backup', 'interval'],
        d(s.backup.interval),
        'backup-exceeds-rpo',
        `backups every ${d(s.backup.interval)} cannot meet the RPO of ${d(s.rpo)}: up to ${d(s.backup.interval)} of data could be lost (NIST SP 800-53 CP-9).`,
        `Back up at least every ${d(s.rpo)}, or loosen the RPO if the business agrees.`,
      );
    }
    notInFuture(
      emit,
      ['backup', 'lastRestoreTest'],
      s.backup?.lastRestoreTest,
      ctx.asOf,
      'the last restore test',
    );
  },
  bia(e, emit, ctx) {
    const b = e.data;
    if (b.rto !== undefined && b.mtpd !== undefined && b.rto > b.mtpd) {
      emit(
        'error',
        ['rto'],
        d(b.rto),
        'rto-exceeds-mtpd',
        `the RTO ${d(b.rto)} is longer than the MTPD ${d(b.mtpd)}: recovery would end after the business has already failed (NIST SP 800-34 3.2.1).`,
        `Set rto below ${d(b.mtpd)}, or revisit the MTPD with the function owner.`,
      );
    } else if (
      b.rto !== undefined &&
      b.wrt !== undefined &&
      b.mtpd !== undefined &&
      b.rto + b.wrt > b.mtpd
    ) {
      emit(
        'error',
        ['wrt'],
        d(b.wrt),
        'rto-plus-wrt-exceeds-mtpd',
        `RTO ${d(b.rto)} + WRT ${d(b.wrt)} = ${d(b.rto + b.wrt)} is longer than the MTPD ${d(b.mtpd)}.`,
        `Make rto + wrt at most ${d(b.mtpd)}: shorten the RTO or the work recovery time.`,
      );
    }
    const levels = ctx.settings.impactScale.map((l) => l.level);
    for (const [category, row] of Object.entries(b.impacts)) {
      if (!ctx.settings.impactCategories.includes(category)) {
        emit(
          'error',
          ['impacts', category],
          category,
          'unknown-impact-category',
          `"${category}" is not an impact category.${didYouMean(category, ctx.settings.impactCategories)}`,
          `Use one of: ${ctx.settings.impactCategories.join(', ')} (set in organisation.yaml).`,
        );
      }
      for (const [time, level] of Object.entries(row)) {
        if (parseDuration(time) === undefined)
          emit(
            'error',
            ['impacts', category, time],
            time,
            'bad-duration',
            `"${time}" is not a time after disruption.`,
            'Write times as "1h", "4h", "1d", "3d", "1w".',
          );
        if (!levels.includes(level))
          emit(
            'error',
            ['impacts', category, time],
            level,
            'unknown-impact-level',
            `"${level}" is not an impact level.${didYouMean(level, levels)}`,
            `Use one of: ${levels.join(', ')} (set in organisation.yaml).`,
          );
      }
    }
    b.peakPeriods.forEach((p, i) => {
      if (p.rto !== undefined && b.rto !== undefined && p.rto > b.rto)
        emit(
          'warning',
          ['peakPeriods', i, 'rto'],
          d(p.rto),
          'peak-looser-than-normal',
          `the peak-period RTO ${d(p.rto)} is looser than the normal RTO ${d(b.rto)}.`,
          'A peak period should tighten the RTO: lower it or remove it.',
        );
    });
    notInFuture(emit, ['assessedOn'], b.assessedOn, ctx.asOf, 'the assessment date');
  },
  plans(e, emit, ctx) {
    // may-not-declare: declaredBy is who may invoke the plan, so each must hold the authority.
    e.data.declaredBy.forEach((id, i) => {
      const person = ctx.index.get(keyOf('people', id)) as Entry<'people'> | undefined;
      if (person && !person.data.mayDeclareDisaster)
        emit(
          'error',
          ['declaredBy', i],
          id,
          'may-not-declare',
          `${person.data.title} ("${id}") may not declare a disaster (mayDeclareDisaster is not true in ${person.file}), so cannot invoke this plan.`,
          `Remove "${id}" from declaredBy, or set mayDeclareDisaster: true in ${person.file} if they hold that authority.`,
          [person.key],
        );
    });
    const ids = e.data.steps.map((s) => s.id);
    const seen = new Set<string>();
    e.data.steps.forEach((step, i) => {
      if (seen.has(step.id))
        emit(
          'error',
          ['steps', i, 'id'],
          step.id,
          'duplicate-step',
          `step id "${step.id}" is used twice in this plan.`,
          'Give each step a unique id.',
        );
      seen.add(step.id);
      step.after.forEach((a, j) => {
        if (a === step.id)
          emit(
            'error',
            ['steps', i, 'after', j],
            a,
            'self-dependency',
            'a step cannot wait for itself.',
            'Remove it from after.',
          );
        else if (!ids.includes(a))
          emit(
            'error',
            ['steps', i, 'after', j],
            a,
            'dangling-reference',
            `"${a}" is not a step of this plan.${didYouMean(a, ids)}`,
            'Name a step id of this plan.',
          );
      });
    });
    const cycle = findStepCycle(e.data.steps);
    if (cycle)
      emit(
        'error',
        ['steps', cycle.at, 'after'],
        undefined,
        'step-cycle',
        `steps wait for each other in a circle (${cycle.path.join(' → ')}), so none of them can start.`,
        `Remove "${cycle.path[1]}" from the after of step "${cycle.path[0]}", or another link of the circle.`,
      );
  },
  policies: null,
  risks: null,
  exercises(e, emit, ctx) {
    const x = e.data;
    if (x.status === 'completed' && x.date > ctx.asOf)
      emit(
        'error',
        ['date'],
        x.date,
        'date-in-future',
        `a completed exercise is dated ${x.date}, after today (${ctx.asOf}).`,
        'Correct the date, or set status to planned.',
      );
    if (x.status === 'planned' && x.date < ctx.asOf)
      emit(
        'warning',
        ['status'],
        x.status,
        'planned-in-past',
        `the exercise is still planned but its date ${x.date} has passed.`,
        'Mark it completed (with results) or cancelled.',
      );
    if (x.status !== 'completed' && x.results.length)
      emit(
        'warning',
        ['results'],
        `${x.results.length} results`,
        'results-without-completion',
        `a ${x.status} exercise has results.`,
        'Set status to completed, or remove the results.',
      );
    checkFindings(x.findings, x.date, 'exercise', emit, ctx);
    if (x.tabletop !== undefined) {
      const ids = scenarioIdsOf(ctx);
      // A location's or vendor's own id is a common slip: suggest its scenario.
      const own = [`location-${x.tabletop}`, `vendor-${x.tabletop}`].find((id) => ids.includes(id));
      const hint = own ? ` Did you mean "${own}"?` : didYouMean(x.tabletop, ids);
      if (!ids.includes(x.tabletop))
        emit(
          'error',
          ['tabletop'],
          x.tabletop,
          'dangling-reference',
          `"${x.tabletop}" is not a scenario.${hint}`,
          hint
            ? `Correct the id${hint.replace(' Did you mean', ', probably to').replace('?', '')}.`
            : 'Name a scenario: "location-<location id>", "vendor-<vendor id>", or the id of a scenario in organisation.yaml (the scenario pages show them in their addresses).',
        );
    }
    x.results.forEach((r, i) => {
      if (!x.services.includes(r.service))
        emit(
          'warning',
          ['results', i, 'service'],
          r.service,
          'result-not-exercised',
          `a result is given for "${r.service}", which is not in this exercise's services.`,
          `Add "${r.service}" to services.`,
          [keyOf('services', r.service)],
        );
    });
  },
  incidents(e, emit, ctx) {
    const x = e.data;
    const today = `${ctx.asOf}T23:59`;
    const moments = [
      ['start', x.start, 'began'],
      ['detected', x.detected, 'was detected'],
      ['recovered', x.recovered, 'recovered'],
      ['stoodDown', x.stoodDown, 'stood down'],
    ] as const;
    let before: readonly [string, string] | undefined;
    for (const [field, at, what] of moments) {
      if (at === undefined) continue;
      const m = [field, at, what] as const;
      if (m[1] > today)
        emit(
          'error',
          [m[0]],
          m[1],
          'date-in-future',
          `the incident ${m[2]} at ${m[1]}, after today (${ctx.asOf}).`,
          'Use the time it actually happened.',
        );
      if (before && m[1] < before[1])
        emit(
          'error',
          [m[0]],
          m[1],
          'date-order',
          `${m[0]} (${m[1]}) is before ${before[0]} (${before[1]}).`,
          `Correct the times: start, detected, recovered and stoodDown follow each other.`,
        );
      before = [field, at];
    }
    x.services.forEach((s, i) => {
      if (s.restored !== undefined && s.restored < x.start)
        emit(
          'error',
          ['services', i, 'restored'],
          s.restored,
          'date-order',
          `"${s.service}" was restored at ${s.restored}, before the incident began (${x.start}).`,
          'Correct restored, or the incident start.',
        );
      if (s.restored !== undefined && x.recovered !== undefined && s.restored > x.recovered)
        emit(
          'warning',
          ['services', i, 'restored'],
          s.restored,
          'restored-after-recovery',
          `"${s.service}" was restored at ${s.restored}, after the incident recovered (${x.recovered}).`,
          'Set recovered to when the last service was back, or correct restored.',
        );
      const back = s.restored ?? x.recovered;
      if (
        s.recoveryTime !== undefined &&
        back !== undefined &&
        s.recoveryTime > minuteOf(back) - minuteOf(x.start)
      )
        emit(
          'warning',
          ['services', i, 'recoveryTime'],
          d(s.recoveryTime),
          'recovery-longer-than-outage',
          `"${s.service}" took ${d(s.recoveryTime)} to restore, longer than it was down (${d(minuteOf(back) - minuteOf(x.start))}).`,
          'The recovery time is its own restore, from start of restore to service available: correct it or the times.',
        );
    });
    checkFindings(x.findings, x.start.slice(0, 10), 'incident', emit, ctx);
  },
  teams: null,
  people(e, emit, ctx) {
    const p = e.data;
    if (p.deputy === e.id)
      emit(
        'error',
        ['deputy'],
        p.deputy,
        'self-dependency',
        'a person cannot be their own deputy.',
        'Name someone else as deputy.',
      );
    notInFuture(emit, ['contactVerified'], p.contactVerified, ctx.asOf, 'the contact verification');
    p.training.forEach((t, i) =>
      notInFuture(
        emit,
        ['training', i, 'completedOn'],
        t.completedOn,
        ctx.asOf,
        'the training date',
      ),
    );
  },
  vendors(e, emit, ctx) {
    notInFuture(emit, ['lastAudit'], e.data.lastAudit, ctx.asOf, 'the last audit');
    const plan = e.data.exitPlan
      ? (ctx.index.get(keyOf('plans', e.data.exitPlan)) as Entry<'plans'> | undefined)
      : undefined;
    if (plan && plan.data.type !== 'exit')
      emit(
        'warning',
        ['exitPlan'],
        e.data.exitPlan,
        'exit-plan-type',
        `"${plan.id}" is a ${plan.data.type} plan, not an exit plan.`,
        'Point exitPlan at a plan of type exit.',
        [plan.key],
      );
  },
  locations(e, emit) {
    e.data.alternates.forEach((a, i) => {
      if (a === e.id)
        emit(
          'error',
          ['alternates', i],
          a,
          'self-dependency',
          'a location cannot be its own alternate.',
          'Remove it from alternates.',
        );
    });
  },
  guides: null,
};

/** The scenario ids of a model, listed once per record index (exercises ask for each). */
const SCENARIO_IDS = new WeakMap<Map<RecordKey, Entry>, string[]>();
function scenarioIdsOf(ctx: RuleContext): string[] {
  let ids = SCENARIO_IDS.get(ctx.index);
  if (!ids) SCENARIO_IDS.set(ctx.index, (ids = listScenarioIds(ctx.settings, ctx.index.keys())));
  return ids;
}

/**
 * The first circle of steps waiting for each other (by `after`, steps in order, self-waits left
 * to their own rule): its ids from the step found first back to it, and that step's index.
 */
function findStepCycle(
  steps: readonly { id: string; after: readonly string[] }[],
): { at: number; path: string[] } | undefined {
  const index = new Map(steps.map((s, i) => [s.id, i]));
  const state = new Uint8Array(steps.length); // 0 new, 1 on the path, 2 done
  const path: number[] = [];
  const visit = (i: number): number[] | undefined => {
    state[i] = 1;
    path.push(i);
    for (const a of steps[i].after) {
      const j = index.get(a);
      if (j === undefined || j === i) continue;
      if (state[j] === 1) return [...path.slice(path.indexOf(j)), j];
      if (state[j] === 0) {
        const found = visit(j);
        if (found) return found;
      }
    }
    path.pop();
    state[i] = 2;
    return undefined;
  };
  for (let i = 0; i < steps.length; i++)
    if (state[i] === 0) {
      const found = visit(i);
      if (found) return { at: found[0], path: found.map((k) => steps[k].id) };
    }
  return undefined;
}

/** Runs the rules for one record; returns its issues. */
export function checkRecordRules(entry: Entry, ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const emit: Emit = (severity, path, value, rule, message, fix, related) =>
    issues.push({
      severity,
      file: entry.file,
      key: entry.key,
      ...(related ? { related } : {}),
      path,
      value:
        value === undefined ? undefined : typeof value === 'string' ? `"${value}"` : String(value),
      rule,
      message,
      fix,
    });
  const data = entry.data as { lastReviewed?: string; approvedOn?: string };
  notInFuture(emit, ['lastReviewed'], data.lastReviewed, ctx.asOf, 'the last review');
  notInFuture(emit, ['approvedOn'], data.approvedOn, ctx.asOf, 'the approval');
  (RULES[entry.kind] as Rule<Kind> | null)?.(entry, emit, ctx);
  return issues;
}
