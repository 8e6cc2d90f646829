/**
 * The check and the build agree: every case of the corpus of broken inputs stops `astro build`
 * with the problems `npm run check` names, at the same places, and no stack trace (the build
 * stops before rendering, so each takes about a second).
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { CASES, folderOf } from '../model/corpus-cases.ts';

describe('astro build on the corpus', () => {
  it.each(Object.keys(CASES))(
    '%s: stops with the problems the check names, at their places',
    (name) => {
      const r = astroBuild({
        ITSCM_CONTENT: folderOf(name),
        ITSCM_OUT_DIR: join(TEST_DIST, `corpus-${name}`),
      });
      expect(r.status, r.output).not.toBe(0);
      for (const [where, message] of CASES[name]) {
        const [place, rule] = where.split(' ');
        expect(r.output).toMatch(new RegExp(`error ${place.replace(/[.]/g, '\\.')}: .*${rule}`));
        expect(r.output).toContain(message);
      }
      expect(r.output).not.toMatch(/\n\s+at |node:internal/);
    },
    120_000,
  );
});
