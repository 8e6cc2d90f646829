import { describe, it, expect } from 'vitest';
import {
  toDependencyView,
  VIEW_LIMIT,
  ALL_DEPTHS_UP_TO,
  builtDepths,
  DEFAULT_DEPTH,
  type ViewDepth,
} from '../../src/lib/render/dependency-view.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import { generatedModel } from '../analytics/sample.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { publish } from '../../src/lib/publish/publish.ts';
import type { Rec } from '../helpers.ts';
import { expectNoLeftOutRecord, href, literalSite, sampleSite } from './sites.ts';

const view = (key: RecordKey, depth: ViewDepth) => `/map/${key}/depth-${depth}/`;
const svc = (id: string, data: Record<string, unknown> = {}): Rec => ({
  kind: 'services',
  id,
  data: { kind: 'application', rto: '4h', recoveryTime: '1h', ...data },
});

//   sales (function) --> web --> api --> db --> disk
//                        web ..soft..> cache
//                        api --> vault (confidential) ; db --> dup-a, api --> dup-b (one title)
//   web and db live in dc-1; the team "hidden" (confidential) owns cache
const recs: Rec[] = [
  { kind: 'teams', id: 'hidden', data: { classification: 'confidential' } },
  { kind: 'locations', id: 'dc-1', data: { type: 'data-centre', title: 'DC One' } },
  {
    kind: 'bia',
    id: 'sales',
    data: { rto: '2h', impacts: { customer: { '4h': 'high' } }, dependsOn: ['web'] },
  },
  svc('web', {
    title: 'Web shop',
    locations: ['dc-1'],
    dependsOn: ['api', { service: 'cache', type: 'soft' }],
  }),
  svc('cache', { owner: 'hidden' }),
  svc('api', { title: 'Order API', dependsOn: ['db', 'vault', 'dup-b'], recoveryTime: '30m' }),
  svc('vault', { classification: 'confidential', title: 'Secret vault' }),
  svc('db', {
    title: 'Ledger',
    kind: 'data',
    locations: ['dc-1'],
    dependsOn: ['disk', 'dup-a'],
    recoveryTime: '3h',
  }),
  svc('disk', { kind: 'infrastructure', recoveryTime: '2h' }),
  svc('dup-a', { title: 'Cluster', recoveryTime: '5m' }),
  svc('dup-b', { title: 'Cluster', recoveryTime: '5m' }),
];
const site = literalSite(recs, 'internal');
const at = (key: RecordKey, depth: ViewDepth) => toDependencyView(site, key, depth, href, view);

