import { describe, it, expect } from 'vitest';
import {
  byTierThenTitle,
  toCapped,
  toRecordListPages,
  type ListedRecord,
} from '../../src/lib/render/record-list.ts';
import { LIST_CAP, PAGE_SIZE } from '../../src/lib/render/paging.ts';
import {
  toImpactList,
  toRecordPage,
  toReferredByList,
  hasLongBacklinks,
} from '../../src/lib/render/record-page.ts';
import {
  toScenarioPage,
  toScenarioAffectedList,
  toScenarioPlansList,
  WAVE_CAP,
  TIMELINE_LIMIT,
} from '../../src/lib/render/scenario-page.ts';
import { toTabletop, toHandout, INJECT_CAP, INVOKE_CAP } from '../../src/lib/render/tabletop.ts';
import {
  toRolePage,
  toRoleHoldersList,
  toRolePlansList,
  ROLE_TEAM_CAP,
  ROLE_PLAN_CAP,
} from '../../src/lib/render/role-page.ts';
import { toTier1PlansPage, toTier1Packs } from '../../src/lib/render/tier1-plans-page.ts';
import {
  toDependencyView,
  toLeftOutList,
  walkView,
  VIEW_LIMIT,
} from '../../src/lib/render/dependency-view.ts';
import { getEntry, type Entry } from '../../src/lib/model/model.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import type { Rec } from '../helpers.ts';
import { href, literalSite, sampleSite } from './sites.ts';

const pad = (i: number) => String(i).padStart(2, '0');

// A hub and the estate around it, large enough for every cap:
//   fn00 ... fn59 (functions, RTO 2h or 2d) --> s00 ... s69 --> hub --> base
//   s00 ... s69 and hub live in dc (alternate dr); s00 ... s09 have an RTO of 1h (tier 1),
//   the others 2d (tier 2); plan p00 ... p54 each cover one service (owned by team t0 ... t2);
//   every team t00 ... t14 has a Lead (primary and alternate), every plan a step for a Lead.
const N_SERVICES = 70;
const N_FUNCTIONS = 60;
const N_PLANS = 55;
const N_TEAMS = 15;
const hubRecs: Rec[] = [
  { kind: 'locations', id: 'dc', data: { type: 'data-centre', alternates: ['dr'] } },
  { kind: 'locations', id: 'dr', data: { type: 'data-centre' } },
  ...Array.from({ length: N_TEAMS * 2 }, (_, i): Rec => ({ kind: 'people', id: `p${pad(i)}` })),
  ...Array.from({ length: N_TEAMS }, (_, i): Rec => ({
    kind: 'teams',
    id: `t${pad(i)}`,
    data: {
      members: [
        { person: `p${pad(2 * i)}`, role: 'Lead' },
        { person: `p${pad(2 * i + 1)}`, role: 'Lead', as: 'alternate' },
      ],
      escalation: [`p${pad(2 * i)}`],
    },
  })),
  {
    kind: 'services',
    id: 'base',
    data: { kind: 'infrastructure', rto: '30m', recoveryTime: '30m' },
  },
  {
    kind: 'services',
    id: 'hub',
    data: {
      kind: 'platform',
      rto: '1h',
      recoveryTime: '30m',
      dependsOn: ['base'],
      locations: ['dc'],
    },
  },
  ...Array.from({ length: N_SERVICES }, (_, i): Rec => ({
    kind: 'services',
    id: `s${pad(i)}`,
    data: {
      kind: 'application',
      title: `Service ${pad(N_SERVICES - i)}`,
      rto: i < 10 ? '1h' : '2d',
      recoveryTime: `${1 + (i % 5)}h`,
      dependsOn: ['hub'],
      locations: ['dc'],
      alternateMeans: `Paper forms for ${pad(i)}`,
    },
  })),
  ...Array.from({ length: N_FUNCTIONS }, (_, i): Rec => ({
    kind: 'bia',
    id: `fn${pad(i)}`,
    data: {
      rto: i % 2 ? '2h' : '2d',
      impacts: { customer: { '1d': 'high' } },
      dependsOn: [`s${pad(i)}`],
    },
  })),
  ...Array.from({ length: N_PLANS }, (_, i): Rec => ({
    kind: 'plans',
    id: `p${pad(i)}`,
    data: {
      type: 'disaster-recovery',
      status: 'approved',
      owner: `t${pad(i % 3)}`,
      teams: [`t${pad(i % N_TEAMS)}`],
      covers: { services: [`s${pad(i)}`] },
      steps: [{ id: 'a', phase: 'activate', role: 'Lead', action: 'Invoke.', estimate: '10m' }],
    },
  })),
];
const site = literalSite(hubRecs, 'confidential');
const entry = (key: RecordKey) =>
  getEntry(site.model, ...(key.split('/') as ['services', string]))!;
