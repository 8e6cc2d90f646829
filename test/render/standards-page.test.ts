import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  EVIDENCE_CAP,
  listRequirementLists,
  STANDARD_CSV_COLUMNS,
  toCountsText,
  toRequirementList,
  toRequirementSlug,
  toStandardPage,
  toStandardTable,
  toStandardsIndex,
} from '../../src/lib/render/standards-page.ts';
import { toCsv } from '../../src/lib/export/registers.ts';
import { STANDARDS } from '../../src/lib/analytics/standards/index.ts';
import { editionsSite, expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';
import { MINIMAL } from '../helpers.ts';

describe('toRequirementSlug', () => {
  it('makes an id an anchor and an address part', () => {
    expect(['8.2.2', '8.4.2-contacts', 'art-11-6-a', '3.4.1'].map(toRequirementSlug)).toEqual([
      '8-2-2',
      '8-4-2-contacts',
      'art-11-6-a',
      '3-4-1',
    ]);
  });
});

describe('toCountsText', () => {
  it('says the counts worst first, leaving out statuses with none', () => {
    expect(toCountsText({ met: 2, partly: 9, 'not-met': 1, 'not-applicable': 0 })).toBe(
      '1 not met, 9 partly met, 2 met',
    );
  });
});

describe('toStandardsIndex', () => {
  it('gives one line per standard with its counts, page and CSV', () => {
    const v = toStandardsIndex(sampleSite('confidential'));
    expect(v.rows.map((r) => [r.id, r.path, r.csvPath])).toEqual(
      STANDARDS.map((s) => [s.id, `standards/${s.id}/`, `standards/${s.id}.csv`]),
    );
    for (const r of v.rows) {
      const sum = Object.values(r.counts).reduce((a, b) => a + b, 0);
      expect(sum).toBe(r.total);
      expect(r.badges.map((b) => b.text).join(', ')).toBe(r.countsText);
    }
  });
});

describe('toStandardPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it('shows every requirement with its status in words, what is asked, the evidence and the rule', () => {
    const v = toStandardPage(whole, 'iso-22301');
    expect(v.requirements.map((r) => r.id)).toEqual(STANDARDS[0].requirements.map((r) => r.id));
    const bia = v.requirements.find((r) => r.id === '8.2.2')!;
    expect(bia).toMatchObject({ slug: '8-2-2', ref: '8.2.2', title: 'Business impact analysis' });
    expect(['Met', 'Partly met', 'Not met', 'Not applicable']).toContain(bia.statusLabel);
    expect(v.summary).toMatch(new RegExp(`^${STANDARDS[0].requirements.length} requirements: `));
  });

  it('caps what shows a requirement at EVIDENCE_CAP records and links the complete list', () => {
    const v = toStandardPage(whole, 'iso-22301');
    const reviews = v.requirements.find((r) => r.id === '9.3')!;
    expect(reviews.evidence.shown).toHaveLength(EVIDENCE_CAP);
    expect(reviews.evidence.more).toBe(reviews.evidence.total - EVIDENCE_CAP);
    expect(reviews.listPath).toBe('standards/iso-22301/9-3/');
    expect(listRequirementLists(whole)).toContainEqual({
      standard: 'iso-22301',
      requirement: '9-3',
    });
  });

  it('gives every edition the same statuses and counts, naming only what it shows', () => {
    for (const s of STANDARDS) {
      const all = toStandardPage(whole, s.id);
      const part = toStandardPage(site, s.id);
      expect(part.summary).toBe(all.summary);
      part.requirements.forEach((r, i) => {
        const w = all.requirements[i];
        expect([r.status, r.summary], `${s.id} ${r.id}`).toEqual([w.status, w.summary]);
        expect(r.evidence.total + r.evidenceRestricted).toBe(w.evidence.total);
        expect(r.missing.total + r.missingRestricted).toBe(w.missing.total);
      });
    }
    // The internal edition leaves records out that some requirements count.
    expect(
      toStandardPage(site, 'iso-22301').requirements.some(
        (r) => r.evidenceRestricted + r.missingRestricted > 0,
      ),
    ).toBe(true);
  });
});

describe('the standards pages of an edition', () => {
  it('name no record the edition leaves out (the editions fixture: internal leaves out the vault)', () => {
    const whole = editionsSite('confidential');
    const site = editionsSite('internal');
    const views = STANDARDS.map((s) => toStandardPage(site, s.id));
    expectNoLeftOutRecord(site, whole, views);
    expectNoLeftOutRecord(
      site,
      whole,
      STANDARDS.map((s) => toStandardTable(site, s.id)),
    );
    expect(
      views.some((v) => v.requirements.some((r) => r.evidenceRestricted + r.missingRestricted > 0)),
    ).toBe(true);
  });
});

describe('toRequirementList', () => {
  it('lists what is missing first, each with why, then the records that show it', () => {
    const whole = sampleSite('confidential');
    const list = toRequirementList(whole, 'iso-22301', '9-3', '/standards/iso-22301/');
    const c = whole.standards[0].requirements.find((r) => r.requirement.id === '9.3')!;
    expect(list.back.href).toBe('/standards/iso-22301/#req-9-3');
    expect(list.items.map((i) => i.key)).toEqual([
      ...c.missing.flatMap((m) => (m.key ? [m.key] : [])),
      ...c.evidence,
    ]);
    expect(list.items[0]).toMatchObject({ late: true });
    expect(list.items[0].note).toMatch(/^missing or failing: /);
    expect(list.items.at(-1)).toMatchObject({ note: 'shows it' });
  });
});

describe('toStandardTable', () => {
  it('has one row per requirement in the CSV columns, with the as-of date', () => {
    const whole = sampleSite('confidential');
    const rows = parse(toCsv(toStandardTable(whole, 'dora'))) as string[][];
    expect(rows[0]).toEqual([...STANDARD_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(STANDARDS[1].requirements.map((r) => r.id));
    for (const r of rows.slice(1)) expect(r.at(-1)).toBe('2026-11-25');
  });

  it('names records by key and counts those the edition leaves out', () => {
    const site = literalSite(
      [
        { kind: 'services', id: 'shop', data: { ...MINIMAL.services, rto: '1h' } },
        {
          kind: 'services',
          id: 'vault',
          data: { ...MINIMAL.services, rto: '1h', classification: 'confidential' },
        },
      ],
      'internal',
    );
    const rows = parse(toCsv(toStandardTable(site, 'iso-22301'))) as string[][];
    const plans = rows.find((r) => r[1] === '8.4.4')!;
    const col = (name: (typeof STANDARD_CSV_COLUMNS)[number]) =>
      plans[STANDARD_CSV_COLUMNS.indexOf(name)];
    expect(col('status')).toBe('not-met');
    expect(col('total')).toBe('2');
    expect(col('missing')).toMatch(/^services\/shop: /);
    expect(col('missing')).not.toContain('vault');
    expect(col('missing_restricted')).toBe('1');
  });
});
