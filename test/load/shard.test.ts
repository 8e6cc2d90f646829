import { describe, it, expect } from 'vitest';
import { inShard, resolveShard } from '../../src/load/shard.ts';

describe('ITSCM_SHARD', () => {
  it('reads i/N and refuses anything else with one sentence', () => {
    expect(resolveShard({})).toBeUndefined();
    expect(resolveShard({ ITSCM_SHARD: ' 2/3 ' })).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/2', '3/2', 'a/b', '1', '1/0', '-1/2'])
      expect(() => resolveShard({ ITSCM_SHARD: bad }), bad).toThrow(
        /^ITSCM_SHARD=".*" is not a shard: write it as i\/N/,
      );
  });

  it('puts every address in exactly one shard, and spreads them', () => {
    const addresses = Array.from({ length: 3000 }, (_, i) => `/services/svc-${i}/`);
    const counts = [1, 2, 3].map(
      (index) => addresses.filter((a) => inShard(a, { index, count: 3 })).length,
    );
    expect(counts.reduce((a, b) => a + b)).toBe(addresses.length);
    for (const a of addresses.slice(0, 50))
      expect([1, 2, 3].filter((index) => inShard(a, { index, count: 3 }))).toHaveLength(1);
    for (const c of counts) expect(c).toBeGreaterThan(800);
    expect(inShard('/x/', undefined)).toBe(true);
  });
});
