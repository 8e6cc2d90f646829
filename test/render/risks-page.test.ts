import { describe, it, expect } from 'vitest';
import { CELL_CAP, toRisksJson, toRisksPage } from '../../src/lib/render/risks-page.ts';
import { toRecordRef } from '../../src/lib/render/record-ref.ts';
import { MINIMAL, type Rec } from '../helpers.ts';
import { expectNoLeftOutRecord, href, literalSite, sampleSite } from './sites.ts';

const risk = (id: string, data: Record<string, unknown>): Rec => ({
  kind: 'risks',
  id,
  data: { ...MINIMAL.risks, title: `Risk ${id}`, ...data },
});

// Residual = inherent (no residual values written), all open:
//   id     L x I = score   classification
//   fire   4 x 3 = 12
//   flood  4 x 3 = 12      confidential
//   leak   2 x 2 = 4
//   quake  5 x 5 = 25
const REGISTER = [
  risk('fire', { likelihood: 4, impact: 3 }),
  risk('flood', { likelihood: 4, impact: 3, classification: 'confidential' }),
  risk('leak', { likelihood: 2, impact: 2 }),
  risk('quake', { likelihood: 5, impact: 5 }),
];

/** The band class of the SVG cell at likelihood `l`, impact `i`. */
function bandAt(svg: string, l: number, i: number): string {
  // A linked cell's title is its link's, before the square; another's is the square's.
  const m =
    svg.match(
      new RegExp(`<title>Likelihood ${l}, impact ${i}:[^<]*</title><g class="cell ([a-z-]+)">`),
    ) ??
    svg.match(
      new RegExp(`<g class="cell ([a-z-]+)"><rect[^>]*><title>Likelihood ${l}, impact ${i}:`),
    );
  return m ? m[1] : 'none';
}

