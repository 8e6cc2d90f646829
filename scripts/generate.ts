/**
 * Seeded generator of synthetic organisations for benchmarks and scale tests. Deterministic
 * for a seed: the same options give the same files. Structure follows real estates: shared
 * infrastructure at the bottom with heavy fan-in, platforms and data stores above it,
 * applications and business services on top, end-user services beside them, a few mutual
 * hard dependencies (the DNS <-> directory pattern) and business functions on top.
 * Pure: returns file contents by relative path; gen.ts writes them.
 */
import yaml from 'js-yaml';

export interface GenerateOptions {
  services: number;
  /** Business functions (BIA records). Default services / 5. */
  functions?: number;
  /** Total service-to-service dependency edges. Default 3 x services. */
  edges?: number;
  /** Default services / 2. */
  risks?: number;
  /** Default services / 10. */
  plans?: number;
  seed?: number;
  organisationName?: string;
}

/** mulberry32: small, fast, well-distributed 32-bit PRNG; `prng(seed)()` gives numbers in [0, 1). */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAYERS = [
  { kind: 'infrastructure', share: 0.06, rto: ['30m', '1h', '1h', '2h'] },
  { kind: 'platform', share: 0.1, rto: ['1h', '2h', '2h', '4h'] },
  { kind: 'data', share: 0.14, rto: ['2h', '4h', '4h', '8h'] },
  { kind: 'application', share: 0.5, rto: ['4h', '8h', '1d', '1d'] },
  { kind: 'business-service', share: 0.15, rto: ['4h', '8h', '1d', '3d'] },
  { kind: 'end-user', share: 0.05, rto: ['4h', '1d', '3d', '1w'] },
] as const;
const RPO_FOR_DATA = ['5m', '15m', '1h', '4h'];
const NOUNS = [
  'ledger',
  'orders',
  'billing',
  'catalogue',
  'identity',
  'search',
  'pricing',
  'routing',
  'claims',
  'inventory',
  'payments',
  'reporting',
  'messaging',
  'storage',
  'analytics',
  'scheduling',
  'documents',
  'customers',
  'shipping',
  'audit',
];
const SCENARIOS = [
  'cyber-attack',
  'third-party-failure',
  'site-loss',
  'ict-failure',
  'power-outage',
];

const pad = (n: number, w = 5) => String(n).padStart(w, '0');
const doc = (data: object, body: string) =>
  `---\n${yaml.dump(data, { lineWidth: -1, noRefs: true, sortKeys: false })}---\n${body}\n`;