const keys = (items: readonly { key: RecordKey }[]) => items.map((i) => i.key);
/** Every item of a complete list, across its pages, in order. */
const allOf = (pages: ReturnType<typeof toRecordListPages>) => pages.flatMap((p) => p.page.items);

describe('toCapped', () => {
  it('shows the first items, says exactly how many more, and keeps the total', () => {
    expect(toCapped([1, 2, 3, 4, 5], 2)).toEqual({ shown: [1, 2], more: 3, total: 5 });
    expect(toCapped([1], 2)).toEqual({ shown: [1], more: 0, total: 1 });
    expect(toCapped([])).toEqual({ shown: [], more: 0, total: 0 });
  });
});

describe('byTierThenTitle', () => {
  it('puts tier 1 first and records without a tier last, then orders by title and key', () => {
    const items: ListedRecord[] = [
      { key: 'services/c', title: 'Beta' },
      { key: 'services/b', title: 'Alpha', tier: 2 },
      { key: 'services/a', title: 'Zulu', tier: 1 },
      { key: 'services/e', title: 'Alpha' },
      { key: 'services/d', title: 'Alpha' },
    ];
    expect(keys([...items].sort(byTierThenTitle))).toEqual([
      'services/a',
      'services/b',
      'services/d',
      'services/e',
      'services/c',
    ]);
  });
});

describe('toRecordListPages', () => {
  it('puts every item on exactly one page, in order, PAGE_SIZE a page', () => {
    const items = Array.from({ length: 250 }, (_, i) => ({
      key: `services/x${i}` as RecordKey,
      title: `X ${i}`,
    }));
    const pages = toRecordListPages({
      title: 't',
      intro: 'i',
      back: { href: '/', label: 'b' },
      items,
      restricted: 0,
    });
    expect(pages.map((p) => p.page.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 50]);
    expect(allOf(pages)).toEqual(items);
  });
});

describe('toRecordPage: capped lists of a hub', () => {
  const hub = toRecordPage(site, entry('services/hub'), href);
  const list = toImpactList(site, entry('services/hub'), '/services/hub/');

  it('names the first LIST_CAP of what fails with it, most important first, and counts the rest exactly', () => {
    const impact = hub.insights!.impact!;
    expect(impact.services).toHaveLength(LIST_CAP);
    expect(impact.servicesMore).toBe(N_SERVICES - LIST_CAP);
    expect(impact.functions).toHaveLength(LIST_CAP);
    expect(impact.functionsMore).toBe(N_FUNCTIONS - LIST_CAP);
    // Most important first: tiers never go down the list, titles ascend inside a tier.
    const rows = impact.services.map((l) => ({
      key: `services/${l.id}` as RecordKey,
      title: l.title,
      tier: site.recovery.tierOf(`services/${l.id}`),
    }));
    expect([...rows].sort(byTierThenTitle)).toEqual(rows);
    expect(rows[0].tier).toBe(1);
    expect(rows.at(-1)!.tier).toBeGreaterThan(1);
    expect(impact.servicesLabel).toBe(`Services (${N_SERVICES})`);
  });

  it('has a complete list holding every function and service that fails with it once, starting with the ones shown', () => {
    expect(list.items).toHaveLength(N_FUNCTIONS + N_SERVICES);
    expect(new Set(keys(list.items)).size).toBe(list.items.length);
    const shownServices = hub.insights!.impact!.services.map((l) => `services/${l.id}`);
    expect(
      keys(list.items.filter((i) => i.key.startsWith('services/')).slice(0, LIST_CAP)),
    ).toEqual(shownServices);
    const pages = toRecordListPages(list);
    expect(pages).toHaveLength(Math.ceil((N_FUNCTIONS + N_SERVICES) / PAGE_SIZE));
    expect(allOf(pages)).toEqual(list.items);
  });

  it('caps each "Referred to by" group and lists every referring record once in the complete list', () => {
    const dc = toRecordPage(site, entry('locations/dc' as RecordKey), href);
    const located = dc.backlinks.find((g) => g.links.length === LIST_CAP)!;
    expect(located.total).toBe(N_SERVICES + 1);
    expect(located.more).toBe(N_SERVICES + 1 - LIST_CAP);
    expect(hasLongBacklinks(site, entry('locations/dc' as RecordKey))).toBe(true);
    const all = toReferredByList(site, entry('locations/dc' as RecordKey), '/locations/dc/');
    const referring = new Set(
      entry('locations/dc' as RecordKey).referencedBy.map((r) => `${r.kind}/${r.id}`),
    );
    expect(new Set(keys(all.items))).toEqual(referring);
    expect(all.items).toHaveLength(dc.backlinks.reduce((n, g) => n + g.total, 0));
  });

  it('caps the plans to invoke when the location is lost, counting the rest', () => {
    const dc = toRecordPage(site, entry('locations/dc' as RecordKey), href).ifLost!;
    expect(dc.plans).toHaveLength(LIST_CAP);
    expect(dc.plansTotal).toBe(N_PLANS);
    expect(dc.plansMore).toBe(N_PLANS - LIST_CAP);
  });
});

