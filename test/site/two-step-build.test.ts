/**
 * `npm run build` renders the pages with `astro build`, then writes the search index and the
 * offline manifest in a second process (scripts/build.ts), so that the rendering's memory is
 * given back before Pagefind's indexer starts. The site is the same as one `astro build` that
 * does everything in its own process, byte for byte; and a broken input stops the build before
 * Astro starts, in one sentence.
 */
import { describe, it, expect, inject } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { astroBuild, readTree, siteBuild, TEST_DIST } from './astro-build.ts';

describe('npm run build, in two steps', () => {
  it('builds exactly the site one astro build makes', () => {
    const out = join(TEST_DIST, 'one-process');
    const r = astroBuild({ ITSCM_OUT_DIR: out, ITSCM_EDITION: 'internal' });
    expect(r.status, r.output).toBe(0);
    // In one process, Astro's own hooks wrote the index and the manifest (Astro colours its
    // labels when CI is set).
    expect(stripVTControlCharacters(r.output)).toMatch(
      /\[itscm-pagefind\] indexed \d+ records for search/,
    );
    const one = readTree(out);
    const two = readTree(inject('internalDist'));
    expect(two.has('pagefind/pagefind-entry.json')).toBe(true);
    expect(two.has('offline-manifest.json')).toBe(true);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    const differ = [...one].filter(([f, bytes]) => !two.get(f)!.equals(bytes)).map(([f]) => f);
    expect(differ).toEqual([]);
  }, 300_000);

  it('writes the index in its second process, after Astro has finished', () => {
    const out = join(TEST_DIST, 'two-step');
    const r = siteBuild({ ITSCM_OUT_DIR: out, ITSCM_EDITION: 'public' });
    expect(r.status, r.output).toBe(0);
    const output = stripVTControlCharacters(r.output);
    expect(output).not.toMatch(/\[itscm-pagefind\]|\[itscm-offline\]/);
    const complete = output.indexOf('Complete!');
    expect(complete).toBeGreaterThan(0);
    expect(output.indexOf('[itscm-finish] indexed')).toBeGreaterThan(complete);
    expect(output.indexOf('[itscm-finish] offline: first visit')).toBeGreaterThan(complete);
  }, 300_000);

  it('builds over its last output: what the last build left is gone, and nothing is left aside', () => {
    const out = join(TEST_DIST, 'two-step');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    writeFileSync(join(out, 'left-over.html'), 'from an older build');
    const before = readTree(out);
    const r = siteBuild({ ITSCM_OUT_DIR: out, ITSCM_EDITION: 'public' });
    expect(r.status, r.output).toBe(0);
    const after = readTree(out);
    expect(after.has('left-over.html')).toBe(false);
    before.delete('left-over.html');
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(readdirSync(TEST_DIST).filter((name) => name.includes('.removing-'))).toEqual([]);
  }, 300_000);

  it('stops on a wrong as-of date before Astro starts, in one sentence', () => {
    const r = siteBuild({ ITSCM_OUT_DIR: join(TEST_DIST, 'two-step-bad'), ITSCM_AS_OF: 'soon' });
    expect(r.status).toBe(2);
    expect(r.output).toContain('ITSCM_AS_OF="soon" is not a date');
    expect(r.output).not.toMatch(/\n\s+at |astro/i);
  });
});
