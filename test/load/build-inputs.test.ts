import { describe, it, expect } from 'vitest';
import { join, relative } from 'node:path';
import {
  PROJECT_ROOT,
  resolveAsOf,
  resolveContentDir,
  resolveEdition,
  resolveSite,
  toCacheDir,
} from '../../src/load/build-inputs.ts';

describe('resolveAsOf', () => {
  const now = new Date('2026-11-25T23:30:00Z');
  it('prefers ITSCM_AS_OF, then SOURCE_DATE_EPOCH, then the build day in UTC', () => {
    expect(resolveAsOf({ ITSCM_AS_OF: '2026-01-31', SOURCE_DATE_EPOCH: '0' }, now)).toBe(
      '2026-01-31',
    );
    expect(resolveAsOf({ SOURCE_DATE_EPOCH: '1767225600' }, now)).toBe('2026-01-01');
    expect(resolveAsOf({}, now)).toBe('2026-11-25');
  });
  it('refuses a date that is not YYYY-MM-DD and an epoch that is not a number', () => {
    expect(() => resolveAsOf({ ITSCM_AS_OF: '25/11/2026' }, now)).toThrow(/YYYY-MM-DD/);
    expect(() => resolveAsOf({ SOURCE_DATE_EPOCH: 'yesterday' }, now)).toThrow(/seconds/);
  });
});

describe('resolveEdition', () => {
  it('is internal unless ITSCM_EDITION says otherwise', () => {
    expect(resolveEdition({})).toBe('internal');
    expect(resolveEdition({ ITSCM_EDITION: ' public ' })).toBe('public');
    expect(resolveEdition({ ITSCM_EDITION: 'confidential' })).toBe('confidential');
  });
  it('refuses an unknown edition, naming the three', () => {
    expect(() => resolveEdition({ ITSCM_EDITION: 'secret' })).toThrowErrorMatchingInlineSnapshot(
      `[InputError: ITSCM_EDITION="secret" is not an edition: use public, internal or confidential.]`,
    );
  });
});

describe('resolveSite', () => {
  it('is the origin ITSCM_SITE names, undefined when unset or blank', () => {
    expect(resolveSite({})).toBeUndefined();
    expect(resolveSite({ ITSCM_SITE: ' ' })).toBeUndefined();
    expect(resolveSite({ ITSCM_SITE: 'https://continuity.example.org' })).toBe(
      'https://continuity.example.org',
    );
    expect(resolveSite({ ITSCM_SITE: 'https://continuity.example.org/' })).toBe(
      'https://continuity.example.org',
    );
  });
  it('refuses what is not an absolute http(s) address, and a path, which belongs in ITSCM_BASE', () => {
    expect(() => resolveSite({ ITSCM_SITE: 'continuity.example.org' })).toThrow(/absolute/);
    expect(() => resolveSite({ ITSCM_SITE: 'file:///srv/site' })).toThrow(/absolute/);
    expect(() =>
      resolveSite({ ITSCM_SITE: 'https://example.org/continuity' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InputError: ITSCM_SITE="https://example.org/continuity" has a path: set the origin only (ITSCM_SITE=https://example.org) and the sub-path as ITSCM_BASE=/continuity/.]`,
    );
  });
});

describe('resolveContentDir', () => {
  it('is src/content unless ITSCM_CONTENT names a folder, made absolute', () => {
    expect(resolveContentDir({})).toBe(join(PROJECT_ROOT, 'src', 'content'));
    expect(resolveContentDir({ ITSCM_CONTENT: '/srv/org' })).toBe('/srv/org');
    expect(resolveContentDir({ ITSCM_CONTENT: 'org' })).toBe(join(process.cwd(), 'org'));
  });
});

describe('toCacheDir', () => {
  it('keeps the cache under node_modules/.astro, never next to the output', () => {
    const out = join(PROJECT_ROOT, '.test-dist', 'sample');
    const cache = toCacheDir(out);
    expect(relative(PROJECT_ROOT, cache)).toMatch(
      /^node_modules\/\.astro\/out\/sample-[0-9a-f]{8}$/,
    );
    expect(cache.startsWith(`${out}`)).toBe(false);
  });
  it('gives each output folder its own cache, and the same one every time', () => {
    expect(toCacheDir('/tmp/a/site')).not.toBe(toCacheDir('/tmp/b/site'));
    expect(toCacheDir('/tmp/a/site')).toBe(toCacheDir('/tmp/a/site/'));
  });
});
