import { describe, it, expect, inject, beforeAll } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { loadContentFolder, SETTINGS_FILE } from '../../src/load/content-folder.ts';
import { GLOSSARY_FILE } from '../../src/lib/model/glossary.ts';
import { PROJECT_ROOT, toCacheDir } from '../../src/load/build-inputs.ts';
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

  it("shows on a record page its last change in this repository's history, and its file", () => {
    const html = readFileSync(join(sample, 'services/ledger-db/index.html'), 'utf8');
    expect(html).toMatch(/Last changed <time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(html).toMatch(/in <code>[0-9a-f]{7}<\/code>/);
    expect(html).toContain('services/ledger-db.mdx');
  });

  it('has a "what this team must do" page per team, each linked from the index, its team page and the gaps page', () => {
    const { raws } = loadContentFolder(join(PROJECT_ROOT, 'src/content'));
    const teams = raws.filter((r) => r.kind === 'teams').map((r) => r.id);
    const index = readFileSync(join(sample, 'actions/index.html'), 'utf8');
    const gaps = readFileSync(join(sample, 'gaps/index.html'), 'utf8');
    for (const team of teams) {
      const page = readFileSync(join(sample, 'actions', team, 'index.html'), 'utf8');
      expect(page, team).toMatch(/<h1>What .+ must do<\/h1>/);
      const teamPage = readFileSync(join(sample, 'teams', team, 'index.html'), 'utf8');
      expect(teamPage, team).toContain(`href="/actions/${team}/"`);
      // Each section's heading counts what it lists (every team of the confidential sample is shown).
      for (const m of page.matchAll(
        /<h2 id="(now|next|later)"[^>]*>[^<]*<span class="note"[^>]*>\((\d+)\)/g,
      )) {
        const section = page.slice(m.index).split(/<h2 /)[1];
        expect((section.match(/<li>/g) ?? []).length, `${team} ${m[1]}`).toBe(Number(m[2]));
      }
    }
    expect(index).toContain('href="/actions/database/"');
    expect(gaps).toContain('href="/actions/database/"');
  });

  it('loads no script and no resource from outside the site', () => {
    for (const page of ['index.html', 'services/ledger-db/index.html', 'plans/index.html']) {
      const html = readFileSync(join(sample, page), 'utf8');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });
});

describe('one build', () => {
  const content = join(PROJECT_ROOT, 'src/content');
  const again = join(TEST_DIST, 'sample-again');
  const readsFile = join(TEST_DIST, 'sample-again-reads.json');
  let build: { status: number; output: string };
  let reads: Record<string, number>;

  // The sample built a second time, counting every read of a content file in the process.
  beforeAll(() => {
    build = astroBuild(
      {
        ITSCM_OUT_DIR: again,
        ITSCM_EDITION: 'confidential',
        ITSCM_COUNT_READS_DIR: content,
        ITSCM_COUNT_READS_OUT: readsFile,
      },
      { nodeArgs: ['--import', pathToFileURL(join(import.meta.dirname, 'count-reads.mjs')).href] },
    );
    reads = JSON.parse(readFileSync(readsFile, 'utf8')) as Record<string, number>;
  });

  it('is byte-identical when built twice with the same as-of date', () => {
    expect(build.status, build.output).toBe(0);
    const a = hashTree(sample);
    const b = hashTree(again);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a].filter(([k, h]) => b.get(k) !== h).map(([k]) => k)).toEqual([]);
  });

  it('builds the model once: one summary line, one model counted', () => {
    expect(build.output.match(/content as of \d{4}-\d{2}-\d{2}/g)).toHaveLength(1);
    expect(build.output).toContain('model built 1 time(s)');
  });

  it('reads each content file once, and compiles every MDX body from that read', () => {
    const { raws } = loadContentFolder(content);
    const once = Object.fromEntries(
      [SETTINGS_FILE, GLOSSARY_FILE, ...raws.map((r) => r.file)].map((f) => [f, 1]),
    );
    expect(reads).toEqual(once);
    // Vite would read an .mdx file natively (unseen by the count above) unless served from memory.
    const mdx = raws.filter((r) => r.file.endsWith('.mdx')).length;
    expect(mdx).toBeGreaterThan(150);
    expect(build.output).toContain(
      `${raws.length + 2} content files read once; ${mdx} of ${mdx} MDX files compiled from that read`,
    );
  });
});

