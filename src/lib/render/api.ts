/**
 * The machine-readable documents written under dist/api/v1/: plain JSON-ready objects by path,
 * each validated against its schema in api-schema.ts. Lists stay linear in the number of
 * records; what grows with records times records (impacted sets, scenario details) goes into
 * one file per record or scenario.
 */
import { titleOf } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import { reasonsOf } from '../analytics/ranking.ts';
import type { RecordReadiness } from '../analytics/readiness.ts';
import type { Published, ShownAvailability } from '../publish/publish.ts';
import type { WindowFigures } from '../analytics/availability.ts';
import { nameOfKey } from '../publish/shown.ts';
import { formatText } from '../model/text.ts';
import { fieldOf } from '../model/issue.ts';
import { KINDS } from '../schema/index.ts';
import {
  API_VERSION,
  DOCUMENT_SCHEMAS,
  IndexSchema,
  toJsonSchemas,
  type DocumentType,
} from './api-schema.ts';

const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
/** An amount rounded to cents. */
const cents = (x: number) => Math.round(x * 100) / 100;

const windowDoc = (w: WindowFigures) => ({
  minutes: w.minutes,
  downtime: w.downtime,
  achieved: w.achieved,
  budget: nul(w.budget),
  left: nul(w.left),
});

function availabilityDoc(a: ShownAvailability | undefined) {
  if (!a) return null;
  return {
    target: nul(a.target),
    targetSource: nul(a.targetSource),
    year: windowDoc(a.year),
    quarter: windowDoc(a.quarter),
    overBudget: a.overBudget,
    incidents: a.incidents,
    restrictedIncidents: a.restrictedIncidents,
    mttr: nul(a.mttr),
    open: a.open,
  };
}

function summary(
  x: NodeRecovery,
  readiness: Map<string, RecordReadiness>,
  availability: Map<string, ShownAvailability>,
) {
  const r = readiness.get(x.key);
  return {
    key: x.key,
    id: x.id,
    title: x.title,
    owner: x.owner,
    tier: nul(x.tier),
    rto: {
      declared: nul(x.rto.declared),
      required: nul(x.rto.required),
      requiredPath: x.rto.requiredPath,
      inversion: x.rto.inversion,
      target: nul(x.rto.target),
      achievable: nul(x.rto.achievable),
      bottleneck: x.rto.bottleneck,
      gap: nul(x.rto.gap),
    },
    rpo: {
      declared: nul(x.rpo.declared),
      required: nul(x.rpo.required),
      requiredPath: x.rpo.requiredPath,
      inversion: x.rpo.inversion,
    },
    ownRecovery: x.ownRecovery
      ? {
          minutes: nul(x.ownRecovery.minutes),
          source: x.ownRecovery.source,
          exercise: nul(x.ownRecovery.exercise),
          incident: nul(x.ownRecovery.incident),
        }
      : null,
    derivedMtpd: nul(x.derivedMtpd),
    wave: nul(x.wave),
    inCycle: x.inCycle,
    impact: {
      functions: x.impact.functions,
      services: x.impact.services,
      tier1Functions: x.impact.tier1Functions,
      worstLevel: nul(x.impact.worstLabel),
    },
    rank: x.rank,
    reasons: reasonsOf(x).map((t) => formatText(t, nameOfKey)),
    readiness: r ? { score: r.score, checks: { ...r.checks } } : null,
    availability: availabilityDoc(availability.get(x.key)),
  };
}

/**
 * Every API document of one edition by path relative to the site root ("api/v1/services.json"),
 * validated. Figures are the whole organisation's; records the edition leaves out are counted
 * (index.json `restricted`, `impacted.restricted`, `waves[].restricted`), never named.
 */
export const toApiDocuments = (analysis: Published): Map<string, unknown> =>
  new Map(eachApiDocument(analysis));

/**
 * The same documents one at a time, each made when it is asked for: writing them out holds one
 * document, not 12,000 (the build's peak memory is at its end, where they are written).
 */