describe('toDependencyView', () => {
  it('shows what the record depends on and what depends on it to the depth, and not beyond', () => {
    const v = at('services/api', 1);
    expect(v.nodes.map((n) => [n.key, n.layer])).toEqual([
      ['services/api', 0],
      ['services/dup-b', 1],
      ['services/db', 1],
      ['services/web', -1],
    ]);
    expect(v.nodes.some((n) => n.key === 'services/disk')).toBe(false);
    expect(v.counts).toEqual({ upstream: 2, downstream: 1, leftOut: 0, unnamed: 1, beyond: true });
    const two = at('services/api', 2);
    expect(two.nodes.map((n) => n.key)).toEqual(
      expect.arrayContaining(['services/disk', 'services/dup-a', 'bia/sales']),
    );
    // The cache is a sibling (web needs both): neither upstream nor downstream of the API.
    expect(two.nodes.some((n) => n.key === 'services/cache')).toBe(false);
  });

  it('draws the bottleneck path bold and names it', () => {
    const v = at('services/web', 3);
    expect(v.bottleneck).toBe('Web shop → Order API → Ledger → disk');
    expect(v.edges.filter((e) => e.bottleneck).map((e) => `${e.from}>${e.to}`)).toEqual([
      'services/web>services/api',
      'services/api>services/db',
      'services/db>services/disk',
    ]);
    expect(v.svg.match(/class="edge hard bottleneck"/g)).toHaveLength(3);
    expect(v.nodes.filter((n) => n.onBottleneck).map((n) => n.key)).toEqual([
      'services/web',
      'services/api',
      'services/db',
      'services/disk',
    ]);
  });

  it('keeps labels unique: two records with one title get their ids', () => {
    const v = at('services/api', 2);
    const labels = v.nodes.map((n) => n.label);
    expect(labels).toContain('Cluster (dup-a)');
    expect(labels).toContain('Cluster (dup-b)');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('lists for each record its tier, owner, what it needs and what needs it, as links', () => {
    const v = at('services/api', 1);
    const api = v.nodes[0];
    expect(api.needs.map((l) => l.href)).toEqual(['/services/dup-b/', '/services/db/']);
    // the vault is not named; nothing else it needs is outside the view
    expect(api.needsMore).toBe(' and 1 more not in this view');
    expect(api.neededBy).toEqual([{ label: 'Web shop', href: '/services/web/', soft: false }]);
    expect(api.owner).toEqual({ label: 'ops', href: '/teams/ops/' });
    const db = v.nodes.find((n) => n.key === 'services/db')!;
    expect(db.needs).toEqual([]);
    expect(db.needsMore).toBe('2 records not in this view');
    expect(db.view).toBe('/map/services/db/depth-2/');
    expect(db.locations).toEqual(['DC One']);
    expect(v.groups.map((g) => g.heading)).toEqual([
      'This service',
      'What it depends on (upstream, 2)',
      'What depends on it (downstream, 1)',
    ]);
  });

  it('offers filters by kind, owner team, location and tier with their counts', () => {
    const v = at('services/web', 1);
    const f = Object.fromEntries(v.filters.map((x) => [x.name, x.options]));
    expect(f.kind).toEqual([
      { value: 'application', label: 'Application', count: 3 },
      { value: 'bia', label: 'Business function', count: 1 },
    ]);
    expect(f.owner).toEqual([
      { value: 'ops', label: 'ops', count: 3 },
      { value: '(restricted)', label: 'restricted team', count: 1 },
    ]);
    expect(f.location).toEqual([{ value: 'dc-1', label: 'DC One', count: 1 }]);
    expect(v.svg).toContain('data-key="services/web" data-kind="application" data-owner="ops"');
  });

  it('links the pre-built depths, the current one marked', () => {
    expect(at('services/web', 2).depths).toEqual([
      { depth: 1, label: '1 step', href: '/map/services/web/depth-1/', current: false },
      { depth: 2, label: '2 steps', href: '/map/services/web/depth-2/', current: true },
      { depth: 3, label: '3 steps (the most)', href: '/map/services/web/depth-3/', current: false },
    ]);
  });

  it('names no record the edition leaves out, and counts them', () => {
    const whole = literalSite(recs, 'confidential');
    const v = at('services/api', 3);
    expect(JSON.stringify(v)).not.toContain('vault');
    expect(JSON.stringify(v)).not.toContain('Secret');
    expect(JSON.stringify(v)).not.toContain('hidden');
    expect(v.notes).toContain('1 more record next to these is not named in this edition.');
    const all = toDependencyView(whole, 'services/api', 3, href, view);
    expect(all.nodes.some((n) => n.key === 'services/vault')).toBe(true);
    expect(all.counts.unnamed).toBe(0);
  });

  it('names no left-out record of the sample organisation in any view', () => {
    const shown = sampleSite('internal');
    const whole = sampleSite('confidential');
    for (const n of shown.recovery.nodes)
      expectNoLeftOutRecord(shown, whole, toDependencyView(shown, n.key, 3, href, view));
  });

  it(`draws at most ${VIEW_LIMIT} records each way and says how many more there were`, () => {
    // hub <-- s0 ... s49
    const many: Rec[] = [
      svc('hub'),
      ...Array.from({ length: 50 }, (_, i) =>
        svc(`s${String(i).padStart(2, '0')}`, { dependsOn: ['hub'] }),
      ),
    ];
    const v = toDependencyView(literalSite(many, 'internal'), 'services/hub', 1, href, view);
    expect(v.counts.downstream).toBe(VIEW_LIMIT);
    expect(v.counts.leftOut).toBe(50 - VIEW_LIMIT);
    expect(v.notes[0]).toMatch(
      new RegExp(`^${50 - VIEW_LIMIT} more records within 1 step are left out`),
    );
    expect(v.nodes[1].key).toBe('services/s00');
  });
});

describe('depths pre-built for a large organisation', () => {
  it('builds every depth up to the limit and only the default depth above it, and says so', () => {
    expect(builtDepths(ALL_DEPTHS_UP_TO)).toEqual([1, 2, 3]);
    expect(builtDepths(ALL_DEPTHS_UP_TO + 1)).toEqual([DEFAULT_DEPTH]);
    const model = generatedModel(2_600);
    const site = publish(model, analyse(model), 'internal');
    expect(site.recovery.nodes.length).toBeGreaterThan(ALL_DEPTHS_UP_TO);
    const hub = [...site.recovery.nodes].sort((a, b) => b.impact.services - a.impact.services)[0];
    const v = toDependencyView(site, hub.key, DEFAULT_DEPTH, href, (k, d) => `/map/${k}/${d}/`);
    expect(v.depths.map((d) => d.depth)).toEqual([DEFAULT_DEPTH]);
    expect(v.notes.join(' ')).not.toContain('choose a greater depth');
  }, 60_000);
});
