import { describe, it, expect } from 'vitest';
import { toRecordPage } from '../../src/lib/render/record-page.ts';
import type { Published } from '../../src/lib/publish/publish.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import { editionsSite, expectNoLeftOutRecord, href, sampleSite } from './sites.ts';

const pageOf = (site: Published, key: RecordKey) =>
  toRecordPage(site, site.model.index.get(key)!, href);

describe('toRecordPage: recovery insights', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it('counts what fails with a service in the whole organisation, naming the shown ones', () => {
    for (const s of [whole, site])
      for (const n of s.recovery.nodes.filter((x) => x.kind === 'services')) {
        const shown = s.recovery.impact(n.key);
        expect(n.impact.functions + n.impact.services, n.key).toBe(
          shown.functions.length + shown.services.length + shown.restricted,
        );
      }
    const ledger = pageOf(site, 'services/ledger-db').insights!.impact!;
    expect(ledger.functionsLabel).toMatch(
      /^Business functions \((\d+), \d+ on restricted records\)$/,
    );
    expect(ledger.servicesLabel).toBe(`Services (${ledger.services.length})`);
    expect(ledger.none).toBe(false);
    const payroll = pageOf(site, 'services/payroll').insights!.impact!;
    expect(payroll.functions).toEqual([]);
    expect(payroll.functionsEmpty).toBe('only restricted records');
    expect(pageOf(whole, 'services/payroll').insights!.impact!.functionsLabel).toBe(
      'Business functions (1)',
    );
  });

  it('writes the diagram and the bottleneck timeline as text, with their captions', () => {
    const v = pageOf(whole, 'services/payments-api').insights!;
    expect(v.diagram.lines).toHaveLength(v.diagram.edges.length);
    expect(v.diagram.lines).toContain('Payments API needs Ledger database (bottleneck)');
    expect(v.diagram.caption).toMatch(/^What it depends on \(below\)/);
    expect(v.timeline!.lines).toHaveLength(v.timeline!.rows.length);
    expect(v.timeline!.lines[v.timeline!.lines.length - 1]).toMatch(
      /^Payments API: back after \d+[mhdw]/,
    );
  });

  it('has no timeline when nothing stands between the record and its recovery', () => {
    const leaf = whole.recovery.nodes.find(
      (n) => n.kind === 'services' && n.rto.bottleneck.length === 1,
    )!;
    expect(pageOf(whole, leaf.key).insights!.timeline).toBeUndefined();
  });

  it('names no record the edition leaves out', () => {
    const e = editionsSite('internal');
    expectNoLeftOutRecord(e, editionsSite('confidential'), pageOf(e, 'services/app'));
    expectNoLeftOutRecord(site, whole, pageOf(site, 'services/ledger-db'));
  });
});

describe('toRecordPage: search', () => {
  const whole = sampleSite('confidential');

  it('gives a record its kind, owner, status and review state as search facets', () => {
    const v = pageOf(whole, 'plans/warehouse-continuity');
    expect(v.search).toMatchObject({
      kind: 'plan',
      owner: 'Warehouse operations',
      status: 'approved',
    });
    expect(v.search.review).toMatch(/^(review (current|overdue|due soon)|never reviewed)$/);
    // People have no review of their own.
    expect(pageOf(whole, 'people/liam-oconnor').search.review).toBeUndefined();
  });

  it('weighs what a plan covers most in search', () => {
    const facts = pageOf(whole, 'plans/warehouse-continuity').facts;
    const weighty = facts.filter((f) => f.weight).map((f) => [f.label, f.weight]);
    expect(weighty).toEqual([
      ['Covers services', 10],
      ['Covers functions', 10],
    ]);
  });
});