describe('toScenarioPage: capped lists of a large loss', () => {
  const s = site.scenarios.items.find((x) => x.id === 'location-dc')!;
  const v = toScenarioPage(site, s, href);

  it('shows the first plans, functions, timeline rows and services of each wave, counting the rest exactly', () => {
    expect(v.capped.plans.shown).toHaveLength(LIST_CAP);
    expect(v.capped.plans.more).toBe(v.plans.length - LIST_CAP);
    expect(v.capped.functions.total).toBe(N_FUNCTIONS);
    expect(v.capped.functions.more).toBe(N_FUNCTIONS - LIST_CAP);
    expect(v.capped.timeline.shown).toHaveLength(TIMELINE_LIMIT);
    expect(v.capped.timeline.more).toBe(v.services.length - TIMELINE_LIMIT);
    for (const [i, w] of v.capped.order.entries()) {
      expect(w.services.shown).toEqual(v.order[i].services.slice(0, WAVE_CAP));
      expect(w.services.more).toBe(Math.max(0, v.order[i].services.length - WAVE_CAP));
    }
    expect(v.capped.order.some((w) => w.services.more > 0)).toBe(true);
  });

  it('lists everything that goes down once, most important first, as many as the counts say', () => {
    const list = toScenarioAffectedList(v, '/scenarios/location-dc/');
    expect(list.items).toHaveLength(v.counts.functions + v.counts.services);
    expect(new Set(keys(list.items))).toEqual(new Set([...keys(v.functions), ...keys(v.services)]));
    expect([...list.items].sort(byTierThenTitle)).toEqual(list.items);
    expect(toScenarioPlansList(v, '/').items.map((i) => i.key)).toEqual(keys(v.plans));
  });

  it('draws no timeline when asked not to, and is otherwise the same view', () => {
    const bare = toScenarioPage(site, s, href, { timeline: false });
    expect(bare.timeline.svg).toBe('');
    expect({ ...bare, timeline: undefined }).toEqual({ ...v, timeline: undefined });
  });
});

describe('toTabletop: capped injects', () => {
  const s = site.scenarios.items.find((x) => x.id === 'location-dc')!;
  const pack = toTabletop(site, s, href, 'facilitator');

  it('names at most INJECT_CAP of each list at each inject and counts the rest exactly', () => {
    for (const i of pack.injects) {
      expect(i.downShown).toHaveLength(Math.min(INJECT_CAP, i.down.length));
      expect(i.downMore).toBe(i.down.length - i.downShown.length);
      expect(new Set(keys(i.downShown)).size).toBe(i.downShown.length);
      expect(keys(i.downShown).every((k) => keys(i.down).includes(k))).toBe(true);
      for (const list of [i.back, i.breaking, i.aboutToBreak, i.atRisk]) {
        expect(list.shown.length).toBe(Math.min(INJECT_CAP, list.keys.length));
        expect(list.more).toBe(list.keys.length - list.shown.length);
        expect(list.shown.every((k) => list.keys.includes(k))).toBe(true);
      }
      const d = i.decisions!;
      expect(d.shown.tell.length + d.shown.more.tell).toBe(d.tell.length);
      expect(d.shown.plans.length + d.shown.more.plans).toBe(d.plans.length);
      expect(d.shown.workarounds.length + d.shown.more.workarounds).toBe(d.workarounds.length);
      expect(d.shown.invoke.length + d.shown.more.invoke).toBe(d.invoke.length);
      expect(d.shown.invoke.length).toBeLessThanOrEqual(INVOKE_CAP);
    }
    expect(pack.injects[0].downMore).toBeGreaterThan(0);
    expect(pack.injects[0].decisions!.shown.more.invoke).toBe(N_PLANS - INVOKE_CAP);
  });

  it('shows what breaks first among what is still down', () => {
    const i = pack.injects.find((x) => x.down.some((r) => r.state === 'breaks'))!;
    const breaking = i.down.filter((r) => r.state === 'breaks').length;
    expect(
      i.downShown.slice(0, Math.min(breaking, INJECT_CAP)).every((r) => r.state === 'breaks'),
    ).toBe(true);
  });

  it('makes the same handout from the facilitator pack as from the scenario', () => {
    expect(toHandout(pack)).toEqual(toTabletop(site, s, href, 'participant'));
  });

  it('makes the same pack from a shared scenario view as on its own', () => {
    const page = toScenarioPage(site, s, href);
    expect(toTabletop(site, s, href, 'facilitator', page)).toEqual(pack);
  });
});

