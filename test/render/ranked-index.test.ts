import { describe, it, expect } from 'vitest';
import { toJsonCell } from '../../src/lib/render/table-json.ts';
import { toRankedIndex, toRankedJson } from '../../src/lib/render/ranked-index.ts';
import { toRecordRef } from '../../src/lib/render/record-ref.ts';
import { expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';

describe('toRankedIndex', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it("counts the whole organisation's records of the kind and the targets they cannot meet", () => {
    const v = toRankedIndex(site, 'bia');
    const functions = whole.recovery.nodes.filter((n) => n.kind === 'bia');
    expect(v.title).toBe('Business functions');
    expect(v.records.total).toBe(functions.length);
    expect(v.records.label).toBe('records (4 of them restricted)');
    expect(v.late.total).toBe(functions.filter((n) => (n.rto.gap ?? 0) > 0).length);
    expect(v.late.label).toMatch(/^cannot meet their target RTO after a wide outage/);
    expect(v.restricted).toBe(4);
    expect(v.table.rows).toHaveLength(functions.length - 4);
    expectNoLeftOutRecord(site, whole, v);
  });

  it('says nothing of restricted records for a kind the edition names in full', () => {
    const v = toRankedIndex(site, 'services');
    expect(v.restricted).toBe(0);
    expect(v.records.label).toBe('records');
    expect(v.late.label).toBe('cannot meet their target RTO after a wide outage');
  });

  it('ranks the rows and writes every cell with its sort value', () => {
    const v = toRankedIndex(whole, 'services');
    expect(v.table.label).toBe('Services by priority');
    expect(v.table.rows.map((r) => r.rank)).toEqual(
      [...v.table.rows.map((r) => r.rank)].sort((a, b) => a - b),
    );
    const ledger = v.table.rows.find((r) => r.key === 'services/ledger-db')!;
    const n = whole.recovery.byKey.get('services/ledger-db')!;
    expect(ledger.declared.value).toBe(String(n.rto.declared));
    expect(ledger.achievable.value).toBe(String(n.rto.achievable));
    expect(ledger.readiness.text).toMatch(/^\d+%$/);
    expect(ledger.tierFilter).toBe(String(n.tier));
    expect(ledger.owner).toBe(`teams/${n.owner}`);
    expect(v.table.owners.map((o) => o.value)).toEqual(
      [...new Set(v.table.rows.map((r) => r.ownerFilter))].sort(),
    );
    expect(v.table.owners.find((o) => o.value === 'database')!.label).toBe('Database');
  });

  it('writes an unknown time as "unknown", a missing tier as sorting last, and no wave as blank', () => {
    // app has no RTO and no recovery time: nothing is known about it.
    const v = toRankedIndex(
      literalSite([{ kind: 'services', id: 'app', data: { kind: 'application' } }], 'internal'),
      'services',
    );
    expect(v.table.rows[0]).toMatchObject({
      tierValue: '9',
      tierFilter: '',
      declared: { text: '', value: '' },
      achievable: { text: 'unknown', value: '' },
    });
  });

  it('names the owner of a team the edition leaves out "restricted record"', () => {
    const v = toRankedIndex(
      literalSite(
        [
          { kind: 'teams', id: 'hidden', data: { classification: 'confidential' } },
          { kind: 'services', id: 'app', data: { kind: 'application', owner: 'hidden' } },
        ],
        'internal',
      ),
      'services',
    );
    expect(v.table.rows[0].owner).toBe('teams/(restricted)');
    expect(v.table.owners).toEqual([{ value: '(restricted)', label: 'restricted record' }]);
  });
});

describe('toRankedJson', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const ref = (s: typeof site) => (key: Parameters<typeof toRecordRef>[1]) =>
    toRecordRef(s.model, key, (k) => `/${k}/`);

  it('holds every row of the table in rank order, with its filter values and cells', () => {
    const v = toRankedIndex(whole, 'services');
    const json = toRankedJson(v, ref(whole));
    expect(json.total).toBe(v.records.total);
    expect(json.data).toEqual(['tier', 'owner', 'late']);
    expect(json.rows).toHaveLength(v.table.rows.length);
    expect(json.rows.map((r) => r[1])).toEqual(
      v.table.rows.map((r) => [String(r.rank), String(r.rank)]),
    );
    const i = v.table.rows.findIndex((r) => r.key === 'services/ledger-db');
    const row = v.table.rows[i];
    const [data, , name, , , , achievable, , , availability, owner] = json.rows[i];
    expect(data).toEqual([row.tierFilter, row.ownerFilter, row.late ? 'late' : 'ok']);
    expect(name).toEqual([
      [
        ['Ledger database', '/services/ledger-db/'],
        ...(row.inversion ? [{ t: ' (RTO inversion)', c: 'late' }] : []),
      ],
    ]);
    expect(achievable).toEqual(
      row.late
        ? [`${row.achievable.text} (late)`, row.achievable.value, 'late']
        : [row.achievable.text, row.achievable.value],
    );
    expect(availability).toEqual(
      toJsonCell(
        [row.availability!.text],
        row.availability!.value,
        row.availability!.over ? 'late' : undefined,
      ),
    );
    expect(owner).toEqual([[['Database', '/teams/database/']]]);
  });

  it('names no record the edition leaves out, and counts them in the total', () => {
    const v = toRankedIndex(site, 'bia');
    const json = toRankedJson(v, ref(site));
    expect(json.total).toBe(json.rows.length + 4);
    const text = JSON.stringify(json);
    for (const e of whole.model.index.values())
      if (!site.model.index.has(e.key)) expect(text).not.toContain(`/${e.key}/`);
  });
});