describe('toRisksPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toRisksPage(site, href);

  it("counts the whole organisation's risks and untreated ones, saying how many it cannot name", () => {
    expect(v.count).toBe(`${whole.risks.items.length} risks (4 not named in this edition)`);
    expect(toRisksPage(whole, href).count).toBe(`${whole.risks.items.length} risks`);
    expect(v.untreated.total).toBe(
      whole.risks.items.filter((r) => r.untreatedAboveAppetite).length,
    );
    expect(v.untreated.label).toMatch(
      /^open risks are above appetite with no treatment \(\d+ of them on restricted records\)$/,
    );
  });

  it('colours the cells by the appetite: the bands move when riskAppetite changes', () => {
    const at9 = toRisksPage(literalSite(REGISTER, 'internal'), href);
    const at12 = toRisksPage(literalSite(REGISTER, 'internal', { riskAppetite: 12 }), href);
    const svg9 = at9.heatMaps[1].svg;
    const svg12 = at12.heatMaps[1].svg;
    expect([bandAt(svg9, 3, 3), bandAt(svg9, 4, 3), bandAt(svg9, 5, 4)]).toEqual([
      'within',
      'above',
      'far-above',
    ]);
    expect([bandAt(svg12, 4, 3), bandAt(svg12, 5, 3), bandAt(svg12, 5, 5)]).toEqual([
      'within',
      'above',
      'far-above',
    ]);
    // Every cell is in the band its score gives, for both appetites.
    for (const [svg, appetite] of [
      [svg9, 9],
      [svg12, 12],
    ] as const)
      for (let l = 1; l <= 5; l++)
        for (let i = 1; i <= 5; i++)
          expect(bandAt(svg, l, i), `${l}x${i} at ${appetite}`).toBe(
            l * i <= appetite ? 'within' : l * i >= 2 * appetite ? 'far-above' : 'above',
          );
  });

  it('has a legend naming each colour with its score range, from the appetite', () => {
    expect(toRisksPage(literalSite(REGISTER, 'internal'), href).legend).toMatchInlineSnapshot(`
      [
        {
          "band": "within",
          "label": "Within appetite: accepted",
          "range": "score 1–9",
        },
        {
          "band": "above",
          "label": "Above appetite: needs treatment",
          "range": "score 10–17",
        },
        {
          "band": "far-above",
          "label": "Far above appetite (twice the appetite or more): treat first",
          "range": "score 18–25",
        },
      ]
    `);
    const at15 = toRisksPage(literalSite(REGISTER, 'internal', { riskAppetite: 15 }), href);
    expect(at15.legend.map((l) => `${l.band} ${l.range}`)).toEqual([
      'within score 1–15',
      'above score 16–25',
    ]);
  });

  it('links every cell with risks to a list naming exactly its risks, by title', () => {
    const lit = toRisksPage(literalSite(REGISTER, 'internal'), href).heatMaps[1];
    expect(lit.lists).toEqual([
      {
        id: 'cell-residual-L5-I5',
        heading: 'Likelihood 5, impact 5: score 25, far above appetite',
        band: 'far-above',
        risks: [{ title: 'Risk quake', href: '/risks/quake/' }],
        restricted: undefined,
      },
      {
        id: 'cell-residual-L4-I3',
        heading: 'Likelihood 4, impact 3: score 12, above appetite',
        band: 'above',
        risks: [{ title: 'Risk fire', href: '/risks/fire/' }],
        restricted: '1 restricted',
      },
      {
        id: 'cell-residual-L2-I2',
        heading: 'Likelihood 2, impact 2: score 4, within appetite',
        band: 'within',
        risks: [{ title: 'Risk leak', href: '/risks/leak/' }],
        restricted: undefined,
      },
    ]);
    // Uncapped, every cell names all its risks (the sample has cells of more than CELL_CAP).
    const all = toRisksPage(site, href, Infinity);
    expect(all.heatMaps.some((m) => m.lists.some((l) => l.risks.length > CELL_CAP))).toBe(true);
    expect(v.heatMaps.every((m) => m.lists.every((l) => l.risks.length <= CELL_CAP))).toBe(true);
    for (const [m, which] of [
      [all.heatMaps[0], 'inherent'],
      [all.heatMaps[1], 'residual'],
    ] as const) {
      const map = site.risks.heatMaps[which];
      const withRisks = map.cells.filter((c) => c.count);
      expect(m.lists).toHaveLength(withRisks.length);
      const links = [...m.svg.matchAll(/<a href="#([^"]+)"/g)].map((a) => a[1]);
      expect(links).toEqual(m.lists.map((l) => l.id));
      for (const [i, c] of withRisks.entries()) {
        const list = m.lists[i];
        expect(list.id).toBe(`cell-${which}-L${c.likelihood}-I${c.impact}`);
        const titles = c.riskIds.map((id) => site.risks.items.find((r) => r.id === id)!.title);
        expect(list.risks.map((r) => r.title).sort()).toEqual(titles.sort());
        expect(list.risks.map((r) => r.href).sort()).toEqual(
          c.riskIds.map((id) => `/risks/${id}/`).sort(),
        );
        const left = c.count - c.riskIds.length;
        expect(list.restricted).toBe(left ? `${left} restricted` : undefined);
      }
    }
  });

  it('writes each heat-map cell with risks as a line with its count, the restricted ones counted, none named', () => {
    expect(v.heatMaps.map((m) => m.heading)).toEqual(['Inherent', 'Residual (after controls)']);
    expect(toRisksPage(literalSite(REGISTER, 'internal'), href).heatMaps[1].cells)
      .toMatchInlineSnapshot(`
      [
        "Likelihood 5, impact 5 (score 25, far above appetite): 1 risk",
        "Likelihood 4, impact 3 (score 12, above appetite): 2 risks",
        "Likelihood 2, impact 2 (score 4, within appetite): 1 risk",
      ]
    `);
    const lines = v.heatMaps.flatMap((m) => m.cells);
    expect(lines).toContain('Likelihood 4, impact 5 (score 20, far above appetite): 1 risk');
    const ids = site.risks.items.map((r) => r.id);
    for (const line of lines)
      for (const id of ids) expect(line, id).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
    const cellsWithRisks = site.risks.heatMaps.inherent.cells.filter((c) => c.count).length;
    expect(v.heatMaps[0].cells).toHaveLength(cellsWithRisks);
  });

  it('lists the shown risks with their scores, treatment and owner, and the categories to filter by', () => {
    expect(v.rows).toHaveLength(site.risks.items.length);
    const row = v.rows.find((r) => r.key === 'risks/risk-dc-north-fire')!;
    expect(row).toMatchObject({ ownerTitle: 'Facilities', category: 'facilities' });
    const untreated = site.risks.items.filter((r) => r.treatment === undefined).length;
    expect(v.rows.filter((r) => r.treatment === 'none')).toHaveLength(untreated);
    expect(v.categories).toEqual([...new Set(v.rows.map((r) => r.category))].sort());
  });

  it('names no record the edition leaves out', () => {
    expectNoLeftOutRecord(site, whole, v);
    const lit = toRisksPage(literalSite(REGISTER, 'internal'), href);
    expect(JSON.stringify(lit)).not.toMatch(/flood/i);
  });

  it('names the first risks of a crowded cell and says how many more; its text counts them', () => {
    const v = toRisksPage(literalSite(REGISTER, 'confidential'), href, 1);
    const cell = v.heatMaps[0].lists.find((c) => c.id === 'cell-inherent-L4-I3')!;
    expect(cell.risks.map((r) => r.title)).toEqual(['Risk fire']);
    expect(cell.more).toBe(1);
    expect(v.heatMaps[0].cells.find((c) => c.startsWith('Likelihood 4, impact 3'))).toBe(
      'Likelihood 4, impact 3 (score 12, above appetite): 2 risks',
    );
    expect(v.rows).toHaveLength(4);
  });
});

describe('toRisksJson', () => {
  it('holds every shown risk as the table shows it, naming none the edition leaves out', () => {
    const site = literalSite(REGISTER, 'internal');
    const v = toRisksPage(site, href);
    const json = toRisksJson(v, (key) => toRecordRef(site.model, key, href), 4);
    expect(json.total).toBe(4);
    expect(json.data).toEqual(['category', 'above']);
    expect(json.rows.map((r) => r[1])).toEqual(
      v.rows.map((r) => [[[`Risk ${r.key.slice(6)}`, href(r.key)]]]),
    );
    expect(JSON.stringify(json)).not.toContain('flood');
    const quake = json.rows.find((r) => JSON.stringify(r).includes('quake'))!;
    expect(quake[0]).toEqual([v.rows.find((r) => r.key === 'risks/quake')!.category, 'yes']);
  });
});
