import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { writeOrganisation } from '../../scripts/gen.ts';
import { generateOrganisation } from '../../scripts/generate.ts';

const sample = inject('sampleDist');

function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('the built sample site', () => {
  it('has a page for every sample record, a page per kind, a home page and a 404 page', () => {
    const { raws } = loadContentFolder(join(PROJECT_ROOT, 'src/content'));
    expect(raws.length).toBeGreaterThan(150);
    const missing = raws
      .filter((r) => !existsSync(join(sample, r.kind, r.id, 'index.html')))
      .map((r) => r.file);
    expect(missing).toEqual([]);
    for (const kind of new Set(raws.map((r) => r.kind)))
      expect(existsSync(join(sample, kind, 'index.html'))).toBe(true);
    expect(existsSync(join(sample, 'index.html'))).toBe(true);
    expect(existsSync(join(sample, '404.html'))).toBe(true);
  });

  it('shows the organisation name and the as-of date on every page', () => {
    for (const page of [
      'index.html',
      'services/index.html',
      'services/ledger-db/index.html',
      '404.html',
    ]) {
      const html = readFileSync(join(sample, page), 'utf8');
      expect(html).toContain('Harbourline Logistics');
      expect(html).toContain('Data as of <time datetime="2026-11-25">2026-11-25</time>');
    }
  });

  it('links related records both ways: a dependency shows what needs it', () => {
    const ledger = readFileSync(join(sample, 'services/ledger-db/index.html'), 'utf8');
    expect(ledger).toContain('href="/services/postgres-cluster/"');
    expect(ledger).toMatch(/Needed by services[\s\S]*href="\/services\/payments-api\/"/);
  });

  it('loads no script and no resource from outside the site', () => {
    for (const page of ['index.html', 'services/ledger-db/index.html', 'plans/index.html']) {
      const html = readFileSync(join(sample, page), 'utf8');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it('is byte-identical when built twice with the same as-of date', () => {
    const again = join(TEST_DIST, 'sample-again');
    const r = astroBuild({ ITSCM_OUT_DIR: again, ITSCM_EDITION: 'confidential' });
    expect(r.status).toBe(0);
    const a = hashTree(sample);
    const b = hashTree(again);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a].filter(([k, h]) => b.get(k) !== h).map(([k]) => k)).toEqual([]);
  });
});

describe('astro build on bad content', () => {
  it('exits non-zero and prints all four problems with file and field', () => {
    const r = astroBuild({
      ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/broken'),
      ITSCM_OUT_DIR: join(TEST_DIST, 'broken'),
    });
    expect(r.status).not.toBe(0);
    for (const line of [
      'bia/sales.md: rto: the RTO 2d is longer than the MTPD 1d',
      'plans/dr-plan.md: covers.services[1]: "ap" is not a service. Did you mean "app"?',
      'services/app.md: rot: unknown field "rot" in a service. Did you mean "rto"?',
      'services/db.md: recoveryTime: "30 minutes" is not a duration.',
    ])
      expect(r.output).toContain(line);
    expect(r.output).toContain('4 content error(s)');
  });
});

describe('ITSCM_CONTENT', () => {
  it('builds a generated organisation from another folder', () => {
    const dir = join(TEST_DIST, 'gen-content');
    writeOrganisation(dir, generateOrganisation({ services: 60, seed: 7 }));
    const out = join(TEST_DIST, 'gen');
    const r = astroBuild({ ITSCM_CONTENT: dir, ITSCM_OUT_DIR: out });
    expect(r.status, r.output).toBe(0);
    expect(readdirSync(join(out, 'services')).filter((n) => n.startsWith('svc-'))).toHaveLength(60);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
      'Generated organisation (60 services, seed 7)',
    );
  });
});
