import { describe, it, expect } from 'vitest';
import { toFacts, toTables } from '../../src/lib/render/facts.ts';
import { toCellValue } from '../../src/lib/render/cell-value.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import { literalSite } from './sites.ts';

//   team dba: ann (primary), carol (alternate, confidential as a whole)
//   ann: work phone and e-mail (internal), personal phone (confidential), hostile radio note
const recs = [
  {
    kind: 'teams' as const,
    id: 'dba',
    data: {
      members: [
        { person: 'ann', role: 'Lead' },
        { person: 'carol', role: 'Lead', as: 'alternate' },
      ],
    },
  },
  {
    kind: 'people' as const,
    id: 'ann',
    data: {
      title: 'Ann',
      phone: '+44 20 7946 0100',
      email: 'ann@example.org',
      outOfBand: [{ channel: 'personal-phone', value: '+44 7700 900100' }],
    },
  },
  {
    kind: 'people' as const,
    id: 'carol',
    data: { title: 'Carol', classification: 'confidential', phone: '+44 20 7946 0999' },
  },
];
const fact = (facts: { label: string; value: unknown }[], label: string) =>
  facts.find((f) => f.label === label)?.value;

describe('toFacts', () => {
  it("gives a person's work phone and e-mail as tel: and mailto: links, the text as written", () => {
    const site = literalSite(recs, 'internal');
    const facts = toFacts(site.model, getEntry(site.model, 'people', 'ann')!);
    expect(fact(facts, 'Phone')).toEqual({
      contacts: [{ text: '+44 20 7946 0100', href: 'tel:+442079460100' }],
    });
    expect(fact(facts, 'Email')).toEqual({
      contacts: [{ text: 'ann@example.org', href: 'mailto:ann@example.org' }],
    });
  });

  it('says which edition has the personal numbers it withholds, and shows them in that one', () => {
    const internal = literalSite(recs, 'internal');
    const ann = getEntry(internal.model, 'people', 'ann')!;
    expect(fact(toFacts(internal.model, ann), 'Out of band')).toBe(
      'personal numbers: in the confidential edition',
    );
    const whole = literalSite(recs, 'confidential');
    expect(
      fact(toFacts(whole.model, getEntry(whole.model, 'people', 'ann')!), 'Out of band'),
    ).toEqual({
      contacts: [{ text: '+44 7700 900100', href: 'tel:+447700900100', note: 'personal-phone' }],
    });
  });
});

describe('toTables', () => {
  it("lists a team's members with their work numbers, a left-out person without any", () => {
    const site = literalSite(recs, 'internal');
    const [members] = toTables(site.model, getEntry(site.model, 'teams', 'dba')!);
    expect(members.columns).toEqual(['Person', 'Role', 'As', 'Phone', 'Email']);
    expect(members.rows[0].slice(3)).toEqual([
      { contacts: [{ text: '+44 20 7946 0100', href: 'tel:+442079460100' }] },
      { contacts: [{ text: 'ann@example.org', href: 'mailto:ann@example.org' }] },
    ]);
    expect(members.rows[1]).toEqual([
      [{ kind: 'people', id: '', title: 'restricted record', restricted: true }],
      'Lead',
      'alternate',
      '',
      '',
    ]);
    expect(JSON.stringify(members)).not.toMatch(/0999|[Cc]arol/);
  });
});

describe('toCellValue', () => {
  it('lays contacts out as they are, a hostile value unlinked', () => {
    const hostile = '<script>alert(1)</script>';
    expect(toCellValue({ contacts: [{ text: hostile }] }, true, () => '')).toEqual({
      contacts: [{ text: hostile }],
    });
  });
});
