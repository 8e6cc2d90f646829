import { describe, it, expect } from 'vitest';
import { formatHours, formatMoney, groupThousands } from '../../src/lib/render/money.ts';
import { namedFirst, toSvgCostCurve } from '../../src/lib/render/cost-chart.ts';
import {
  toGapsByCost,
  toScenarioCost,
  toTargetCostLine,
} from '../../src/lib/render/downtime-cost.ts';
import { toScenariosIndex } from '../../src/lib/render/scenarios-index.ts';
import { toGapsPage } from '../../src/lib/render/gaps-page.ts';
import type { Published } from '../../src/lib/publish/publish.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import { CROSSING, CROSSING_SETTINGS } from '../analytics/cost-fixture.ts';
import { expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';

const titleIn = (site: Published) => (k: RecordKey) =>
  site.model.index.get(k)?.data.title ?? 'restricted record';
const site = () => literalSite(CROSSING, 'confidential', CROSSING_SETTINGS);

describe('money', () => {
  it('groups thousands by hand and rounds to whole units, whatever the machine', () => {
    expect([0, 999, 1000, 1234567.5, 1000000, -2500].map(groupThousands)).toEqual([
      '0',
      '999',
      '1,000',
      '1,234,568',
      '1,000,000',
      '-2,500',
    ]);
    expect(formatMoney(4300, 'EUR')).toBe('EUR 4,300');
    expect([formatHours(180), formatHours(90), formatHours(20)]).toEqual(['3', '1.5', '0.33']);
  });
});

describe('namedFirst', () => {
  it('names the first three of what comes back and counts the rest', () => {
    expect(namedFirst(['A', 'B'])).toBe('A, B');
    expect(namedFirst(['A', 'B', 'C'])).toBe('A, B, C');
    expect(namedFirst(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
  });
});

describe('toScenarioCost', () => {
  it('gives the total, the inputs of each function beside it, and what was not costed', () => {
    const s = site();
    const v = toScenarioCost(s, 'lose-app', 'App lost', 4, titleIn(s));
    expect(v.chart?.svg).toContain('<svg class="cost-curve"');
    expect({ ...v, chart: { ...v.chart, svg: '(svg)' }, method: '(method)' })
      .toMatchInlineSnapshot(`
        {
          "chart": {
            "caption": "Cumulative cost of downtime (estimate) from the loss until the last costed function is back: EUR 4,300. Dots mark the moments functions come back.",
            "lines": {
              "more": 0,
              "shown": [
                "After 3h: EUR 4,300 so far; back: Level function, Revenue function.",
              ],
              "total": 1,
            },
            "svg": "(svg)",
          },
          "configured": true,
          "costed": 2,
          "functionsDown": 4,
          "method": "(method)",
          "rows": {
            "more": 0,
            "shown": [
              {
                "cost": "EUR 3,600",
                "hours": "3",
                "key": "bia/f-rev",
                "line": "Revenue function: 3 hours, EUR 1,200 per hour: revenue per hour from the BIA = EUR 3,600",
                "rates": [
                  "EUR 1,200 per hour: revenue per hour from the BIA",
                ],
                "title": "Revenue function",
                "window": "3h",
              },
              {
                "cost": "EUR 700",
                "hours": "3",
                "key": "bia/f-lvl",
                "line": "Level function: 3 hours, 0m to 1h: no impact in the BIA table yet, nothing counted; 1h to 2h: level Low at EUR 100 per hour from organisation.yaml; 2h to 3h: level Medium at EUR 600 per hour from organisation.yaml = EUR 700",
                "rates": [
                  "0m to 1h: no impact in the BIA table yet, nothing counted",
                  "1h to 2h: level Low at EUR 100 per hour from organisation.yaml",
                  "2h to 3h: level Medium at EUR 600 per hour from organisation.yaml",
                ],
                "title": "Level function",
                "window": "3h",
              },
            ],
            "total": 2,
          },
          "summary": "Estimated cost of downtime: EUR 4,300 for 2 business functions, each costed from the loss until its systems are back (its work recovery time after that is not counted); 2 more functions down are not costed (listed below), so the true cost is higher.",
          "total": "EUR 4,300",
          "uncosted": {
            "more": 0,
            "shown": [
              {
                "key": "bia/f-none",
                "why": "no rate: its BIA sets neither revenuePerHour nor an impact table",
              },
              {
                "key": "bia/f-unknown",
                "why": "when its systems are back is not known (a recovery time is missing)",
              },
            ],
            "total": 2,
          },
          "uncostedRestricted": 0,
        }
      `);
  });

  it('says how to give a rate when no function has one', () => {
    const s = literalSite(
      CROSSING.map((r) =>
        r.kind === 'bia' ? { ...r, data: { ...r.data, revenuePerHour: undefined } } : r,
      ),
      'confidential',
      { scenarios: CROSSING_SETTINGS.scenarios },
    );
    const v = toScenarioCost(s, 'lose-app', 'App lost', 4, titleIn(s));
    expect(v.configured).toBe(false);
    expect(v.summary).toMatchInlineSnapshot(
      `"No figure: no business function has a cost per hour. Set revenuePerHour in a BIA, or costOfDowntime.perHour (a cost per hour per impact level) in organisation.yaml; the guide on running a BIA says how."`,
    );
  });
});

describe('toSvgCostCurve', () => {
  it('draws the line through every point and a dot, with its tooltip, where functions come back', () => {
    const svg = toSvgCostCurve('Cost <of> "it"', 'EUR', [
      { at: 0, cost: 0, back: [] },
      { at: 60, cost: 1200, back: ['A & B'] },
      { at: 180, cost: 4300, back: ['C'] },
    ]);
    expect(svg).toContain('<title id="c-title">Cost &lt;of&gt; &quot;it&quot;</title>');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('<title>After 1h: EUR 1,200; back: A &amp; B</title>');
    expect(svg.match(/<path class="curve" d="M[^"]*"/)![0].split(/[ML]/).length - 1).toBe(3);
  });

  it('draws at most 200 points however many functions come back', () => {
    const points = Array.from({ length: 2000 }, (_, i) => ({
      at: i,
      cost: i * 10,
      back: i % 2 ? ['x'] : [],
    }));
    const path = toSvgCostCurve('t', 'EUR', points).match(/ d="([^"]*)"/)![1];
    expect(path.split(/[ML]/).length - 1).toBeLessThanOrEqual(200);
  });
});

describe('toGapsByCost', () => {
  it('ranks the targets that cannot be met by money at stake, each with its inputs', () => {
    const s = site();
    const v = toGapsByCost(s, titleIn(s));
    expect(v.rows.map((r) => [r.key, r.cost, r.severity])).toEqual([
      ['services/app', 'EUR 3,220', 'medium'],
      ['bia/f-rev', 'EUR 2,400', expect.any(String)],
      ['bia/f-lvl', 'EUR 600', expect.any(String)],
    ]);
    expect(v.rows[0].late).toBe(
      '2 hours late (target 1h, back after 3h), for 4 functions that fail with it',
    );
    expect(v.rows[0].inputs.shown.map((r) => r.line)).toMatchInlineSnapshot(`
      [
        "Revenue function: 2 hours, EUR 1,200 per hour: revenue per hour from the BIA = EUR 2,400",
        "Level function: 2 hours, 1h to 2h: level Low at EUR 100 per hour from organisation.yaml; 2h to 3h: level Medium at EUR 600 per hour from organisation.yaml = EUR 700",
        "Unknown function: 2 hours, EUR 60 per hour: revenue per hour from the BIA = EUR 120",
      ]
    `);
    expect(v.rows[0].uncosted).toMatchInlineSnapshot(
      `"Not costed (no rate: its BIA sets neither revenuePerHour nor an impact table): Unpriced function."`,
    );
  });

  it("shows a late target's money at stake on its own gap entry", () => {
    const s = site();
    const row = toGapsPage(s)
      .groups.find((g) => g.rule === 'target-unreachable')!
      .gaps.find((g) => g.key === 'services/app')!;
    expect(row.cost).toBe(toTargetCostLine(s, s.cost.target('services/app')!));
    expect(row.cost).toMatchInlineSnapshot(
      `"Money at stake (estimate): EUR 3,220, 2 hours late (target 1h, back after 3h), for 4 functions that fail with it, 1 of them not costed."`,
    );
    expect(row.costAt).toBe('#cost-services-app');
    expect(toGapsPage(s).byCost.top.map((t) => t.key)[0]).toBe('services/app');
  });
});

describe('toScenariosIndex', () => {
  it('gives each scenario its estimated cost, saying how many functions were not costed', () => {
    const rows = toScenariosIndex(site(), (id) => `/scenarios/${id}/`).groups.flatMap(
      (g) => g.rows,
    );
    expect(rows.map((r) => [r.title, r.cost])).toEqual([
      ['Failure of solo', 'no figure (4 functions not costed)'],
      ['App lost', 'EUR 4,300 (2 functions not costed)'],
    ]);
  });
});

describe('the sample in the internal edition', () => {
  it('names no left-out record in the cost of the loss of DC North or the gaps by cost', () => {
    const internal = sampleSite('internal');
    const whole = sampleSite('confidential');
    const title = titleIn(internal);
    const s = internal.scenarios.items.find((x) => x.id === 'location-dc-north')!;
    const v = toScenarioCost(internal, s.id, s.title, s.counts.functions, title);
    // Numbers are never hidden: the total is the whole organisation's.
    expect(v.total).toBe(
      toScenarioCost(whole, s.id, s.title, s.counts.functions, titleIn(whole)).total,
    );
    expectNoLeftOutRecord(internal, whole, [v, toGapsByCost(internal, title)]);
  });
});
