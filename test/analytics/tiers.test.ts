import { describe, it, expect } from 'vitest';
import { tierOf } from '../../src/lib/analytics/tiers.ts';
import { SettingsSchema } from '../../src/lib/schema/settings.ts';

// Default table: 1 <= 4h (240m), 2 <= 1d (1440m), 3 <= 3d (4320m), 4 <= 4w (40320m).
const TIERS = SettingsSchema.parse({}).tiers;
const tiersOf = (tiers: unknown) => SettingsSchema.parse({ tiers }).tiers;

describe('tierOf', () => {
  it('has no tier when no RTO is declared', () => {
    expect(tierOf(undefined, TIERS)).toBeUndefined();
  });

  it('puts an RTO exactly on a boundary in the tier it bounds', () => {
    expect([240, 1440, 4320, 40320].map((rto) => tierOf(rto, TIERS))).toEqual([1, 2, 3, 4]);
  });

  it('puts an RTO one minute past a boundary in the next tier', () => {
    expect([241, 1441, 4321].map((rto) => tierOf(rto, TIERS))).toEqual([2, 3, 4]);
  });

  it('puts an RTO of zero in the first tier', () => {
    expect(tierOf(0, TIERS)).toBe(1);
  });

  it('puts an RTO looser than every tier in the last tier', () => {
    expect(tierOf(40321, TIERS)).toBe(4);
    expect(tierOf(525_600, TIERS)).toBe(4);
  });

  it('sorts the table by maxRto, whatever order it is written in', () => {
    const shuffled = tiersOf([
      { tier: 3, name: 'Important', maxRto: '3d' },
      { tier: 1, name: 'Critical', maxRto: '1h' },
      { tier: 2, name: 'Essential', maxRto: '8h' },
    ]);
    expect([60, 61, 480, 481, 10_000].map((rto) => tierOf(rto, shuffled))).toEqual([1, 2, 2, 3, 3]);
  });

  it('does not reorder the table it is given', () => {
    const table = tiersOf([
      { tier: 2, name: 'B', maxRto: '1d' },
      { tier: 1, name: 'A', maxRto: '4h' },
    ]);
    tierOf(300, table);
    expect(table.map((t) => t.tier)).toEqual([2, 1]);
  });

  it('returns the tier number written in the table, not the position', () => {
    const table = tiersOf([
      { tier: 5, name: 'Gold', maxRto: '2h' },
      { tier: 7, name: 'Silver', maxRto: '2d' },
    ]);
    expect([tierOf(120, table), tierOf(121, table)]).toEqual([5, 7]);
  });
});