/** Generates an organisation as a map of relative path -> file text. */
export function generateOrganisation(opts: GenerateOptions): Map<string, string> {
  const rnd = prng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const n = Math.max(10, opts.services);
  const nFunctions = opts.functions ?? Math.max(3, Math.round(n / 5));
  const nEdges = opts.edges ?? n * 3;
  const nRisks = opts.risks ?? Math.max(5, Math.round(n / 2));
  const nPlans = opts.plans ?? Math.max(3, Math.round(n / 10));
  const nTeams = Math.max(5, Math.round(n / 25));
  const nPeople = nTeams * 3;
  const nVendors = Math.max(5, Math.round(n / 50));
  const files = new Map<string, string>();
  const asOfYear = 2026;
  const date = (maxAgeDays: number) => {
    const t = Date.UTC(asOfYear, 9, 31) - Math.floor(rnd() * maxAgeDays) * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  };

  files.set(
    'organisation.yaml',
    yaml.dump({
      name:
        opts.organisationName ?? `Generated organisation (${n} services, seed ${opts.seed ?? 1})`,
      // Rates per impact level, so the cost of downtime is computed (and benchmarked) at scale.
      costOfDowntime: { perHour: { low: 500, medium: 2000, high: 8000, severe: 20000 } },
    }),
  );
  const teams = Array.from({ length: nTeams }, (_, i) => `team-${pad(i, 3)}`);
  const people = Array.from({ length: nPeople }, (_, i) => `person-${pad(i, 4)}`);
  const locations = ['dc-a', 'dc-b', 'cloud-region-1', 'cloud-region-2', 'head-office'];
  const vendors = Array.from({ length: nVendors }, (_, i) => `vendor-${pad(i, 3)}`);

  teams.forEach((id, i) =>
    files.set(
      `teams/${id}.md`,
      doc(
        {
          title: `Team ${i}`,
          owner: id,
          members: [0, 1, 2].map((k) => ({
            person: people[i * 3 + k],
            role: k === 2 ? 'Engineer' : 'Lead',
            as: k === 1 ? 'alternate' : 'primary',
          })),
          escalation: [people[i * 3], people[i * 3 + 1]],
          lastReviewed: date(500),
        },
        `Team ${i}.`,
      ),
    ),
  );
  people.forEach((id, i) =>
    files.set(
      `people/${id}.md`,
      doc(
        {
          title: `Person ${i}`,
          owner: teams[Math.floor(i / 3)],
          roles: ['Engineer'],
          phone: `+44 20 7946 ${pad(i % 10000, 4)}`,
          deputy: people[i % 3 === 0 ? i + 1 : i - 1],
          mayDeclareDisaster: i % 3 === 0,
          contactVerified: date(300),
        },
        '',
      ),
    ),
  );
  locations.forEach((id, i) =>
    files.set(
      `locations/${id}.md`,
      doc(
        {
          title: id,
          owner: teams[0],
          type: i < 2 ? 'data-centre' : i < 4 ? 'cloud-region' : 'office',
          alternates: i < 2 ? [locations[1 - i]] : [],
        },
        '',
      ),
    ),
  );

  // Services by layer; each layer's dependencies point at lower layers (plus a few mutual pairs).
  const layerOf: number[] = [];
  let acc = 0;
  const bounds = LAYERS.map((l) => (acc += l.share));
  for (let i = 0; i < n; i++) layerOf.push(bounds.findIndex((b) => (i + 0.5) / n <= b));
  const ids = Array.from({ length: n }, (_, i) => `svc-${pad(i)}-${NOUNS[i % NOUNS.length]}`);
  const byLayer = LAYERS.map((_, l) => ids.filter((__, i) => layerOf[i] === l));
  const tierIdx = ids.map(() => Math.floor(rnd() * 4));
  const deps: { service: string; type: 'hard' | 'soft' }[][] = ids.map(() => []);
  const lowerOfLayer = LAYERS.map((_, l) => byLayer.slice(0, Math.max(1, l)).flat());
  // Popularity skew: lower-indexed services in a layer are picked more often (fan-in on shared infrastructure).
  const skewPick = (xs: string[]) => xs[Math.floor(Math.pow(rnd(), 2) * xs.length)];
  for (let e = 0, guard = 0; e < nEdges && guard < nEdges * 4; guard++) {
    const i = Math.floor(rnd() * n);
    if (layerOf[i] === 0) continue;
    const target = skewPick(lowerOfLayer[layerOf[i]]);
    if (!target || target === ids[i] || deps[i].some((d) => d.service === target)) continue;
    deps[i].push({ service: target, type: rnd() < 0.8 ? 'hard' : 'soft' });
    e++;
  }
  // A few mutual hard dependencies inside the infrastructure layer: real cycles.
  const infra = byLayer[0];
  for (let c = 0; c + 1 < infra.length && c < Math.max(1, Math.round(n / 500)) * 2; c += 2) {
    const a = ids.indexOf(infra[c]);
    const b = ids.indexOf(infra[c + 1]);
    deps[a].push({ service: infra[c + 1], type: 'hard' });
    deps[b].push({ service: infra[c], type: 'hard' });
  }
  ids.forEach((id, i) => {
    const layer = LAYERS[layerOf[i]];
    const rto = layer.rto[tierIdx[i]];
    const isData = layer.kind === 'data';
    const rpo = isData ? RPO_FOR_DATA[tierIdx[i]] : undefined;
    files.set(
      `services/${id}.md`,
      doc(
        {
          title: `${NOUNS[i % NOUNS.length]} ${layer.kind} ${i}`,
          owner: teams[i % nTeams],
          kind: layer.kind,
          rto,
          ...(rpo ? { rpo, backup: { interval: rpo, lastRestoreTest: date(400) } } : {}),
          recoveryTime: pick(['15m', '30m', '1h', '2h']),
          dependsOn: deps[i].map((d) => (d.type === 'hard' ? d.service : d)),
          vendors: rnd() < 0.2 ? [pick(vendors)] : [],
          locations: [locations[i % 4]],
          ...(rnd() < 0.9 ? { lastReviewed: date(500) } : {}),
        },
        `Generated ${layer.kind} ${i}.`,
      ),
    );
  });
  vendors.forEach((id, i) =>
    files.set(
      `vendors/${id}.md`,
      doc(
        {
          title: `Vendor ${i}`,
          owner: teams[i % nTeams],
          supplies: [ids[(i * 7) % n]],
          substitutability: pick(['easy', 'medium', 'hard', 'none']),
          lastAudit: date(600),
        },
        '',
      ),
    ),
  );

  const top = [...byLayer[3], ...byLayer[4]];
  const fnIds = Array.from({ length: nFunctions }, (_, i) => `fn-${pad(i)}`);
  fnIds.forEach((id, i) => {
    const mtpd = pick(['1d', '3d', '1w']);
    files.set(
      `bia/${id}.md`,
      doc(
        {
          title: `Business function ${i}`,
          owner: teams[i % nTeams],
          mtpd,
          rto: pick(['4h', '8h']),
          wrt: '4h',
          rpo: '1h',
          impacts: {
            financial: { '4h': 'medium', [mtpd]: 'high' },
            customer: { '1h': 'low', [mtpd]: 'severe' },
          },
          dependsOn: [
            ...new Set(Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => skewPick(top))),
          ],
          lastReviewed: date(500),
        },
        `Generated function ${i}.`,
      ),
    );
  });
  const planIds = Array.from({ length: nPlans }, (_, i) => `plan-${pad(i)}`);
  planIds.forEach((id, i) =>
    files.set(
      `plans/${id}.md`,
      doc(
        {
          title: `Recovery plan ${i}`,
          owner: teams[i % nTeams],
          type: pick(['service-continuity', 'disaster-recovery', 'incident-response']),
          status: rnd() < 0.8 ? 'approved' : 'draft',
          covers: {
            services: [...new Set([ids[(i * 13) % n], ids[(i * 29 + 3) % n]])],
            functions: [fnIds[i % nFunctions]],
          },
          teams: [teams[i % nTeams]],
          declaredBy: [people[(i % nTeams) * 3]],
          scenarios: [pick(SCENARIOS)],
          channels: [],
          steps: [
            { id: 'assess', phase: 'assess', role: 'Lead', action: 'Assess.', estimate: '30m' },
            {
              id: 'recover',
              phase: 'recover',
              role: 'Engineer',
              action: 'Recover.',
              estimate: '2h',
              after: ['assess'],
            },
          ],
          lastReviewed: date(500),
        },
        `Generated plan ${i}.`,
      ),
    ),
  );
  for (let i = 0; i < nRisks; i++) {
    const l = 1 + Math.floor(rnd() * 5);
    const im = 1 + Math.floor(rnd() * 5);
    files.set(
      `risks/risk-${pad(i)}.md`,
      doc(
        {
          title: `Risk ${i}`,
          owner: teams[i % nTeams],
          category: pick(['cyber', 'third-party', 'facilities', 'technology']),
          likelihood: l,
          impact: im,
          residualLikelihood: Math.max(1, l - 1),
          residualImpact: im,
          ...(rnd() < 0.85 ? { treatment: 'mitigate' } : {}),
          affects: { services: [ids[(i * 17) % n]] },
          mitigatedBy: { plans: [planIds[i % nPlans]] },
          lastReviewed: date(500),
        },
        '',
      ),
    );
  }
  const nExercises = Math.max(2, Math.round(nPlans / 2));
  for (let i = 0; i < nExercises; i++) {
    const plan = planIds[i % nPlans];
    const svc = ids[(i * 13) % n];
    const d = date(700);
    files.set(
      `exercises/ex-${pad(i)}.md`,
      doc(
        {
          title: `Exercise ${i}`,
          owner: teams[i % nTeams],
          type: pick(['tabletop', 'restore-test', 'failover']),
          date: d,
          status: 'completed',
          plans: [plan],
          services: [svc],
          participants: [people[(i % nTeams) * 3]],
          results: [{ service: svc, recoveryTime: pick(['30m', '1h', '3h']) }],
          outcome: pick(['success', 'partial']),
        },
        '',
      ),
    );
  }
  files.set(
    'guides/about.md',
    doc(
      { title: 'About this generated organisation', owner: teams[0], classification: 'public' },
      'Synthetic data for benchmarks.',
    ),
  );
  return files;
}