export function* eachApiDocument(analysis: Published): Generator<[string, unknown]> {
  const { model } = analysis;
  const described: { path: string; description: string }[] = [];
  const env = (data: unknown) => ({ apiVersion: API_VERSION, asOf: model.asOf, data });
  const put = (
    type: DocumentType,
    path: string,
    data: unknown,
    description?: string,
  ): [string, unknown] => {
    const doc = DOCUMENT_SCHEMAS[type].parse(env(data));
    if (description) described.push({ path: `api/v1/${path}`, description });
    return [`api/v1/${path}`, doc];
  };
  const rec = analysis.recovery;
  const readiness = new Map(analysis.readiness.records.map((r) => [r.key, r]));
  const availability = new Map(analysis.availability.items.map((a) => [a.key, a]));
  const nodes = (kind: 'services' | 'bia') =>
    rec.nodes.filter((x) => x.kind === kind).sort((a, b) => a.rank - b.rank);
  for (const [kind, name] of [
    ['services', 'services'],
    ['bia', 'functions'],
  ] as const) {
    yield put(
      'records',
      `${name}.json`,
      nodes(kind).map((x) => summary(x, readiness, availability)),
      `Every ${kind === 'bia' ? 'business function' : 'service'} by priority rank: tier, declared/required/achievable RTO and RPO with paths, wave, impact, readiness${kind === 'bia' ? '' : ', availability against target'}.`,
    );
    for (const x of nodes(kind))
      yield put('record', `${name}/${x.id}.json`, {
        ...summary(x, readiness, availability),
        impacted: rec.impact(x.key),
      });
  }
  described.push(
    {
      path: 'api/v1/services/{id}.json',
      description: 'One service with the full lists of functions and services that fail with it.',
    },
    { path: 'api/v1/functions/{id}.json', description: 'One business function.' },
  );
  yield put(
    'cycles',
    'cycles.json',
    rec.cycles,
    'Groups of records that hard-depend on each other, each once: all members and one example cycle as a closed path.',
  );
  yield put(
    'waves',
    'waves.json',
    rec.waves,
    'Recovery waves after a wide outage, ordered inside a wave by target RTO then rank.',
  );
  const { cost } = analysis;
  const costSummary = (id: string) => {
    const c = cost.scenario(id);
    return c && cost.configured
      ? { currency: cost.currency, total: cents(c.total), costed: c.costed, notCosted: c.notCosted }
      : null;
  };
  const costDetail = (id: string) => {
    const c = cost.scenario(id);
    if (!c || !cost.configured) return null;
    return {
      currency: cost.currency,
      total: cents(c.total),
      costed: c.costed,
      notCosted: c.notCosted,
      functions: c.functions.map((f) => ({
        key: f.key,
        basis: f.basis,
        from: f.from,
        to: f.to,
        cost: cents(f.cost),
        segments: f.segments.map((g) => ({
          from: g.from,
          to: g.to,
          level: nul(g.level),
          perHour: g.perHour,
          cost: cents(g.cost),
        })),
      })),
      restricted: { functions: c.restricted.count, cost: cents(c.restricted.cost) },
      uncosted: c.uncosted.map((u) => ({ key: u.key, reason: u.reason })),
      uncostedRestricted: c.uncostedRestricted,
      curve: c.curve.map((p) => ({ at: p.at, cost: cents(p.cost) })),
    };
  };
  const gapCost = (rule: string, key: RecordKey) => {
    const t = rule === 'target-unreachable' ? cost.target(key) : undefined;
    return t && cost.configured
      ? {
          currency: cost.currency,
          total: cents(t.total),
          hoursLate: cents(t.hoursLate),
          costed: t.costed,
          notCosted: t.notCosted,
        }
      : null;
  };
  yield put(
    'scenarios',
    'scenarios.json',
    analysis.scenarios.items.map((s) => ({
      id: s.id,
      title: s.title,
      source: s.source,
      lost: s.lost,
      functions: s.counts.functions,
      services: s.counts.services,
      broken: s.counts.broken,
      atRisk: s.counts.atRisk,
      cost: costSummary(s.id),
    })),
    'Every outage scenario (loss of each location and vendor, and declared ones) with counts.',
  );
  for (const s of analysis.scenarios.items) {
    yield put('scenario', `scenarios/${s.id}.json`, {
      id: s.id,
      title: s.title,
      source: s.source,
      description: nul(s.description),
      lost: s.lost,
      broken: s.broken,
      atRisk: s.atRisk,
      irreplaceable: s.irreplaceable,
      waves: s.waves,
      functions: s.functions.map((f) => ({
        key: f.key,
        target: nul(f.target),
        achievable: nul(f.achievable),
        met: nul(f.met),
        wave: nul(f.wave),
        atRisk: f.atRisk === true,
      })),
      services: s.services.map((f) => ({
        key: f.key,
        target: nul(f.target),
        achievable: nul(f.achievable),
        met: nul(f.met),
        wave: nul(f.wave),
        atRisk: f.atRisk === true,
      })),
      cost: costDetail(s.id),
    });
  }
  described.push({
    path: 'api/v1/scenarios/{id}.json',
    description:
      'One scenario: impacted functions and services with achievable vs target times, waves, broken and at-risk targets, and the estimated cost of downtime with its inputs.',
  });
  yield put(
    'reviews',
    'reviews.json',
    analysis.reviews.items.map((r) => ({
      key: r.key,
      title: r.title,
      owner: r.owner,
      check: r.check,
      due: nul(r.due),
      status: r.status,
      daysLate: nul(r.daysLate),
      detail: formatText(r.detail),
      change: r.change
        ? {
            exercise: r.change.exercise,
            exercised: r.change.exercised,
            on: r.change.on,
            commit: nul(r.change.commit),
            changes: r.change.changes,
          }
        : null,
    })),
    'Reviews, exercises, re-tests of plans and services changed since their last exercise, contact checks, training, findings and audits with their due dates and status.',
  );
  yield put(
    'gaps',
    'gaps.json',
    analysis.gaps.items.map((g) => ({
      rule: g.rule,
      severity: g.severity,
      key: g.key,
      title: titleOf(model, g.key),
      owner: nul(analysis.ownerOf(g.key)),
      message: formatText(g.message),
      fix: formatText(g.fix),
      cost: gapCost(g.rule, g.key),
    })),
    'Continuity gaps with severity and fix.',
  );
  const heat = (which: 'inherent' | 'residual') =>
    analysis.risks.heatMaps[which].cells.map((c) => ({
      likelihood: c.likelihood,
      impact: c.impact,
      count: c.count,
    }));
  yield put(
    'risks',
    'risks.json',
    {
      appetite: model.settings.riskAppetite,
      risks: analysis.risks.items.map((r) => ({
        key: keyOf('risks', r.id),
        title: r.title,
        owner: r.owner,
        category: r.category,
        status: r.status,
        inherent: r.inherent.score,
        residual: r.residual.score,
        treatment: nul(r.treatment),
        aboveAppetite: r.aboveAppetite,
        untreatedAboveAppetite: r.untreatedAboveAppetite,
      })),
      heatMaps: { inherent: heat('inherent'), residual: heat('residual') },
    },
    'Risk scores (likelihood x impact), inherent and residual, with 5x5 heat maps and the appetite.',
  );
  yield put(
    'availability',
    'availability.json',
    {
      window: analysis.availability.window,
      services: analysis.availability.items.map((a) => ({
        key: a.key,
        ...availabilityDoc(a),
      })),
      restricted: analysis.availability.restricted,
    },
    'Availability of every service with a target or downtime: target, downtime budget, downtime and achieved availability in the last 365 and 91 days, MTTR, incidents.',
  );
  yield put(
    'readiness',
    'readiness.json',
    {
      overall: { ...analysis.readiness.overall },
      records: analysis.readiness.records.map((r) => ({
        key: r.key,
        score: r.score,
        checks: { ...r.checks },
      })),
    },
    'Readiness per service and function and overall: share of checks met.',
  );
  yield put(
    'standards',
    'standards.json',
    analysis.standards.map((c) => ({
      id: c.standard.id,
      title: c.standard.title,
      counts: { ...c.counts },
      requirements: c.requirements.map((r) => ({
        id: r.requirement.id,
        ref: r.requirement.ref,
        title: r.requirement.title,
        status: r.status,
        met: r.met,
        total: r.total,
        summary: r.summary,
        evidence: r.evidence,
        evidenceRestricted: r.evidenceRestricted,
        missing: r.missing.map((m) => ({ key: nul(m.key), reason: formatText(m.reason) })),
        missingRestricted: r.missingRestricted,
      })),
    })),
    "The standards' checklists (ISO 22301, DORA and its RTS, NIST SP 800-34): each requirement met, partly or not, with the records that show it and what is missing (since 1.5.0).",
  );
  yield put(
    'issues',
    'issues.json',
    [...model.issues, ...analysis.issues.items].map((i) => ({
      severity: i.severity,
      file: i.file,
      field: fieldOf(i),
      rule: i.rule,
      message: i.message,
      fix: i.fix,
    })),
    'Data-quality warnings.',
  );
  yield ['api/v1/schema.json', toJsonSchemas()];
  described.push({ path: 'api/v1/schema.json', description: 'JSON Schema of every document.' });
  const counts = Object.fromEntries(KINDS.map((k) => [k, model.byKind[k].length]));
  const restricted = {
    records: analysis.shown.left,
    'services.json, functions.json': rec.restricted,
    'scenarios.json': analysis.scenarios.restricted,
    'reviews.json': analysis.reviews.restricted,
    'gaps.json': analysis.gaps.restricted,
    'risks.json': analysis.risks.restricted,
    'readiness.json': analysis.readiness.restricted,
    'standards.json': analysis.standards.reduce(
      (n, c) =>
        n + c.requirements.reduce((m, r) => m + r.evidenceRestricted + r.missingRestricted, 0),
      0,
    ),
    'issues.json': analysis.issues.restricted,
  };
  yield [
    'api/v1/index.json',
    IndexSchema.parse({
      apiVersion: API_VERSION,
      asOf: model.asOf,
      organisation: model.settings.name,
      edition: analysis.edition,
      counts,
      restricted,
      documents: described,
    }),
  ];
}
