import { describe, it, expect } from 'vitest';
import { linkPart, tierPart, toJsonCell } from '../../src/lib/render/table-json.ts';

describe('toJsonCell', () => {
  it('writes a plain text cell as its text, and a cell with a sort value or class as an array', () => {
    expect(toJsonCell(['4h'])).toBe('4h');
    expect(toJsonCell(['4h'], '240')).toEqual(['4h', '240']);
    expect(toJsonCell(['4h (late)'], '240', 'late')).toEqual(['4h (late)', '240', 'late']);
    expect(toJsonCell(['none'], undefined, 'late')).toEqual(['none', '', 'late']);
  });

  it('keeps the parts of a cell with links or spans, dropping empty text', () => {
    expect(toJsonCell([linkPart({ href: '/services/erp/', label: 'ERP' }), ''])).toEqual([
      [['ERP', '/services/erp/']],
    ]);
  });
});

describe('linkPart', () => {
  it('links a shown record and writes "restricted record" without an address otherwise', () => {
    expect(linkPart({ href: '/teams/ops/', label: 'Ops' })).toEqual(['Ops', '/teams/ops/']);
    expect(linkPart({ label: 'restricted record' })).toEqual({
      t: 'restricted record',
      c: 'restricted',
    });
  });
});

describe('tierPart', () => {
  it('is the tier badge with its words for screen readers, or "no tier"', () => {
    expect(tierPart(2)).toEqual({ t: 'T2', c: 'badge tier tier-2', ti: 'Tier 2', sr: 'tier ' });
    expect(tierPart(undefined)).toEqual({ t: 'no tier', c: 'note' });
  });
});
