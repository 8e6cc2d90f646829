/**
 * Incremental rebuilds (Astro's experimental.incrementalBuild with the keys of
 * src/lib/render/page-keys.ts): after a change, the rebuilt site equals a cold build of the
 * changed content byte for byte, pages the change cannot touch are kept from the last build,
 * a page whose computed figures moved because a dependency changed is rendered again, and what
 * the last build made but this one does not (a deleted record's page, a hand-made file) goes.
 */
import { describe, it, expect } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, toCacheDir } from '../../src/load/build-inputs.ts';
import { readTree, siteBuild, TEST_DIST } from './astro-build.ts';
import { PAGE_COPIES } from '../../scripts/astro-page-copies.ts';

const content = join(TEST_DIST, 'incremental-content');
const warm = join(TEST_DIST, 'incremental-warm');
/** `npm run build`, which builds over the last output (scripts/keep-output.ts). */
const build = (out: string) => {
  const r = siteBuild({ ITSCM_CONTENT: content, ITSCM_OUT_DIR: out, ITSCM_EDITION: 'internal' });
  expect(r.status, r.output).toBe(0);
  // Astro colours its log where it thinks a terminal (or CI) will show it.
  // eslint-disable-next-line no-control-regex
  return r.output.replace(/\x1b\[[0-9;]*m/g, '');
};
/** Pages the build copied from the last one instead of rendering. */
const reused = (log: string) =>
  new Set([...log.matchAll(/├─ (\S+) \((cached|restored)\)/g)].map((m) => m[1]));
/**
 * Pages the build rendered: every page it logs but did not copy. Astro renders several pages
 * at once (build.concurrency), so a rendered page's time is logged later, after other pages.
 */
const rendered = (log: string) => {
  const copied = reused(log);
  return new Set(
    [...log.matchAll(/├─ (\/\S+?\.html)/g)].map((m) => m[1]).filter((p) => !copied.has(p)),
  );
};

/** Rebuilds `warm` over its last build and compares it with a cold build of the same content. */
function rebuildAndCompare(name: string) {
  const log = build(warm);
  const cold = join(TEST_DIST, `incremental-cold-${name}`);
  rmSync(cold, { recursive: true, force: true });
  rmSync(toCacheDir(cold), { recursive: true, force: true });
  build(cold);
  const a = readTree(warm);
  const b = readTree(cold);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  expect([...b].filter(([f, bytes]) => !a.get(f)!.equals(bytes)).map(([f]) => f)).toEqual([]);
  return log;
}

describe('incremental rebuilds', () => {
  it('keeps what a change cannot touch, renders what it moves, sweeps what is gone, and equals a cold build', () => {
    rmSync(content, { recursive: true, force: true });
    cpSync(join(PROJECT_ROOT, 'src/content'), content, { recursive: true });
    rmSync(warm, { recursive: true, force: true });
    rmSync(toCacheDir(warm), { recursive: true, force: true });
    const first = build(warm);
    expect(reused(first).size).toBe(0);
    const before = readFileSync(join(warm, 'services/payments-api/index.html'), 'utf8');

    // Nothing changed: every keyed page is copied.
    const same = build(warm);
    expect(reused(same).size).toBeGreaterThan(150);
    expect(reused(same)).toContain('/services/payments-api/index.html');

    // A sentence added to one service's body: only its own page shows its body, so of the
    // keyed pages only that one is rendered; its neighbours' pages and every dependency view
    // are copied.
    const badge = join(content, 'services/badge-access.mdx');
    writeFileSync(badge, `${readFileSync(badge, 'utf8')}\nThe readers log every swipe.\n`);
    const edited = rebuildAndCompare('body');
    expect(rendered(edited)).toContain('/services/badge-access/index.html');
    // The core search bundle (plans, teams, ...) is made from the same records: kept. The
    // second, which holds the service, is made again.
    expect(edited).toContain('; pagefind made from the same records as last time, kept');
    const keyedPages = [...readTree(warm).keys()].filter((f) =>
      /^(services|bia|risks)\/[^/]+\/index\.html$/.test(f),
    );
    const reusedRecords = [...reused(edited)].filter((p) =>
      /^\/(services|bia|risks)\/[^/]+\/index\.html$/.test(p),
    );
    expect(keyedPages.length).toBeGreaterThan(60);
    expect(reusedRecords.length).toBe(keyedPages.length - 1);
    const views = /^\/map\/(services|bia)\/[^/]+\/(depth-\d\/)?index\.html$/;
    expect([...rendered(edited)].filter((p) => views.test(p))).toEqual([]);
    expect([...reused(edited)].filter((p) => views.test(p)).length).toBeGreaterThan(60);
    // So are the lists of what a view leaves out, keyed by what they list.
    const leftOut = [...reused(edited)].filter((p) => /^\/map\/.*\/left-out\//.test(p));
    expect(leftOut.length).toBeGreaterThan(0);
    // Its neighbours (what it depends on, what depends on it) are among the copied pages.
    const neighbours = [
      ...readFileSync(join(content, 'services/badge-access.mdx'), 'utf8').matchAll(
        /service: ([a-z0-9-]+)/g,
      ),
    ].map((m) => `/services/${m[1]}/index.html`);
    for (const n of neighbours) expect(reused(edited)).toContain(n);
    // The pages keyed by what they show (people, plans, teams, scenarios, go-bags, what a team
    // must do) do not show a service's body: they are copied too.
    for (const family of ['people', 'plans', 'teams', 'scenarios', 'go-bags', 'actions'])
      expect(
        [...reused(edited)].filter((p) => p.startsWith(`/${family}/`)).length,
        family,
      ).toBeGreaterThan(5);
    expect(reused(edited)).toContain('/scenarios/location-dc-north/index.html');
    // So are the indexes, keyed by the list they show: no index shows a body.
    const indexes = ['/services/index.html', '/recovery/index.html', '/a-z/index.html'];
    for (const page of indexes) expect(reused(edited)).toContain(page);

    // A plan's body: its page and the go-bag of its owner (which holds its steps and text)
    // are rendered again; other teams' go-bags are copied.
    const plan = join(content, 'plans/cloud-region-recovery.mdx');
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}\nCall Nimbus first.\n`);
    const planned = rebuildAndCompare('plan-body');
    expect(planned).toContain('; pagefind-more made from the same records as last time, kept');
    expect(rendered(planned)).toContain('/plans/cloud-region-recovery/index.html');
    expect(rendered(planned)).toContain('/go-bags/cloud-platform/index.html');
    expect(reused(planned)).toContain('/go-bags/facilities/index.html');

    // A team renamed: every page that names it (its members, its plans, the scenarios its
    // plans answer) is rendered with the new name, and the site equals a cold build.
    const team = join(content, 'teams/database.mdx');
    const teamText = readFileSync(team, 'utf8');
    expect(teamText).toMatch(/^title: .+$/m);
    writeFileSync(team, teamText.replace(/^title: .+$/m, 'title: Data platform team'));
    const renamed = rebuildAndCompare('title');
    expect(rendered(renamed)).toContain('/teams/database/index.html');
    expect(rendered(renamed)).toContain('/actions/database/index.html');

    // The ledger database took longer to restore in its exercise: its own recovery time, and
    // so when the payments API on top of it can be back, move; their pages are rendered again.
    const drill = join(content, 'exercises/ex-2026-01-database-restore.mdx');
    const text = readFileSync(drill, 'utf8');
    expect(text).toContain('- service: ledger-db\n  recoveryTime: 3h20m');
    writeFileSync(
      drill,
      text.replace(
        '- service: ledger-db\n  recoveryTime: 3h20m',
        '- service: ledger-db\n  recoveryTime: 7h',
      ),
    );
    const log = rebuildAndCompare('recovery');
    expect(rendered(log)).toContain('/services/payments-api/index.html');
    expect(rendered(log)).toContain('/services/ledger-db/index.html');
    expect(readFileSync(join(warm, 'services/payments-api/index.html'), 'utf8')).not.toBe(before);
    // The indexes that show recovery times are drawn again.
    for (const page of ['/services/index.html', '/recovery/index.html'])
      expect(rendered(log)).toContain(page);

    // A person who may declare plans changes phone number: every page that lists her
    // contact (the services her plans cover) shows the new one.
    const amara = join(content, 'people/amara-okafor.mdx');
    writeFileSync(
      amara,
      readFileSync(amara, 'utf8').replace('+44 20 7946 0104', '+44 20 7946 0999'),
    );
    const phoned = rebuildAndCompare('phone');
    expect(rendered(phoned)).toContain('/services/storage-san/index.html');

    // A record deleted: its page goes from the output the rebuild leaves in place.
    const exercise = 'exercises/ex-2026-09-payroll-walkthrough';
    expect(existsSync(join(warm, exercise, 'index.html'))).toBe(true);
    rmSync(join(content, `${exercise}.mdx`));
    rebuildAndCompare('deleted');
    expect(existsSync(join(warm, exercise))).toBe(false);

    // A page changed by hand in the output, and a file copied in: the next build makes the
    // page again (Astro keeps no copy of it to restore: scripts/astro-page-copies.ts) and
    // removes the file, though no key moved.
    const page = join(warm, 'services/payments-api/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', ' (edited)</h1>'));
    writeFileSync(join(warm, 'services/stray.html'), '<p>not made by the build</p>');
    // A search file removed by hand: the bundle is made again, though its records are the same.
    rmSync(join(warm, 'pagefind/pagefind-entry.json'));
    // A copy an older build left in the cache is neither restored nor kept.
    const oldCopy = join(toCacheDir(warm), PAGE_COPIES, 'services/payments-api');
    mkdirSync(oldCopy, { recursive: true });
    writeFileSync(join(oldCopy, 'index.html'), '<p>an old copy</p>');
    const restored = rebuildAndCompare('hand-edit');
    expect(rendered(restored)).toContain('/services/payments-api/index.html');
    expect(reused(restored)).not.toContain('/services/payments-api/index.html');
    expect(readFileSync(page, 'utf8')).not.toContain('(edited)');
    expect(restored).toContain('; pagefind-more made from the same records as last time, kept');
    expect(restored).not.toContain('pagefind and pagefind-more made from the same');
    // Every page is in the output once: none in Astro's cache folder.
    expect(readdirSync(toCacheDir(warm)).filter((f) => f.includes(PAGE_COPIES))).toEqual([]);
    expect(existsSync(join(toCacheDir(warm), 'incremental-build.json'))).toBe(true);
  }, 400_000);
});
