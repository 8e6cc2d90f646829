import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { sampleModel } from '../analytics/sample.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { neighboursOf } from '../../src/lib/analytics/graph-queries.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';

const model = sampleModel();
const analysis = analyse(model);

/** Services and functions within `depth` steps of `key` one way, hard or soft, by a plain walk. */
function within(key: RecordKey, direction: 'dependencies' | 'dependents', depth: number) {
  const distance = new Map<RecordKey, number>([[key, 0]]);
  let frontier = [key];
  for (let d = 1; d <= depth; d++) {
    const next: RecordKey[] = [];
    for (const k of frontier)
      for (const type of ['hard', 'soft'] as const)
        for (const w of neighboursOf(analysis.recovery, k, direction, type))
          if (!distance.has(w) && !w.startsWith('locations/')) {
            distance.set(w, d);
            next.push(w);
          }
    frontier = next;
  }
  return distance;
}

const keysOn = (html: string) =>
  new Set(
    [...html.matchAll(/<a href="[^"]*" class="node [^"]*" data-key="([^"]+)"/g)].map((m) => m[1]),
  );

describe('the focused dependency view of a sample service', () => {
  const key: RecordKey = 'services/payments-api';
  const page = (depth?: number) =>
    readFileSync(
      join(inject('sampleDist'), 'map', key, depth ? `depth-${depth}` : '', 'index.html'),
      'utf8',
    );

  it('exists at each depth, the default being two steps, and the record page links to it', () => {
    for (const d of [undefined, 1, 3]) expect(page(d)).toContain('Dependency view');
    expect(page()).toContain('aria-current="page">2 steps</a>');
    const record = readFileSync(join(inject('sampleDist'), key, 'index.html'), 'utf8');
    expect(record).toContain(`<a href="/map/${key}/">Dependency view</a>`);
  });

  it('draws its dependencies and dependents to the chosen depth and nothing further', () => {
    for (const depth of [1, 2, 3]) {
      const expected = new Set<string>([
        ...within(key, 'dependencies', depth).keys(),
        ...within(key, 'dependents', depth).keys(),
      ]);
      const drawn = keysOn(page(depth === 2 ? undefined : depth));
      expect([...drawn].sort()).toEqual([...expected].sort());
    }
    // Something is three steps away, so the depth-2 view has teeth.
    const three = within(key, 'dependencies', 3);
    expect([...three.values()]).toContain(3);
  });

  it('draws the bottleneck path bold and names it', () => {
    const node = analysis.recovery.byKey.get(key)!;
    expect(node.rto.bottleneck.length).toBeGreaterThan(1);
    const html = page(3);
    const bold = [
      ...html.matchAll(/class="edge hard bottleneck" data-from="([^"]+)" data-to="([^"]+)"/g),
    ].map((m) => `${m[1]}>${m[2]}`);
    const path = node.rto.bottleneck;
    const near = within(key, 'dependencies', 3);
    // The path runs further than three steps: the view draws the part it shows.
    expect(path.some((k) => !near.has(k))).toBe(true);
    expect(bold).toEqual(
      path
        .slice(1)
        .map((k, i) => [path[i], k])
        .filter(([a, b]) => near.has(a) && near.has(b))
        .map(([a, b]) => `${a}>${b}`),
    );
    expect(bold.length).toBeGreaterThan(1);
    expect(html).toContain('<strong>Bottleneck path</strong>');
  });

  it('gives the same graph as a list, each record with tier, owner and links', () => {
    const html = page();
    const listed = [...html.matchAll(/<li class="dv-entry[^"]*" data-key="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(listed)).toEqual(keysOn(html));
    expect(html).toContain('Needs:');
    expect(html).toContain('Needed by:');
  });
});

describe('focused dependency views in editions that leave records out', () => {
  const leftOutIn = (edition: 'internal' | 'public') =>
    [...model.index.values()].filter((e) =>
      edition === 'public'
        ? e.data.classification !== 'public'
        : e.data.classification === 'confidential',
    );
  const pages = (dist: string) => {
    const root = join(dist, 'map');
    const out: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d, { withFileTypes: true }))
        if (name.isDirectory()) walk(join(d, name.name));
        else if (name.name === 'index.html') out.push(join(d, name.name));
    };
    walk(root);
    return out;
  };
  const shownTitles = (edition: 'internal' | 'public') => {
    const left = new Set(leftOutIn(edition).map((e) => e.key));
    return [...model.index.values()].filter((e) => !left.has(e.key)).map((e) => e.data.title);
  };
  const expectNothingNamed = (dist: string, edition: 'internal' | 'public') => {
    const titles = shownTitles(edition);
    const left = leftOutIn(edition);
    expect(left.length).toBeGreaterThan(0);
    let views = 0;
    for (const file of pages(dist)) {
      views++;
      const html = readFileSync(file, 'utf8');
      for (const e of left) {
        expect(html, `${file} names ${e.key}`).not.toContain(`"${e.key}"`);
        expect(html, `${file} links ${e.key}`).not.toContain(`/${e.key}/`);
        if (!titles.some((t) => t.includes(e.data.title)))
          expect(html, `${file} shows the title of ${e.key}`).not.toContain(e.data.title);
      }
    }
    return views;
  };

  it('the internal edition names no confidential record and says how many are not named', () => {
    const dist = inject('internalDist');
    expect(expectNothingNamed(dist, 'internal')).toBeGreaterThan(100);
    const some = pages(dist).some((f) => /not named in this edition/.test(readFileSync(f, 'utf8')));
    expect(some).toBe(true);
  });

  it('the public edition names nothing restricted: no view of a record it leaves out', () => {
    const out = join(TEST_DIST, 'sample-public');
    const r = astroBuild({ ITSCM_OUT_DIR: out, ITSCM_EDITION: 'public' });
    expect(r.status, r.output).toBe(0);
    expectNothingNamed(out, 'public');
    for (const e of leftOutIn('public'))
      expect(existsSync(join(out, 'map', e.key)), e.key).toBe(false);
  });
});
