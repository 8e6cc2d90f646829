/**
 * Continuity gaps (DOMAIN.md item 10): what is missing or broken in the continuity programme,
 * each gap naming the record to fix, what is wrong with the figures, and how to fix it. Also
 * scenario coverage: which scenarios the plans of each critical service are written for and
 * which have been exercised.
 *
 * Rules (GapRule), tiers from the recovery analysis (NodeRecovery.tier):
 * - no-approved-plan: a tier 1-2 service or function no approved plan covers.
 * - target-not-met-in-exercise: a service whose latest measured recovery time (or point), in a
 *   completed exercise dated on or before asOf, exceeds its declared RTO (RPO).
 * - target-unreachable: achievable RTO after a wide outage beyond the target (rto.gap > 0).
 * - untreated-risk: an open risk above appetite without treatment.
 * - vendor-without-exit: a vendor of a tier-1 service with no exit plan or no substitute.
 * - role-without-alternate: a team role with a primary holder and no alternate.
 * - person-in-many-roles: one person primary in two or more roles of the teams that carry out
 *   approved plans covering tier 1-2 records.
 * - plan-channel-depends-on-recovery: a channel of a draft or approved plan that is, or fails
 *   with (hard dependencies, transitively), a service the plan recovers.
 * - single-point-of-failure: a service, vendor or location whose loss breaks two or more
 *   tier-1 functions and that has no alternate.
 * Overdue and never-done reviews are not repeated here: review-due lists them.
 *
 * Guarantees: pure and deterministic (asOf from the model, never the clock); one gap per rule
 * and record, except role-without-alternate (one per role of the team) and
 * plan-channel-depends-on-recovery (one per channel of the plan); a total, stable order
 * (severity, rule in GAP_RULES order, key, message).
 * Complexity: O(records + references + exercise results) plus the impact enumeration of the
 * plans' covered services and of every service, vendor and location (O(nodes x bits / 32)
 * each, see graph/impact.ts), plus O(g log g) to sort g gaps.
 * Reference: ISO 22301 8.3-8.5, DORA Art. 11 and 28, NIST SP 800-34 3.4; DOMAIN.md item 10.
 */
import { ScenarioSchema, type Scenario } from '../schema/scenario.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import type { Kind } from '../schema/index.ts';
import type { Entry, Model } from '../model/model.ts';
import { failsWith, impactedLeading, countImpact } from '../graph/impact.ts';
import { RESTRICTED } from '../model/edition.ts';
import type { RecoveryAnalysis } from './recovery.ts';
import type { RiskScore } from './risk.ts';
import type { RecordKey } from '../model/key.ts';

/** The rule a gap breaks. */
export type GapRule =
  | 'no-approved-plan'
  | 'target-not-met-in-exercise'
  | 'target-unreachable'
  | 'untreated-risk'
  | 'vendor-without-exit'
  | 'role-without-alternate'
  | 'person-in-many-roles'
  | 'plan-channel-depends-on-recovery'
  | 'single-point-of-failure';

/** Every rule, in the order gaps of equal severity are listed. */
export const GAP_RULES: readonly GapRule[] = [
  'no-approved-plan',
  'target-not-met-in-exercise',
  'target-unreachable',
  'untreated-risk',
  'vendor-without-exit',
  'role-without-alternate',
  'person-in-many-roles',
  'plan-channel-depends-on-recovery',
  'single-point-of-failure',
];

/** How urgent a gap is. */
export type GapSeverity = 'high' | 'medium' | 'low';

/** Severities, most urgent first: the primary sort order of the list. */
export const GAP_SEVERITIES: readonly GapSeverity[] = ['high', 'medium', 'low'];

