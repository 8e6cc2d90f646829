/**
 * Rendering split across machines: the sample built in two shards (ITSCM_SHARD=1/2, 2/2, with
 * `npm run build`), merged with `npm run merge`, equals the single build byte for byte, and the
 * shards render disjoint pages.
 */
import { describe, it, expect, inject } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { astroEnv, readTree, siteBuild, TEST_DIST } from './astro-build.ts';

describe('a site rendered in two shards and merged', () => {
  it('renders disjoint pages and merges into exactly the single build', () => {
    const parts = [1, 2].map((i) => {
      const out = join(TEST_DIST, `shard-${i}`);
      // As the README says to: ITSCM_SHARD=i/N npm run build, which leaves the index to the merge.
      const r = siteBuild({
        ITSCM_OUT_DIR: out,
        ITSCM_EDITION: 'internal',
        ITSCM_SHARD: `${i}/2`,
      });
      expect(r.status, r.output).toBe(0);
      expect(r.output).toContain(`rendering shard ${i} of 2`);
      expect(r.output).not.toMatch(/indexed \d+ records for search/);
      return out;
    });
    const pages = parts.map(
      (p) => new Set([...readTree(p).keys()].filter((f) => f.endsWith('.html'))),
    );
    const single = readTree(inject('internalDist'));
    const singlePages = [...single.keys()].filter((f) => f.endsWith('.html'));
    // Disjoint, and together every page: each shard a real share of the work.
    expect([...pages[0]].filter((f) => pages[1].has(f))).toEqual([]);
    expect(pages[0].size + pages[1].size).toBe(singlePages.length);
    for (const p of pages) expect(p.size).toBeGreaterThan(singlePages.length / 4);

    const merged = join(TEST_DIST, 'shard-merged');
    const m = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts/merge.ts'), '--out', merged, ...parts],
      { cwd: PROJECT_ROOT, env: astroEnv({ ITSCM_EDITION: 'internal' }), encoding: 'utf8' },
    );
    expect(m.status, `${m.stdout}\n${m.stderr}`).toBe(0);
    const got = readTree(merged);
    expect([...got.keys()].sort()).toEqual([...single.keys()].sort());
    const differ = [...single].filter(([f, bytes]) => !got.get(f)!.equals(bytes)).map(([f]) => f);
    expect(differ).toEqual([]);
  }, 300_000);

  it('refuses parts built from different inputs, and names the files', () => {
    const r = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'scripts/merge.ts'),
        '--out',
        join(TEST_DIST, 'shard-bad'),
        inject('internalDist'),
        inject('sampleDist'),
      ],
      { cwd: PROJECT_ROOT, env: astroEnv({ ITSCM_EDITION: 'internal' }), encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/file\(s\) differ between the parts.*index\.html/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
