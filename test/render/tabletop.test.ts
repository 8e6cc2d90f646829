import { describe, it, expect } from 'vitest';
import { listInjectTimes, toTabletop } from '../../src/lib/render/tabletop.ts';
import { toScenarioPage } from '../../src/lib/render/scenario-page.ts';
import { parseDuration } from '../../src/lib/schema/duration.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import { expectNoLeftOutRecord, href, literalSite, sampleSite } from './sites.ts';

const packOf = (
  edition: 'confidential' | 'internal',
  id: string,
  audience: 'facilitator' | 'participant' = 'facilitator',
) => {
  const site = sampleSite(edition);
  const s = site.scenarios.items.find((x) => x.id === id)!;
  return { pack: toTabletop(site, s, href, audience), page: toScenarioPage(site, s, href) };
};

describe('toTabletop', () => {
  it('plays the loss of the primary data centre in time order, breaking the targets the scenario page says break', () => {
    const { pack, page } = packOf('confidential', 'location-dc-north');
    const times = pack.injects.map((i) => i.at);
    expect(times[0]).toBe(0);
    expect(times).toEqual([...new Set(times)].sort((a, b) => a - b));
    // Every late function and service of the page breaks at exactly one inject, at or after its target.
    const late = [...page.functions, ...page.services].filter((r) => r.late).map((r) => r.key);
    const broken = pack.injects.flatMap((i) => i.breaking.keys);
    expect([...broken].sort()).toEqual([...late].sort());
    expect(broken.length).toBe(page.counts.broken);
    for (const i of pack.injects)
      for (const k of i.breaking.keys) {
        const row = [...page.functions, ...page.services].find((r) => r.key === k)!;
        expect(parseDuration(row.target)!, k).toBeLessThanOrEqual(i.at);
      }
    // What is down at each inject is exactly what the page says is not back yet.
    const rows = [...page.functions, ...page.services];
    for (const i of pack.injects) {
      const down = rows.filter((r) => r.back === 'unknown' || parseDuration(r.back)! > i.at);
      expect(i.down.map((r) => r.key).sort(), i.time).toEqual(down.map((r) => r.key).sort());
      expect(i.downCount.functions + i.downCount.services).toBe(down.length);
    }
    expect(pack.injects.at(-1)!.down).toEqual([]);
    // Each tier-1 target of what goes down is an inject.
    for (const r of rows.filter((r) => r.tier === 1))
      expect(times, r.key).toContain(parseDuration(r.target));
  });

  it('says at each inject what happens, in words a facilitator reads out', () => {
    const { pack } = packOf('confidential', 'location-dc-north');
    expect(pack.summary).toMatchInlineSnapshot(
      `"12 business functions and 26 services go down; 21 targets break."`,
    );
    expect(pack.injects.map((i) => `${i.time} (${i.why.join('; ')}): ${i.headline}`))
      .toMatchInlineSnapshot(`
        [
          "T+0 (the loss): DC North (primary data centre) is lost: 12 business functions and 26 services are down.",
          "T+25m (end of wave 1): 12 business functions and 25 services still down; 1 back since T+0; 5 targets break before T+1h.",
          "T+1h (target RTO of 7 tier-1 services): 12 business functions and 24 services still down; 1 back since T+25m; 5 targets break now.",
          "T+1h 25m (end of wave 2): 12 business functions and 23 services still down; 1 back since T+1h; 5 targets break before T+2h.",
          "T+2h (target RTO of 5 tier-1 services): 12 business functions and 23 services still down; 5 targets break now.",
          "T+2h 15m (end of wave 3): 12 business functions and 22 services still down; 1 back since T+2h; 10 targets break before T+4h.",
          "T+4h (target RTO of 5 tier-1 functions and 5 tier-1 services): 12 business functions and 19 services still down; 3 back since T+2h 15m; 10 targets break now; 1 target breaks before T+9h 15m.",
          "T+9h 15m (end of wave 7): 5 business functions and 5 services still down; 21 back since T+4h; 1 target breaks now.",
          "T+9h 45m (end of wave 8): 4 business functions and 4 services still down; 2 back since T+9h 15m.",
          "T+12h 15m (end of wave 4): 4 business functions and 3 services still down; 1 back since T+9h 45m.",
          "T+16h 15m (end of wave 6): 2 services still down; 5 back since T+12h 15m.",
          "T+1d 3h 45m (end of wave 5): Everything is back; 2 back since T+16h 15m.",
        ]
      `);
  });

  it('expects the plans of the scenario page to be invoked at T+0, with who may declare them and their channels', () => {
    const { pack, page } = packOf('confidential', 'location-dc-north');
    const first = pack.injects[0].decisions!;
    expect(first.invoke.map((p) => p.key)).toEqual(page.plans.map((p) => p.key));
    const failover = first.invoke.find((p) => p.key === 'plans/datacentre-failover')!;
    expect(failover.declaredBy.length).toBeGreaterThan(0);
    expect(failover.declaredBy.every((k) => k.startsWith('people/'))).toBe(true);
    expect(first.fallbacks).toEqual(page.fallbacks);
    // Chat and email run in DC North: a plan that talks over them is told so.
    const channels = first.invoke.flatMap((p) => p.channels);
    expect(channels.find((c) => c.key === 'services/chat')).toMatchObject({ down: true });
    // Later injects tell the owners of what breaks.
    const later = pack.injects.find((i) => i.breaking.keys.length > 0)!;
    expect(later.decisions!.tell.length).toBeGreaterThan(0);
    expect(later.decisions!.invoke).toEqual([]);
  });

  it('gives participants the scenario and the injects, and no expected decision', () => {
    const { pack } = packOf('confidential', 'location-dc-north', 'participant');
    const { pack: full } = packOf('confidential', 'location-dc-north');
    expect(pack.injects.every((i) => i.decisions === undefined)).toBe(true);
    expect(pack.injects.map((i) => i.headline)).toEqual(full.injects.map((i) => i.headline));
    expect(JSON.stringify(pack)).not.toContain('plans/');
  });

  it('marks what fails with an irreplaceable vendor at risk, never broken', () => {
    const { pack, page } = packOf('confidential', 'vendor-keyfort');
    expect(pack.injects.flatMap((i) => i.breaking.keys)).toEqual([]);
    const atRisk = pack.injects.flatMap((i) => i.atRisk.keys);
    expect(atRisk.length).toBeGreaterThan(0);
    expect(pack.injects.at(-1)!.down.some((r) => r.state === 'at-risk')).toBe(true);
    expect(page.atRisk).toBeDefined();
  });

  it('names no record the edition leaves out, with the same times and counts as the whole organisation', () => {
    const whole = sampleSite('confidential');
    const site = sampleSite('internal');
    for (const s of site.scenarios.items) {
      const v = toTabletop(site, s, href, 'facilitator');
      const all = toTabletop(
        whole,
        whole.scenarios.items.find((x) => x.id === s.id)!,
        href,
        'facilitator',
      );
      expectNoLeftOutRecord(site, whole, v);
      expect(v.injects.map((i) => [i.at, i.headline])).toEqual(
        all.injects.map((i) => [i.at, i.headline]),
      );
    }
  });
});