describe('toRolePage: a role held everywhere', () => {
  const v = toRolePage(site, 'lead')!;

  it('shows the first teams and plans, counting the rest exactly', () => {
    expect(v.capped.teams.shown).toHaveLength(ROLE_TEAM_CAP);
    expect(v.capped.teams.more).toBe(N_TEAMS - ROLE_TEAM_CAP);
    expect(v.capped.plans.shown).toHaveLength(ROLE_PLAN_CAP);
    expect(v.capped.plans.more).toBe(N_PLANS - ROLE_PLAN_CAP);
    expect(v.capped.firstHour.shown.length + v.capped.firstHour.more).toBe(v.firstHour.length);
    // The escalation of the teams shown, then who may declare (nobody here).
    expect(v.capped.reach).toHaveLength(ROLE_TEAM_CAP);
  });

  it('lists every holder and every plan once in its complete lists', () => {
    const holders = toRoleHoldersList(v, '/roles/lead/').items;
    expect(holders).toHaveLength(N_TEAMS * 2);
    expect(new Set(keys(holders)).size).toBe(N_TEAMS * 2);
    const plans = toRolePlansList(v, '/roles/lead/').items;
    expect(keys(plans).sort()).toEqual(
      Array.from({ length: N_PLANS }, (_, i) => `plans/p${pad(i)}`),
    );
  });
});

describe('toTier1Packs', () => {
  it('keeps one pack when the plans are few', () => {
    const v = toTier1PlansPage(sampleSite('internal'), href);
    expect(toTier1Packs(v)).toEqual({ split: false, teams: [] });
  });

  it('splits many plans per owning team, in parts, each plan in exactly one part', () => {
    const v = toTier1PlansPage(site, href);
    expect(v.plans.length).toBeGreaterThan(10);
    expect(toTier1Packs(v, v.plans.length).split).toBe(false);
    const packs = toTier1Packs(v, 5);
    expect(packs.split).toBe(true);
    expect(packs.teams.map((t) => t.team)).toEqual(['t00', 't01', 't02']);
    const printed = packs.teams.flatMap((t) => t.parts.flatMap((p) => p.items.map((x) => x.id)));
    expect(printed.sort()).toEqual(v.plans.map((p) => p.id).sort());
    for (const t of packs.teams) {
      expect(t.parts.every((p) => p.items.length <= 5)).toBe(true);
      expect(t.parts.flatMap((p) => p.items).every((p) => p.owner === t.team)).toBe(true);
      expect(t.count).toBe(t.parts.reduce((n, p) => n + p.items.length, 0));
    }
    expect(packs.teams[0].parts.length).toBeGreaterThan(1);
  });
});

describe('walkView and toLeftOutList', () => {
  it('draws at most VIEW_LIMIT each way, nearest and highest tier first, and leaves out each other record within the depth once', () => {
    const { layer, leftOutList } = walkView(site, 'services/hub', 3);
    const downstream = [...layer].filter(([, l]) => l < 0).map(([k]) => k);
    expect(downstream.filter((k) => k.startsWith('services/'))).toHaveLength(VIEW_LIMIT);
    // Every tier-1 dependent is drawn before any tier-2 one.
    for (let i = 0; i < 10; i++) expect(layer.get(`services/s${pad(i)}`)).toBe(-1);
    const within = new Set([
      ...Array.from({ length: N_SERVICES }, (_, i) => `services/s${pad(i)}`),
      ...Array.from({ length: N_FUNCTIONS }, (_, i) => `bia/fn${pad(i)}`),
    ]);
    const left = leftOutList.map((l) => l.key);
    expect(new Set(left).size).toBe(left.length);
    expect(left.filter((k) => layer.has(k))).toEqual([]);
    expect(new Set([...downstream, ...left])).toEqual(within);
  });

  it('lists as many records as the deepest view says it leaves out', () => {
    const v = toDependencyView(site, 'services/hub', 3, href, (k) => `/map/${k}/`);
    const list = toLeftOutList(site, 'services/hub', '/map/services/hub/');
    expect(list.items).toHaveLength(v.counts.leftOut);
    expect(v.nodes.length + list.items.length).toBe(1 + 1 + N_SERVICES + N_FUNCTIONS);
  });
});

// The literal estate type-checks as records of the kinds it names.
void (null as unknown as Entry<'services'>);
