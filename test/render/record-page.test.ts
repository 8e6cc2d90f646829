import { describe, it, expect } from 'vitest';
import { toRecordPage, toSearchFacets } from '../../src/lib/render/record-page.ts';
import type { Published } from '../../src/lib/publish/publish.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import { editionsSite, expectNoLeftOutRecord, href, literalSite, sampleSite } from './sites.ts';

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

describe('toRecordPage: if this is down', () => {
  const site = sampleSite('internal');
  const page = (key: string) => {
    const entry = site.model.index.get(key as never);
    if (!entry) throw new Error(`no ${key}`);
    return toRecordPage(site, entry, href);
  };

  it('lists the plans covering a service first with their status, the teams and who may declare', () => {
    const v = page('services/warehouse-management');
    expect(v.ifDown?.noPlan).toBe(false);
    const plans = site.model.byKind.plans.filter(
      (p) => p.data.status !== 'retired' && p.data.covers.services.includes('warehouse-management'),
    );
    expect(v.ifDown?.plans.map((l) => l.id).sort()).toEqual(plans.map((p) => p.id).sort());
    expect(v.ifDown?.plans[0].note).toMatch(/^approved, /);
    expect(v.ifDown?.teams.length).toBeGreaterThan(0);
    expect(v.ifDown?.workaround).toBeTruthy();
  });

  it("says whom to call: the owning team's escalation order, with tel: links", () => {
    const v = page('services/warehouse-management');
    const entry = site.model.byKind.services.find((s) => s.id === 'warehouse-management')!;
    const team = site.model.byKind.teams.find((t) => t.id === entry.data.owner)!;
    expect(v.ifDown?.call.map((c) => c.person.id)).toEqual(team.data.escalation);
    expect(v.ifDown?.call[0].note).toBe(`1st to call, ${team.data.title}`);
    expect(v.ifDown?.call[0].phone[0].href).toMatch(/^tel:\+\d+$/);
    for (const c of v.ifDown!.declaredBy) expect(c.phone[0]?.href).toMatch(/^tel:/);
  });

  it('is there for functions, and not for other kinds', () => {
    expect(page('bia/warehouse-fulfilment').ifDown).toBeDefined();
    expect(page(`plans/${site.model.byKind.plans[0].id}`).ifDown).toBeUndefined();
  });
});

describe('toRecordPage: plan status', () => {
  const site = sampleSite('internal');
  const plan = (id: string) => {
    const entry = site.model.index.get(`plans/${id}` as never);
    if (!entry) throw new Error(`no plan ${id}`);
    return toRecordPage(site, entry, href).planStatus;
  };

  it('says the status, the exercise and review state, warns when they lapsed, and gives the duration', () => {
    const all = site.model.byKind.plans.map((p) => plan(p.id));
    expect(all.every((s) => s !== undefined)).toBe(true);
    expect(all.some((s) => s?.warnings.some((w) => /never been exercised|overdue/.test(w)))).toBe(
      true,
    );
    const withSteps = site.model.byKind.plans.find(
      (p) => p.data.steps.length > 0 && p.data.steps.every((s) => s.estimate !== undefined),
    );
    if (!withSteps) throw new Error('no plan with estimated steps');
    expect(plan(withSteps.id)?.duration).toMatch(/^\d+[mhdw]( \d+[mhdw])* from its steps$/);
    expect(plan(withSteps.id)?.durationPath).toMatch(/^longest chain: [a-z0-9-]+ → /);
  });

  it('is only there for plans', () => {
    expect(toRecordPage(site, site.model.byKind.services[0], href).planStatus).toBeUndefined();
  });

  it("gives a plan's version for the printed running header, and none for other kinds", () => {
    const dc = site.model.index.get('plans/datacentre-failover' as never)!;
    expect(toRecordPage(site, dc, href).version).toBe('4.1');
    expect(toRecordPage(site, site.model.byKind.services[0], href).version).toBeUndefined();
  });
});

describe('toRecordPage: plan procedure', () => {
  const site = sampleSite('internal');

  it('gives activation, every step once as a numbered checklist with what it waits for, and stand-down', () => {
    const plan = site.model.byKind.plans.find((p) => p.data.steps.some((s) => s.after.length));
    if (!plan) throw new Error('no plan with ordered steps');
    const v = toRecordPage(site, plan, href);
    expect(v.tables).toEqual([]);
    expect(v.procedure?.activation).toEqual(plan.data.activation);
    expect(v.procedure?.steps.map((s) => s.id)).toEqual(plan.data.steps.map((s) => s.id));
    expect(v.procedure?.steps.map((s) => s.n)).toEqual(plan.data.steps.map((_, i) => i + 1));
    const waits = v.procedure?.steps.find((s) => s.after);
    expect(waits?.after).toMatch(/^after \d+ \([a-z0-9-]+\)/);
    expect(v.procedure?.standDown).toEqual(plan.data.standDown);
  });
});

