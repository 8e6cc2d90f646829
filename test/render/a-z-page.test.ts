import { describe, it, expect } from 'vitest';
import { toAToZ, toLetter } from '../../src/lib/render/a-z-page.ts';
import { compareTitles } from '../../src/lib/render/title-order.ts';
import { expectNoLeftOutRecord, href, sampleSite } from './sites.ts';

describe('toLetter', () => {
  it('files a title under its first letter, accents folded, anything else under "#"', () => {
    expect(toLetter('ledger')).toBe('L');
    expect(toLetter('Élan')).toBe('E');
    expect(toLetter('3D printing')).toBe('#');
    expect(toLetter('決済')).toBe('#');
    expect(toLetter('')).toBe('#');
  });
});

describe('toAToZ', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toAToZ(site, href);

  it('lists every shown record once, by title, under its letter', () => {
    const listed = v.letters.flatMap((l) => l.records);
    expect(listed).toHaveLength(site.model.index.size);
    const titles = listed.map((r) => r.title);
    expect(titles).toEqual([...titles].sort(compareTitles));
    for (const l of v.letters) {
      expect(l.anchor).toBe(`letter-${l.letter === '#' ? 'other' : l.letter}`);
      expect(l.records.every((r) => toLetter(r.title) === l.letter)).toBe(true);
    }
    const ledger = listed.find((r) => r.title === 'Ledger database')!;
    expect(ledger).toEqual({
      href: '/services/ledger-db/',
      title: 'Ledger database',
      kind: 'service',
    });
  });

  it("counts the whole organisation's records, saying how many are not listed", () => {
    expect(v.count).toBe(
      `${whole.model.index.size} records (${site.shown.left} of them restricted, not listed)`,
    );
    expect(toAToZ(whole, href).count).toBe(`${whole.model.index.size} records`);
    expectNoLeftOutRecord(site, whole, v);
  });
});