/** One gap: the record to fix, what is wrong and how to fix it. */
export interface Gap {
  /** The rule broken. */
  rule: GapRule;
  /** high, medium or low. */
  severity: GapSeverity;
  /** "kind/id" of the record to fix, for example "vendors/paygate". */
  key: RecordKey;
  /** Title of that record (its id when the record is missing). */
  title: string;
  /** What is wrong, in one sentence, naming the figures. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Whether one scenario is planned for and exercised for one service. */
export interface CoverageCell {
  /** The scenario. */
  scenario: Scenario;
  /** An approved plan covering the service is written for the scenario. */
  planned: boolean;
  /** A completed exercise (dated on or before asOf) played the scenario for the service. */
  exercised: boolean;
}

/** One tier 1-2 service with a cell per scenario. */
export interface CoverageRow {
  /** "services/id". */
  key: string;
  /** The service's title. */
  title: string;
  /** Its tier (1 or 2). */
  tier: number;
  /** One cell per scenario, in the order of Coverage.scenarios. */
  cells: CoverageCell[];
}

/** Scenario coverage: scenarios x critical services (DORA RTS 2024/1774 Art. 26(2)). */
export interface Coverage {
  /** Every scenario of ScenarioSchema, in schema order. */
  scenarios: Scenario[];
  /** Every tier 1-2 service, by tier then id. */
  rows: CoverageRow[];
}

/** One figure measured in an exercise. */
export interface Measurement {
  /** The exercise id. */
  exercise: string;
  /** Its date (YYYY-MM-DD). */
  date: string;
  /** The measured time in minutes. */
  minutes: number;
}

/** Where a service's latest measured capability falls short of its objective. */
export interface ExerciseShortfall {
  /** Latest measured recovery time, when it exceeds `target` (declared RTO, else target RTO). */
  rto?: { measured: Measurement; target: number; declared: boolean };
  /** Latest measured recovery point, when it exceeds `target` (declared RPO, else required RPO). */
  rpo?: { measured: Measurement; target: number; declared: boolean };
}

/** The highest tier number counted as critical (plans, coverage, key people). */
const CRITICAL_TIERS = 2;
/** A person primary in this many critical roles or more, or in critical roles of two teams or more, is a key-person risk. */
const MANY_ROLES = 3;
/** A component whose loss breaks this many tier-1 functions or more is a single point of failure. */
const SPOF_FUNCTIONS = 2;
/** The most record names one message lists; the record's page and API document list them all. */
const LISTED = 10;

const isCritical = (tier: number | undefined) => tier !== undefined && tier <= CRITICAL_TIERS;
const idOf = (key: string) => key.slice(key.indexOf('/') + 1);
const list = (items: string[]) => items.join(', ');
/** At most LISTED of `items`, then how many more of `total`: keeps a message short however much one record affects. */
const listSome = (items: string[], total = items.length) => {
  const shown = items.slice(0, LISTED);
  return total > shown.length ? `${list(shown)} and ${total - shown.length} more` : list(shown);
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const noun = (kind: 'services' | 'bia') => (kind === 'services' ? 'service' : 'function');

/**
 * The approved plans covering each service and function, by "kind/id" ("services/x", "bia/y"),
 * each list in plan id order. O(plans + covered references).
 */
export function listApprovedCover(model: Model): Map<string, Entry<'plans'>[]> {
  const cover = new Map<string, Entry<'plans'>[]>();
  const add = (key: string, plan: Entry<'plans'>) => {
    const seen = cover.get(key);
    if (!seen) cover.set(key, [plan]);
    else if (!seen.includes(plan)) seen.push(plan);
  };
  for (const plan of model.byKind.plans) {
    if (plan.data.status !== 'approved') continue;
    for (const id of plan.data.covers.services) add(`services/${id}`, plan);
    for (const id of plan.data.covers.functions) add(`bia/${id}`, plan);
  }
  return cover;
}

/**
 * The latest measured recovery time and recovery point of each service, by service id: from
 * completed exercises dated on or before asOf; a tie on date goes to the smaller exercise id
 * (as listOwnRecovery does). Time and point are taken separately, each from the latest result
 * that measured it. O(exercise results).
 */
function latestMeasurements(
  model: Model,
): Map<string, { time?: Measurement; point?: Measurement }> {
  const latest = new Map<string, { time?: Measurement; point?: Measurement }>();
  const newer = (seen: Measurement | undefined, date: string, exercise: string) =>
    !seen || seen.date < date || (seen.date === date && seen.exercise > exercise);
  for (const x of model.byKind.exercises) {
    if (x.data.status !== 'completed' || x.data.date > model.asOf) continue;
    for (const r of x.data.results) {
      const m = latest.get(r.service) ?? {};
      if (r.recoveryTime !== undefined && newer(m.time, x.data.date, x.id))
        m.time = { exercise: x.id, date: x.data.date, minutes: r.recoveryTime };
      if (r.recoveryPoint !== undefined && newer(m.point, x.data.date, x.id))
        m.point = { exercise: x.id, date: x.data.date, minutes: r.recoveryPoint };
      latest.set(r.service, m);
    }
  }
  return latest;
}

/**
 * Services whose latest exercise measurement misses its objective, by service id. Recovery
 * time is compared with the declared RTO (the target RTO when none is declared), recovery
 * point with the declared RPO (the required RPO when none is declared); a figure equal to the
 * objective meets it. Services with no measurement, or no objective to compare with, do not
 * appear. O(services + exercise results).
 */
export function findExerciseShortfalls(
  model: Model,
  rec: RecoveryAnalysis,
): Map<string, ExerciseShortfall> {
  const latest = latestMeasurements(model);
  const out = new Map<string, ExerciseShortfall>();
  for (const x of rec.nodes) {
    if (x.kind !== 'services') continue;
    const m = latest.get(x.id);
    if (!m) continue;
    const shortfall: ExerciseShortfall = {};
    const rto = x.rto.declared ?? x.rto.target;
    if (m.time && rto !== undefined && m.time.minutes > rto)
      shortfall.rto = { measured: m.time, target: rto, declared: x.rto.declared !== undefined };
    const rpo = x.rpo.declared ?? x.rpo.required;
    if (m.point && rpo !== undefined && m.point.minutes > rpo)
      shortfall.rpo = { measured: m.point, target: rpo, declared: x.rpo.declared !== undefined };
    if (shortfall.rto || shortfall.rpo) out.set(x.id, shortfall);
  }
  return out;
}

/** "In ex (date) db recovered in 10h against its declared RTO of 8h and lost 55m of data against its declared RPO of 1h." */
function shortfallMessage(id: string, s: ExerciseShortfall): string {
  const time =
    s.rto &&
    `recovered in ${fd(s.rto.measured.minutes)} against its ${s.rto.declared ? 'declared' : 'target'} RTO of ${fd(s.rto.target)}`;
  const point =
    s.rpo &&
    `lost ${fd(s.rpo.measured.minutes)} of data against its ${s.rpo.declared ? 'declared' : 'required'} RPO of ${fd(s.rpo.target)}`;
  const where = (m: Measurement) => `${m.exercise} (${m.date})`;
  if (time && point && s.rto!.measured.exercise === s.rpo!.measured.exercise)
    return `In ${where(s.rto!.measured)} ${id} ${time} and ${point}.`;
  if (time && point)
    return `In ${where(s.rto!.measured)} ${id} ${time}, and in ${where(s.rpo!.measured)} it ${point}.`;
  return `In ${where((s.rto ?? s.rpo)!.measured)} ${id} ${time ?? point}.`;
}

/** Title of a record by kind and id, or the id when it does not exist. */
function titleOf(model: Model, kind: Kind, id: string): string {
  return (model.index.get(`${kind}/${id}`)?.data as { title?: string } | undefined)?.title ?? id;
}

const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
const compareWithinRule = (a: Gap, b: Gap) => cmp(a.key, b.key) || cmp(a.message, b.message);

/**
 * Sorts gaps by severity, rule, key and message: one bucket per severity and rule, each
 * sorted by key and message unless it already is (most rules find gaps in key order).
 */
function sortGaps(gaps: Gap[]): Gap[] {
  const buckets: Gap[][] = Array.from(
    { length: GAP_SEVERITIES.length * GAP_RULES.length },
    () => [],
  );
  for (const g of gaps)
    buckets[GAP_SEVERITIES.indexOf(g.severity) * GAP_RULES.length + GAP_RULES.indexOf(g.rule)].push(
      g,
    );
  const out: Gap[] = [];
  for (const bucket of buckets) {
    if (bucket.some((g, j) => j > 0 && compareWithinRule(bucket[j - 1], g) > 0))
      bucket.sort(compareWithinRule);
    for (const g of bucket) out.push(g);
  }
  return out;
}

/**
 * Finds every gap of the model. `rec` is the recovery analysis of the same model, `risks` its
 * risk scores. Overdue or never-done reviews are not repeated as gaps: review-due lists them.
 *
 * Order: severity (high, medium, low), then rule (GAP_RULES order), then key, then message.
 */
export function findGaps(model: Model, rec: RecoveryAnalysis, risks: RiskScore[]): Gap[] {
  const gaps: Gap[] = [];
  const { graph, impact } = rec;
  const cover = listApprovedCover(model);
  const tierById = {
    services: new Map<string, number | undefined>(),
    bia: new Map<string, number | undefined>(),
  };
  for (const x of rec.nodes) tierById[x.kind].set(x.id, x.tier);

  // no-approved-plan
  const draftCover = new Map<string, string[]>();
  for (const plan of model.byKind.plans) {
    if (plan.data.status === 'approved') continue;
    for (const key of [
      ...plan.data.covers.services.map((id) => `services/${id}`),
      ...plan.data.covers.functions.map((id) => `bia/${id}`),
    ]) {
      draftCover.set(key, [...(draftCover.get(key) ?? []), `${plan.id} (${plan.data.status})`]);
    }
  }
  for (const x of rec.nodes) {
    if (!isCritical(x.tier) || cover.has(x.key)) continue;
    const others = draftCover.get(x.key);
    gaps.push({
      rule: 'no-approved-plan',
      severity: x.tier === 1 ? 'high' : 'medium',
      key: x.key,
      title: x.title,
      message: `Tier ${x.tier} ${noun(x.kind)} ${x.id} is not covered by any approved plan${others ? `; only by ${list(others)}` : ''}.`,
      fix: others
        ? `Get ${list(others.map((o) => o.split(' ')[0]))} reviewed and approved (status: approved), or add ${x.id} to the covers.${x.kind === 'services' ? 'services' : 'functions'} of an approved plan.`
        : `Write a plan that lists ${x.id} under covers.${x.kind === 'services' ? 'services' : 'functions'} and get it approved (status: approved).`,
    });
  }

  // target-not-met-in-exercise
  for (const [id, s] of findExerciseShortfalls(model, rec)) {
    const key = `services/${id}` as const;
    gaps.push({
      rule: 'target-not-met-in-exercise',
      severity: 'high',
      key,
      title: titleOf(model, 'services', id),
      message: shortfallMessage(id, s),
      fix: `Fix what slowed the ${s.rto ? 'restore' : 'data recovery'} (see the exercise findings) and test ${id} again; if the objective cannot be met, agree a looser ${s.rto && s.rpo ? 'RTO and RPO' : s.rto ? 'RTO' : 'RPO'} with the business and update the record.`,
    });
  }

  // target-unreachable
  for (const x of rec.nodes) {
    if (x.rto.gap === undefined || x.rto.gap <= 0) continue;
    gaps.push({
      rule: 'target-unreachable',
      severity: x.tier === 1 ? 'high' : 'medium',
      key: x.key,
      title: x.title,
      message: `After a wide outage ${x.id} can be back in ${fd(x.rto.achievable)}, ${fd(x.rto.gap)} beyond its target RTO of ${fd(x.rto.target)}; bottleneck: ${x.rto.bottleneck.map(idOf).join(' -> ')}.`,
      fix: 'Shorten the slowest restores on the bottleneck path (standby capacity, automation, measured and rehearsed times), make a dependency soft with a workaround, or agree a looser target with the business.',
    });
  }

  // untreated-risk
  for (const r of risks) {
    if (!r.untreatedAboveAppetite) continue;
    gaps.push({
      rule: 'untreated-risk',
      severity: 'high',
      key: `risks/${r.id}`,
      title: r.title,
      message: `Residual risk ${r.residual.score} (likelihood ${r.residual.likelihood} x impact ${r.residual.impact}) is above the appetite of ${model.settings.riskAppetite} and no treatment is recorded.`,
      fix: 'Decide a treatment (mitigate, accept, transfer or avoid) with the risk owner, record it in treatment, and link the controlling plans or policies in mitigatedBy.',
    });
  }

  // vendor-without-exit
  const supplied = new Map<string, Set<string>>();
  const supply = (vendor: string, service: string) => {
    const set = supplied.get(vendor) ?? new Set<string>();
    set.add(service);
    supplied.set(vendor, set);
  };
  for (const v of model.byKind.vendors) for (const s of v.data.supplies) supply(v.id, s);
  for (const s of model.byKind.services) for (const v of s.data.vendors) supply(v, s.id);
  for (const v of model.byKind.vendors) {
    const tier1 = [...(supplied.get(v.id) ?? [])]
      .filter((s) => tierById.services.get(s) === 1)
      .sort();
    const noExit = v.data.exitPlan === undefined;
    const noSubstitute = v.data.substitutability === 'none';
    if (tier1.length === 0 || (!noExit && !noSubstitute)) continue;
    const problem =
      noExit && noSubstitute
        ? 'has neither an exit plan nor a substitute (substitutability "none")'
        : noExit
          ? `has no exit plan (substitutability "${v.data.substitutability}")`
          : `has no substitute (substitutability "none") although its exit plan is ${v.data.exitPlan}`;
    gaps.push({
      rule: 'vendor-without-exit',
      severity: 'high',
      key: `vendors/${v.id}`,
      title: v.data.title,
      message: `${v.id} supplies tier-1 ${tier1.length === 1 ? 'service' : 'services'} ${listSome(tier1)} and ${problem}.`,
      fix:
        [
          noExit && `Write an exit plan (type: exit) for leaving ${v.id} and set exitPlan`,
          noSubstitute &&
            `identify an alternative provider or an in-house fallback for ${tier1.length <= LISTED ? list(tier1) : `these ${tier1.length} services`}`,
        ]
          .filter(Boolean)
          .join('; ')
          .replace(/^./, (c) => c.toUpperCase()) + ' (DORA Art. 28(8)).',
    });
  }

  // role-without-alternate
  for (const team of model.byKind.teams) {
    const roles = new Map<string, { primaries: string[]; alternates: number }>();
    for (const m of team.data.members) {
      const role = roles.get(m.role) ?? { primaries: [], alternates: 0 };
      if (m.as === 'primary') role.primaries.push(m.person);
      else role.alternates++;
      roles.set(m.role, role);
    }
    for (const [role, { primaries, alternates }] of roles) {
      if (primaries.length === 0 || alternates > 0) continue;
      gaps.push({
        rule: 'role-without-alternate',
        severity: 'medium',
        key: `teams/${team.id}`,
        title: team.data.title,
        message: `Role "${role}" has a primary (${list(primaries)}) but no alternate.`,
        fix: `Add a member of team ${team.id} with role "${role}" and as: alternate, and make sure they are trained for it.`,
      });
    }
  }

  // person-in-many-roles
  const criticalTeams = new Set<string>();
  for (const plan of model.byKind.plans) {
    if (plan.data.status !== 'approved') continue;
    const critical =
      plan.data.covers.services.some((id) => isCritical(tierById.services.get(id))) ||
      plan.data.covers.functions.some((id) => isCritical(tierById.bia.get(id)));
    if (critical) for (const t of plan.data.teams) criticalTeams.add(t);
  }
  const primaryRoles = new Map<string, string[]>();
  for (const team of model.byKind.teams) {
    if (!criticalTeams.has(team.id)) continue;
    const seen = new Set<string>();
    for (const m of team.data.members) {
      if (m.as !== 'primary' || m.person === RESTRICTED || seen.has(`${m.person}\n${m.role}`))
        continue;
      seen.add(`${m.person}\n${m.role}`);
      primaryRoles.set(m.person, [...(primaryRoles.get(m.person) ?? []), `${m.role} (${team.id})`]);
    }
  }
  for (const [person, roles] of primaryRoles) {
    const teams = new Set(roles.map((r) => r.slice(r.lastIndexOf('(') + 1, -1)));
    if (roles.length < MANY_ROLES && teams.size < 2) continue;
    gaps.push({
      rule: 'person-in-many-roles',
      severity: 'medium',
      key: `people/${person}`,
      title: titleOf(model, 'people', person),
      message: `${person} is primary in ${roles.length} roles of teams that carry out plans for tier 1-2 records: ${list(roles)}.`,
      fix: `Hand some of these roles to other people, or name alternates who can act while ${person} is busy with another role, so one absence does not stall several recoveries.`,
    });
  }

  // plan-channel-depends-on-recovery
  for (const plan of model.byKind.plans) {
    if (
      plan.data.status === 'retired' ||
      plan.data.channels.length === 0 ||
      plan.data.covers.services.length === 0
    )
      continue;
    // Per channel, the covered services it is, or fails with: a membership test in each impact set.
    for (const ch of plan.data.channels) {
      const channel = graph.index.get(`services/${ch}`);
      if (channel === undefined) continue;
      const on = new Set(
        plan.data.covers.services.filter((covered) => {
          const node = graph.index.get(`services/${covered}`);
          return node !== undefined && (node === channel || failsWith(impact, channel, node));
        }),
      );
      if (on.size === 0) continue;
      const others = [...on].filter((c) => c !== ch).sort();
      const parts = [
        on.has(ch) && `is itself a service the plan recovers`,
        others.length > 0 &&
          `fails when ${list(others)}, which the plan recovers, ${others.length === 1 ? 'fails' : 'fail'}`,
      ].filter(Boolean);
      gaps.push({
        rule: 'plan-channel-depends-on-recovery',
        severity: 'high',
        key: `plans/${plan.id}`,
        title: plan.data.title,
        message: `Channel ${ch} ${parts.join(' and ')}, so it may be down exactly when the plan is needed.`,
        fix: `Replace ${ch} in channels with a channel that does not fail with what the plan recovers (for example the teams' out-of-band route), or add such a channel as a fallback.`,
      });
    }
  }

  // single-point-of-failure
  const alternateFor = new Set<string>();
  for (const s of model.byKind.services)
    for (const d of s.data.dependsOn)
      if ('alternate' in d && d.alternate) alternateFor.add(d.service);
  const { entries } = rec;
  for (let node = 0; node < graph.keys.length; node++) {
    const kind = graph.kinds[node];
    if (kind === 'bia') continue;
    const id = graph.ids[node];
    if (kind === 'services') {
      const x = rec.nodes[rec.nodeOf[node]];
      if (x.impact.tier1Functions < SPOF_FUNCTIONS) continue;
      const means = entries[node].data as { alternateMeans?: string };
      if (
        alternateFor.has(id) ||
        (means.alternateMeans !== undefined &&
          means.alternateMeans.trim().toLowerCase() !== 'none' &&
          means.alternateMeans.trim() !== '')
      )
        continue;
    } else if (kind === 'vendors') {
      const s = entries[node].data as { substitutability: string };
      if (s.substitutability !== 'hard' && s.substitutability !== 'none') continue;
    } else if ((entries[node].data as { alternates: string[] }).alternates.length > 0) continue;
    // Tier-1 functions lead the impact sets (see recovery.ts): count them, name the first few.
    const count = countImpact(impact, node).leading;
    if (count < SPOF_FUNCTIONS) continue;
    const named = impactedLeading(impact, node, LISTED).map((f) => graph.ids[f]);
    const data = entries[node].data as { title: string; substitutability?: string };
    const why =
      kind === 'services'
        ? 'it has no alternate (no dependency on it names an alternate and it has no manual workaround)'
        : kind === 'vendors'
          ? `it is hard to replace (substitutability "${data.substitutability}")`
          : 'it has no alternate location';
    gaps.push({
      rule: 'single-point-of-failure',
      severity: 'high',
      key: graph.keys[node],
      title: data.title,
      message: `Losing ${id} breaks ${plural(count, 'tier-1 function')} (${listSome(named, count)}) and ${why}.`,
      fix:
        kind === 'services'
          ? `Add redundancy to ${id}, write a manual workaround in alternateMeans, or name an alternate on the dependencies that point to it.`
          : kind === 'vendors'
            ? `Qualify a second provider or an in-house fallback for what ${id} supplies, and write an exit plan.`
            : `Name an alternate location in alternates and plan and exercise the failover to it.`,
    });
  }

  return sortGaps(gaps);
}

/**
 * Scenario coverage of every tier 1-2 service (sorted by tier, then id): for each scenario of
 * ScenarioSchema, whether an approved plan covering the service is written for it (planned),
 * and whether a completed exercise dated on or before asOf played it for the service
 * (exercised): the exercise lists the service in `services` or `results`, or lists an
 * approved plan that covers the service and is written for that scenario.
 * O(services + exercises x plans x covered services); rows with the same marks share their cells.
 */
export function scenarioCoverage(model: Model, rec: RecoveryAnalysis): Coverage {
  const scenarios = [...ScenarioSchema.options];
  const bit = new Map(scenarios.map((sc, i) => [sc as string, 1 << i]));
  const cover = listApprovedCover(model);
  // Scenarios exercised per service id, as a bit mask over `scenarios`.
  const exercised = new Map<string, number>();
  const mark = (service: string, mask: number) =>
    exercised.set(service, (exercised.get(service) ?? 0) | mask);
  const plans = new Map(model.byKind.plans.map((p) => [p.id, p]));
  for (const x of model.byKind.exercises) {
    const { status, date, scenario } = x.data;
    if (status !== 'completed' || date > model.asOf || scenario === undefined) continue;
    const mask = bit.get(scenario)!;
    for (const s of x.data.services) mark(s, mask);
    for (const r of x.data.results) mark(r.service, mask);
    for (const id of x.data.plans) {
      const plan = plans.get(id);
      if (!plan || plan.data.status !== 'approved' || !plan.data.scenarios.includes(scenario))
        continue;
      for (const s of plan.data.covers.services) mark(s, mask);
    }
  }
  // Rows share their (read-only) cells: there are only so many planned/exercised combinations.
  const cellsOf = new Map<number, CoverageCell[]>();
  const cells = (planned: number, done: number) => {
    const code = planned * (1 << scenarios.length) + done;
    let out = cellsOf.get(code);
    if (!out)
      cellsOf.set(
        code,
        (out = Object.freeze(
          scenarios.map((scenario, i) =>
            Object.freeze({
              scenario,
              planned: (planned & (1 << i)) !== 0,
              exercised: (done & (1 << i)) !== 0,
            }),
          ),
        ) as CoverageCell[]),
      );
    return out;
  };
  const rows = rec.nodes
    .filter((x) => x.kind === 'services' && isCritical(x.tier))
    .sort((a, b) => a.tier! - b.tier! || cmp(a.id, b.id))
    .map((x): CoverageRow => {
      let planned = 0;
      for (const p of cover.get(x.key) ?? [])
        for (const sc of p.data.scenarios) planned |= bit.get(sc)!;
      return {
        key: x.key,
        title: x.title,
        tier: x.tier!,
        cells: cells(planned, exercised.get(x.id) ?? 0),
      };
    });
  return { scenarios, rows };
}