describe('listInjectTimes', () => {
  it('falls at the loss, each tier-1 target and each wave end, once each, ascending', () => {
    const tiers: Record<string, number> = { 'services/a': 1, 'services/b': 2, 'bia/f': 1 };
    const key = (k: string) => k as RecordKey;
    const times = listInjectTimes(
      {
        functions: [{ key: key('bia/f'), target: 240, achievable: 300, wave: 2 }],
        services: [
          { key: key('services/a'), target: 60, achievable: 30, wave: 1 },
          { key: key('services/b'), target: 120, achievable: 300, wave: 2 },
        ],
      },
      (k) => tiers[k],
    );
    expect(times).toEqual([
      { at: 0, why: ['the loss'] },
      { at: 30, why: ['end of wave 1'] },
      { at: 60, why: ['target RTO of 1 tier-1 service'] },
      { at: 240, why: ['target RTO of 1 tier-1 function'] },
      { at: 300, why: ['end of wave 2'] },
    ]);
  });
});

describe('toTabletop: a loss that takes nothing down', () => {
  it('has one inject, the loss, saying nothing else goes down', () => {
    //   location empty (nothing runs there)
    const site = literalSite(
      [{ kind: 'locations', id: 'empty', data: { title: 'Empty site', type: 'office' } }],
      'confidential',
    );
    const v = toTabletop(site, site.scenarios.items[0], href, 'facilitator');
    expect(v.injects.map((i) => `${i.time}: ${i.headline}`)).toEqual([
      'T+0: Empty site is lost: nothing else goes down.',
    ]);
    expect(v.injects[0].decisions?.invoke).toEqual([]);
  });
});