describe('toRecordPage: a plan for the responder', () => {
  const site = sampleSite('internal');
  const v = pageOf(site, 'plans/warehouse-continuity').procedure!;
  const plan = site.model.byKind.plans.find((p) => p.id === 'warehouse-continuity')!;

  it('says what it covers and who may declare it, with their work numbers as tel: links', () => {
    expect(v.covers.services.map((l) => l.id)).toEqual(plan.data.covers.services);
    expect(v.covers.functions.map((l) => l.id)).toEqual(plan.data.covers.functions);
    expect(v.declaredBy.map((c) => c.person.id)).toEqual(plan.data.declaredBy);
    for (const c of v.declaredBy) expect(c.phone[0]?.href, c.person.id).toMatch(/^tel:\+\d+$/);
  });

  it("links each step's role to the role's page", () => {
    expect(v.steps[0]).toMatchObject({
      role: 'Warehouse operations manager',
      roleSlug: 'warehouse-operations-manager',
    });
    expect(v.steps.every((s) => s.roleSlug)).toBe(true);
  });

  it("names each step's primary and alternate, from another team when the plan's teams lack the role", () => {
    const first = v.steps[0];
    expect(first.role).toBe('Warehouse operations manager');
    expect(first.holders.map((h) => h.note)).toEqual(['primary', 'alternate']);
    expect(first.holders[0].person.title).toMatch(/^Liam O.Connor$/);
    expect(first.holders[0].phone[0].href).toMatch(/^tel:\+\d+$/);
    expect(first.holders[0].email).toEqual([]);
    const mim = v.steps.find((s) => s.role === 'Major incident manager')!;
    expect(mim.holders[0].person.title).toBe('Jonas Berg');
    const fromElsewhere = !plan.data.teams.includes('service-desk');
    expect(mim.holders[0].note).toBe(fromElsewhere ? 'primary, Service desk' : 'primary');
    expect(v.steps.every((s) => s.holders.length > 0)).toBe(true);
  });

  it("lists each team's escalation order and the channels, and a contents list of the sections it has", () => {
    expect(v.escalation.map((e) => e.team.id)).toEqual(plan.data.teams);
    const own = site.model.byKind.teams.find((t) => t.id === plan.data.teams[0])!;
    expect(v.escalation[0].people.map((c) => c.person.id)).toEqual(own.data.escalation);
    expect(v.escalation[0].people[0].note).toBe('1st to call');
    expect(v.channels.map((l) => l.id)).toEqual(plan.data.channels);
    expect(v.contents.map((c) => c.id)).toEqual([
      'covers',
      'activation',
      'steps',
      'escalation',
      'stand-down',
      'facts',
    ]);
  });

  it('leaves out of the contents list the sections a plan does not have', () => {
    const lit = literalSite(
      [
        {
          kind: 'plans',
          id: 'bare',
          data: {
            title: 'Bare',
            owner: 'ops',
            type: 'incident-response',
            steps: [{ id: 'a', phase: 'detect', role: 'Nobody', action: 'Look' }],
          },
        },
      ],
      'internal',
    );
    const bare = pageOf(lit, 'plans/bare').procedure!;
    expect(bare.contents.map((c) => c.id)).toEqual(['steps', 'facts']);
    expect(bare.steps[0].holders).toEqual([]);
  });
});

describe('toRecordPage: search', () => {
  const whole = sampleSite('confidential');

  it('gives a record its kind, owner, status and review state as search facets', () => {
    const facets = (key: string) => toSearchFacets(whole, whole.model.index.get(key as never)!);
    expect(facets('plans/warehouse-continuity')).toMatchObject({
      kind: 'plan',
      owner: 'Warehouse operations',
      status: 'approved',
    });
    expect(facets('plans/warehouse-continuity').review).toMatch(
      /^(review (current|overdue|due soon)|never reviewed)$/,
    );
    // People have no review of their own.
    expect(facets('people/liam-oconnor').review).toBeUndefined();
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

describe('toRecordPage: if this is lost', () => {
  const site = sampleSite('confidential');

  it("links a vendor's scenario and says its targets are at risk when it has no substitute and no exit plan", () => {
    const v = pageOf(site, 'vendors/keyfort').ifLost!;
    const s = site.scenarios.items.find((x) => x.id === 'vendor-keyfort')!;
    expect(v.scenario).toBe('vendor-keyfort');
    expect(v.scenarioTitle).toBe(s.title);
    expect(v.summary).toMatch(
      new RegExp(
        `; 0 targets break; ${s.counts.atRisk} at risk \\(no substitute, no exit plan\\)\\.$`,
      ),
    );
  });

  it("lists the plans of a location's scenario, approved first", () => {
    const v = pageOf(site, 'locations/dc-north').ifLost!;
    expect(v.plans.map((p) => p.id)).toContain('datacentre-failover');
    expect(v.plans[0].note).toBe('approved');
    expect(v.restricted).toBe(0);
    expect(pageOf(site, 'services/sso').ifLost).toBeUndefined();
  });
});

describe('toRecordPage: tabletop', () => {
  it('links an exercise to the scenario it plays as a tabletop, or says the edition does not name it', () => {
    const whole = sampleSite('confidential');
    const site = sampleSite('internal');
    const order = 'exercises/ex-2026-07-order-processing-tabletop' as RecordKey;
    expect(pageOf(whole, order).tabletop).toEqual({
      scenario: 'vendor-paygate',
      title: 'Failure of Paygate',
    });
    // Paygate is confidential: the internal edition has no such scenario page to link.
    expect(pageOf(site, order).tabletop).toEqual({ restricted: true });
    expect(pageOf(site, 'exercises/ex-2025-06-identity-tabletop').tabletop).toMatchObject({
      scenario: 'ransomware-identity',
    });
    expect(pageOf(site, 'exercises/ex-2025-09-dc-failover').tabletop).toBeUndefined();
  });
});
