import { describe, it, expect } from 'vitest';
import { compareTitles } from '../../src/lib/render/title-order.ts';
import { toRisksPage } from '../../src/lib/render/risks-page.ts';
import { MINIMAL, type Rec } from '../helpers.ts';
import { href, literalSite } from './sites.ts';

describe('compareTitles', () => {
  it('orders numbers in titles by value, not digit by digit', () => {
    const titles = ['Risk 1065', 'Risk 109', 'Risk 10', 'Risk 9', 'Risk 11'];
    expect([...titles].sort(compareTitles)).toEqual([
      'Risk 9',
      'Risk 10',
      'Risk 11',
      'Risk 109',
      'Risk 1065',
    ]);
  });

  it('files accented and capitalised titles with their letter, case only breaking ties', () => {
    expect(['Fig', 'Élan', 'eagle', 'Eagle', 'Zebra', 'apple'].sort(compareTitles)).toEqual([
      'apple',
      'eagle',
      'Eagle',
      'Élan',
      'Fig',
      'Zebra',
    ]);
  });
});

describe('the order on the pages', () => {
  it("lists a heat-map cell's risks with numbers by value", () => {
    const recs: Rec[] = [1065, 109, 10, 9].map((n) => ({
      kind: 'risks',
      id: `risk-${n}`,
      data: { ...MINIMAL.risks, title: `Risk ${n}`, likelihood: 3, impact: 3 },
    }));
    const cell = toRisksPage(literalSite(recs, 'internal'), href).heatMaps[0].lists[0];
    expect(cell.risks.map((r) => r.title)).toEqual(['Risk 9', 'Risk 10', 'Risk 109', 'Risk 1065']);
  });
});
