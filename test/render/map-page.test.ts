import { describe, it, expect } from 'vitest';
import { toMapPage, DIAGRAM_LIMIT } from '../../src/lib/render/map-page.ts';
import type { Rec } from '../helpers.ts';
import { expectNoLeftOutRecord, href, literalSite, page, sampleSite } from './sites.ts';

describe('toMapPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toMapPage(site, href, page);

  it("counts the whole organisation's services, functions and waves", () => {
    expect(v.services.total).toBe(whole.model.byKind.services.length);
    expect(v.functions.total).toBe(whole.model.byKind.bia.length);
    expect(v.functions.restricted).toBe(4);
    expect(v.restricted).toBe(4);
    expect(v.records).toBe(v.services.total + v.functions.total);
    expect(v.waves).toBe(Math.max(...whole.recovery.nodes.map((n) => n.wave ?? 0)));
  });

  it('draws a small estate as one diagram of the shown records, functions in the bottom row', () => {
    const d = v.diagram!;
    expect(v.table).toBeUndefined();
    expect(d.nodes).toHaveLength(site.recovery.nodes.length);
    const fn = d.nodes.find((n) => n.kind === 'bia')!;
    expect(fn.layer).toBe(v.waves + 1);
    expect(d.nodes.every((n) => n.href === `/${n.key}/`)).toBe(true);
    expect(d.edges.every((e) => e.type === 'hard' && e.to.startsWith('services/'))).toBe(true);
    expect(d.lines).toHaveLength(d.edges.length);
    expect(d.lines).toContain('Payments API needs Ledger database');
    expect(d.mermaid).toMatch(/^flowchart/);
  });

  it('gives the same graph as a list by wave, then the functions, hard dependencies as links', () => {
    const d = v.diagram!;
    const listed = d.groups.flatMap((g) => g.nodes.map((n) => n.key));
    expect([...listed].sort()).toEqual(d.nodes.map((n) => n.key).sort());
    expect(d.groups[0].heading).toMatch(/^Wave 1 \(\d+\)$/);
    expect(d.groups.at(-1)!.heading).toBe(`Business functions (${site.model.byKind.bia.length})`);
    const links = d.groups.flatMap((g) => g.nodes.flatMap((n) => n.needs));
    expect(links.length).toBe(d.edges.length);
    expect(links.every((l) => !l.soft)).toBe(true);
    const api = d.groups.flatMap((g) => g.nodes).find((n) => n.key === 'services/payments-api')!;
    expect(api.needs.map((l) => l.label)).toContain('Ledger database');
    expect(api.place).toMatch(/^wave \d+$/);
  });

  it('names no record the edition leaves out', () => {
    expectNoLeftOutRecord(site, whole, v);
  });

  describe('a large estate', () => {
    // s000 (owned by the confidential team "hidden") <-- every other service; s001 is confidential.
    const n = DIAGRAM_LIMIT + 10;
    const id = (i: number) => `s${String(i).padStart(3, '0')}`;
    const recs: Rec[] = [
      { kind: 'teams', id: 'hidden', data: { classification: 'confidential' } },
      ...Array.from({ length: n }, (_, i): Rec => ({
        kind: 'services',
        id: id(i),
        data: {
          kind: 'application',
          rto: '4h',
          recoveryTime: '1h',
          owner: i % 2 ? 'ops' : 'hidden',
          ...(i === 1 ? { classification: 'confidential' } : {}),
          ...(i > 0 ? { dependsOn: [id(0)] } : {}),
        },
      })),
    ];
    const large = toMapPage(literalSite(recs, 'internal'), href, page);

    it('shows services per owner and wave instead, every service counted', () => {
      expect(large.diagram).toBeUndefined();
      expect(large.table!.waves).toEqual([
        { label: 'Wave 1', href: '/recovery/#wave-1' },
        { label: 'Wave 2', href: '/recovery/#wave-2' },
      ]);
      expect(large.table!.rows).toEqual([
        { owner: 'teams/(restricted)', cells: ['1', String(n / 2 - 1)] },
        { owner: 'teams/ops', cells: ['', `${n / 2} (1 restricted)`] },
      ]);
      expect(large.services).toEqual({ total: n, restricted: 1 });
    });
  });
});
