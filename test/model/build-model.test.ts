import { describe, it, expect } from 'vitest';
import { modelOf, issueLines, raw, AS_OF, MINIMAL } from '../helpers.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import { formatIssue } from '../../src/lib/model/issue.ts';
import { KINDS } from '../../src/lib/schema/index.ts';

const svc = (id: string, data: Record<string, unknown> = {}) => ({
  kind: 'services' as const,
  id,
  data: { kind: 'application', ...data },
});
const errors = (m: ReturnType<typeof modelOf>) => m.issues.filter((i) => i.severity === 'error');

describe('buildModel', () => {
  it('builds an empty model from no records without issues', () => {
    const m = buildModel({ raws: [], settings: {}, asOf: AS_OF });
    expect(m.issues).toEqual([]);
    expect(KINDS.every((k) => m.byKind[k].length === 0)).toBe(true);
  });

  it('accepts one minimal record of every kind', () => {
    const m = modelOf(
      KINDS.filter((k) => k !== 'teams').map((kind) => ({
        kind,
        id: `a-${kind}`,
        data: MINIMAL[kind],
      })),
    );
    expect(issueLines(m)).toEqual([]);
    expect(m.index.size).toBe(KINDS.length);
  });

  it('derives the inverse of every reference: a dependency knows what needs it', () => {
    //   app --hard--> db ; sales (bia) --> app ; plan covers db
    const m = modelOf([
      svc('db'),
      svc('app', { dependsOn: ['db'] }),
      { kind: 'bia', id: 'sales', data: { dependsOn: ['app'] } },
      {
        kind: 'plans',
        id: 'dr',
        data: { type: 'disaster-recovery', covers: { services: ['db'] } },
      },
    ]);
    const db = getEntry(m, 'services', 'db')!;
    expect(db.referencedBy.map((l) => `${l.kind}/${l.id} ${l.rel}`)).toEqual([
      'plans/dr covers',
      'services/app dependsOn',
    ]);
    expect(getEntry(m, 'teams', 'ops')!.referencedBy).toHaveLength(5);
  });

  it('reports a dangling reference with a did-you-mean', () => {
    const m = modelOf([svc('ledger'), svc('payments-api', { dependsOn: ['ledger', 'ledgr'] })]);
    expect(errors(m)).toHaveLength(1);
    expect(errors(m)[0]).toMatchObject({
      file: 'services/payments-api.md',
      path: ['dependsOn', 1],
      rule: 'dangling-reference',
      value: '"ledgr"',
    });
    expect(errors(m)[0].message).toMatchInlineSnapshot(
      `""ledgr" is not a service. Did you mean "ledger"?"`,
    );
  });

  it('reports a reference to the wrong kind of record', () => {
    const m = modelOf([svc('db', { owner: 'db' })]);
    expect(errors(m)[0]).toMatchObject({ path: ['owner'], rule: 'wrong-kind' });
    expect(errors(m)[0].message).toBe('"db" is a service, not a team.');
  });

  it('reports a duplicate id written as .md and .mdx', () => {
    const m = buildModel({
      raws: raw([{ kind: 'teams', id: 'ops' }, svc('db'), { ...svc('db'), ext: 'mdx' }]),
      settings: {},
      asOf: AS_OF,
    });
    expect(issueLines(m)).toEqual(['error services/db.mdx  duplicate-id']);
  });

  it('reports a file name that is not a kebab-case id', () => {
    const m = modelOf([svc('Payments API')]);
    expect(issueLines(m)).toEqual(['error services/Payments API.md  bad-file-name']);
  });

  it('reports a file name that is the address of a page of a list, and keeps the record', () => {
    const m = modelOf([svc('page-2'), svc('web', { dependsOn: ['page-2'] }), svc('page-one')]);
    expect(issueLines(m)).toEqual(['error services/page-2.md  reserved-file-name']);
    expect(errors(m)[0].message).toBe(
      'the file name "page-2" is the address of page 2 of the list of services (services/page-2/), so the record would have no page of its own.',
    );
    expect(m.index.has('services/page-2')).toBe(true);
  });

  it('reports a self-dependency', () => {
    expect(issueLines(modelOf([svc('db', { dependsOn: ['db'] })]))).toEqual([
      'error services/db.md dependsOn[0] self-dependency',
    ]);
  });

  it('reports an RTO longer than the MTPD', () => {
    const m = modelOf([{ kind: 'bia', id: 'sales', data: { rto: '2d', mtpd: '1d' } }]);
    expect(issueLines(m)).toEqual(['error bia/sales.md rto rto-exceeds-mtpd']);
  });

  it('reports RTO + WRT longer than the MTPD', () => {
    const m = modelOf([{ kind: 'bia', id: 'sales', data: { rto: '8h', wrt: '20h', mtpd: '1d' } }]);
    expect(issueLines(m)).toEqual(['error bia/sales.md wrt rto-plus-wrt-exceeds-mtpd']);
    expect(m.issues[0].message).toBe('RTO 8h + WRT 20h = 1d 4h is longer than the MTPD 1d.');
  });

  it('accepts RTO + WRT exactly equal to the MTPD', () => {
    expect(
      modelOf([{ kind: 'bia', id: 'sales', data: { rto: '8h', wrt: '16h', mtpd: '1d' } }]).issues,
    ).toEqual([]);
  });

  it('reports a backup interval longer than the RPO', () => {
    const m = modelOf([svc('db', { rpo: '15m', backup: { interval: '1h' } })]);
    expect(issueLines(m)).toEqual(['error services/db.md backup.interval backup-exceeds-rpo']);
  });

  it('reports dates in an impossible order', () => {
    const m = modelOf([
      svc('db', { lastReviewed: '2027-01-01' }),
      {
        kind: 'exercises',
        id: 'ex',
        data: {
          ...MINIMAL.exercises,
          date: '2026-05-01',
          findings: [
            { id: 'F1', title: 'x', severity: 'low', owner: 'ops', due: '2026-04-01' },
            {
              id: 'F2',
              title: 'y',
              severity: 'low',
              owner: 'ops',
              status: 'closed',
              closedOn: '2026-04-20',
            },
          ],
        },
      },
      { kind: 'exercises', id: 'ex-future', data: { ...MINIMAL.exercises, date: '2027-03-01' } },
    ]);
    expect(issueLines(m)).toEqual([
      'error exercises/ex-future.md date date-in-future',
      'error exercises/ex.md findings[0].due date-order',
      'error exercises/ex.md findings[1].closedOn date-order',
      'error services/db.md lastReviewed date-in-future',
    ]);
  });

  it('checks BIA impact tables against the organisation scale', () => {
    const m = modelOf([
      {
        kind: 'bia',
        id: 'sales',
        data: { impacts: { finacial: { '4h': 'high' }, customer: { soon: 'medum' } } },
      },
    ]);
    expect(issueLines(m)).toEqual([
      'error bia/sales.md impacts.customer.soon bad-duration',
      'error bia/sales.md impacts.customer.soon unknown-impact-level',
      'error bia/sales.md impacts.finacial unknown-impact-category',
    ]);
    expect(m.issues.map((i) => i.message).join(' ')).toContain('Did you mean "financial"?');
  });

  it('checks plan step order references', () => {
    const m = modelOf([
      {
        kind: 'plans',
        id: 'dr',
        data: {
          type: 'disaster-recovery',
          steps: [
            { id: 'a', phase: 'assess', role: 'Lead', action: 'Assess' },
            { id: 'b', phase: 'recover', role: 'Lead', action: 'Recover', after: ['aa', 'b'] },
          ],
        },
      },
    ]);
    expect(issueLines(m)).toEqual([
      'error plans/dr.md steps[1].after[0] dangling-reference',
      'error plans/dr.md steps[1].after[1] self-dependency',
    ]);
  });

  it('reports a plan declarer who may not declare a disaster, naming the person and the fix', () => {
    //   plan dr --declaredBy--> ann (mayDeclareDisaster), bob (not), nobody (missing)
    const m = modelOf([
      { kind: 'people', id: 'ann', data: { title: 'Ann', mayDeclareDisaster: true } },
      { kind: 'people', id: 'bob', data: { title: 'Bob' } },
      {
        kind: 'plans',
        id: 'dr',
        data: { type: 'disaster-recovery', declaredBy: ['ann', 'bob', 'nobody'] },
      },
    ]);
    expect(issueLines(m)).toEqual([
      'error plans/dr.md declaredBy[1] may-not-declare',
      'error plans/dr.md declaredBy[2] dangling-reference',
    ]);
    const issue = m.issues.find((i) => i.rule === 'may-not-declare')!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "plans/dr.md: declaredBy[1]: Bob ("bob") may not declare a disaster (mayDeclareDisaster is not true in people/bob.md), so cannot invoke this plan. (may-not-declare)
          fix: Remove "bob" from declaredBy, or set mayDeclareDisaster: true in people/bob.md if they hold that authority."
    `);
    expect(issue.related).toEqual(['people/bob']);
  });

  it("checks an exercise's tabletop against the scenario ids, with a did-you-mean", () => {
    //   location dc-north -> scenario location-dc-north; vendor acme -> vendor-acme; declared: outage
    const ex = (id: string, tabletop: string) => ({
      kind: 'exercises' as const,
      id,
      data: { type: 'tabletop', date: '2026-01-10', status: 'completed', tabletop },
    });
    const m = modelOf(
      [
        { kind: 'locations', id: 'dc-north', data: { type: 'data-centre' } },
        { kind: 'vendors', id: 'acme', data: { substitutability: 'easy' } },
        ex('a', 'location-dc-north'),
        ex('b', 'vendor-acme'),
        ex('c', 'outage'),
        ex('d', 'location-dc-nort'),
        ex('e', 'dc-north'),
      ],
      { scenarios: [{ id: 'outage', title: 'Outage', lose: ['vendors/acme'] }] },
    );
    expect(issueLines(m)).toEqual([
      'error exercises/d.md tabletop dangling-reference',
      'error exercises/e.md tabletop dangling-reference',
    ]);
    expect(m.issues.map(formatIssue).join('\n')).toMatchInlineSnapshot(`
      "exercises/d.md: tabletop: "location-dc-nort" is not a scenario. Did you mean "location-dc-north"? (dangling-reference)
          fix: Correct the id, probably to "location-dc-north".
      exercises/e.md: tabletop: "dc-north" is not a scenario. Did you mean "location-dc-north"? (dangling-reference)
          fix: Correct the id, probably to "location-dc-north"."
    `);
  });

  it('reports every problem of every record, not the first only', () => {
    const m = modelOf([
      svc('a', { rto: 'soon', colour: 'red' }),
      svc('b', { dependsOn: ['zzz'] }),
      { kind: 'bia', id: 'c', data: { rto: '2d', mtpd: '1d' } },
    ]);
    expect(issueLines(m)).toEqual([
      'error bia/c.md rto rto-exceeds-mtpd',
      'error services/a.md colour unknown-field',
      'error services/a.md rto bad-duration',
      'error services/b.md dependsOn[0] dangling-reference',
    ]);
  });

  it('warns, without failing, about a repeated reference', () => {
    const m = modelOf([svc('db'), svc('app', { dependsOn: ['db', 'db'] })]);
    expect(issueLines(m)).toEqual(['warning services/app.md dependsOn[1] repeated-reference']);
  });

  it('lets one record be named by several team members, training entries, findings or results', () => {
    const m = modelOf([
      svc('db'),
      { kind: 'guides', id: 'runbook' },
      {
        kind: 'people',
        id: 'ann',
        data: {
          training: [
            { subject: 'runbook', completedOn: '2025-01-10' },
            { subject: 'runbook', completedOn: '2026-01-10' },
          ],
        },
      },
      {
        kind: 'teams',
        id: 'crew',
        data: {
          members: [
            { person: 'ann', role: 'Incident manager' },
            { person: 'ann', role: 'DBA on call' },
          ],
        },
      },
      {
        kind: 'exercises',
        id: 'drill',
        data: {
          ...MINIMAL.exercises,
          services: ['db'],
          results: [
            { service: 'db', recoveryTime: '1h' },
            { service: 'db', recoveryTime: '2h' },
          ],
          findings: [
            { id: 'F1', title: 'Slow restore.', severity: 'high', owner: 'crew' },
            { id: 'F2', title: 'No runbook.', severity: 'low', owner: 'crew' },
          ],
        },
      },
    ]);
    expect(issueLines(m)).toEqual([]);
  });

  it('reports bad settings and falls back to defaults', () => {
    const m = modelOf([], { riskAppetite: 40 });
    expect(issueLines(m)).toEqual(['error organisation.yaml riskAppetite invalid']);
    expect(m.issues[0].fix).toContain('src/lib/schema/settings.ts');
    expect(m.settings.riskAppetite).toBe(9);
  });

  it('reports a cost per hour for a level the impact scale does not have', () => {
    const m = modelOf([], { costOfDowntime: { perHour: { high: 10000, sever: 25000 } } });
    expect(issueLines(m)).toEqual([
      'error organisation.yaml costOfDowntime.perHour.sever unknown-impact-level',
    ]);
    expect(m.issues.map(formatIssue).join('\n')).toMatchInlineSnapshot(`
      "organisation.yaml: costOfDowntime.perHour.sever: "sever" is not an impact level, so its cost per hour would never be used. Did you mean "severe"? (unknown-impact-level)
          fix: Use one of: none, low, medium, high, severe (the levels of impactScale), or remove it."
    `);
    expect(m.settings.costOfDowntime).toEqual({
      currency: 'EUR',
      perHour: { high: 10000, sever: 25000 },
    });
  });
});