describe('astro build on bad content', () => {
  it('exits non-zero and prints all four problems with file, line, column and field, without a stack trace', () => {
    const r = astroBuild({
      ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/broken'),
      ITSCM_OUT_DIR: join(TEST_DIST, 'broken'),
    });
    expect(r.status).not.toBe(0);
    for (const line of [
      'bia/sales.md:5:1: rto: the RTO 2d is longer than the MTPD 1d',
      'plans/dr-plan.md:6:26: covers.services[1]: "ap" is not a service. Did you mean "app"?',
      'services/app.md:6:1: rot: unknown field "rot" in a service. Did you mean "rto"?',
      'services/db.md:7:1: recoveryTime: "30 minutes" is not a duration.',
    ])
      expect(r.output).toContain(line);
    expect(r.output).toContain('4 content error(s)');
    expect(r.output).not.toMatch(/Stack trace|^\s+at /m);
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

describe('a Backstage catalogue brought in with npm run import', () => {
  it('builds, and its services get the continuity figures back as valid YAML annotations', () => {
    const dir = join(TEST_DIST, 'backstage-content');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'organisation.yaml'), 'name: Backstage Shop\n');
    const imported = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'scripts/import.ts'),
        join(PROJECT_ROOT, 'test/fixtures/import/catalog-info.yaml'),
        '--mapping',
        join(TEST_DIST, 'backstage-mapping.yaml'),
      ],
      { cwd: PROJECT_ROOT, env: { ...process.env, ITSCM_CONTENT: dir }, encoding: 'utf8' },
    );
    expect(imported.status, `${imported.stdout}${imported.stderr}`).toBe(0);
    const out = join(TEST_DIST, 'backstage');
    const r = astroBuild({ ITSCM_CONTENT: dir, ITSCM_OUT_DIR: out });
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(out, 'services/checkout-service/index.html'))).toBe(true);
    const docs = parseAllDocuments(readFileSync(join(out, 'exports/backstage.yaml'), 'utf8'));
    expect(docs.every((d) => 'errors' in d && d.errors.length === 0)).toBe(true);
    const entities = docs.map((d) => d.toJS()) as {
      metadata: { name: string; annotations: Record<string, string>; links: { url: string }[] };
    }[];
    expect(entities).toHaveLength(47);
    const web = entities.find((e) => e.metadata.name === 'web-shop')!;
    expect(web.metadata.annotations['itscm/tier']).toBe('1');
    expect(web.metadata.annotations['itscm/rto']).toBe('4h');
    expect(web.metadata.links[0].url).toBe('/services/web-shop/');
  });
});

describe('a content folder built or checked before', () => {
  it('leaves nothing behind that breaks a later build of the sample once it is deleted', () => {
    // A copy of the sample: the same files and digests under another path, the case that
    // made Astro's glob() loader keep the old paths.
    const copy = join(TEST_DIST, 'copy-content');
    cpSync(join(PROJECT_ROOT, 'src/content'), copy, { recursive: true });
    const sampleOut = join(TEST_DIST, 'stale-sample');
    const copyOut = join(TEST_DIST, 'stale-copy');
    const ok = (r: { status: number; output: string }) => expect(r.status, r.output).toBe(0);
    ok(astroBuild({ ITSCM_OUT_DIR: sampleOut }));
    // What `npm run check` runs (astro check syncs content), then a build of the copy.
    ok(astroBuild({ ITSCM_CONTENT: copy }, { command: 'sync' }));
    ok(astroBuild({ ITSCM_CONTENT: copy, ITSCM_OUT_DIR: copyOut }));
    rmSync(copy, { recursive: true });
    // Into an output whose cache did not change since, and into the one the copy filled.
    for (const out of [sampleOut, copyOut]) {
      const r = astroBuild({ ITSCM_OUT_DIR: out });
      ok(r);
      expect(r.output).not.toContain('copy-content');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Harbourline Logistics');
    }
  }, 300_000);
});

describe("Astro's cache", () => {
  it('is kept under node_modules/.astro, one per output, never in a *-cache folder next to one', () => {
    expect(existsSync(join(toCacheDir(sample), 'data-store.json'))).toBe(true);
    expect(existsSync(join(toCacheDir(join(TEST_DIST, 'sample-again')), 'data-store.json'))).toBe(
      true,
    );
    expect(readdirSync(TEST_DIST).filter((n) => n.endsWith('-cache'))).toEqual([]);
  });
});
