import { describe, it, expect, inject } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launch, useSampleSite, type SampleServer } from './browser.ts';
import { serveDir } from '../../scripts/serve.mjs';
import { firstVisitBytes, type OfflineManifest } from '../../scripts/astro-offline.ts';

const dist = () => inject('sampleDist');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(dist(), path), 'utf8')) as T;
const manifest = () => readJson<OfflineManifest>('offline-manifest.json');
const everything = () => readJson<{ files: string[] }>('offline/all.json').files;
type Pack = { id: string; title: string; pages: string[] };

describe('the offline manifest of the sample', () => {
  it('keeps the shell and the search core on install, and lists every page for "keep everything" but the downloads', () => {
    const m = manifest();
    expect(m.shell).toEqual(expect.arrayContaining(['./', 'search/', 'offline/', '404.html']));
    expect(
      m.shell.filter((f) => f.endsWith('/') && !['./', 'search/', 'offline/'].includes(f)),
    ).toEqual([]);
    expect(m.search.length).toBeGreaterThan(10);
    expect(m.search.every((f) => f.startsWith('pagefind/'))).toBe(true);
    // The site's own search loads Pagefind's script, never its ready-made interfaces.
    expect(m.search).toContain('pagefind/pagefind.js');
    expect(m.search.filter((f) => /pagefind-(ui|component-ui|modular-ui)/.test(f))).toEqual([]);
    const all = everything();
    expect(all).toEqual(expect.arrayContaining([...m.shell, ...m.search]));
    expect(all).toContain('go-bags/database/');
    expect(all.filter((f) => /^(api|exports)\/|\.ics$|^vendor\/|^sw\.js$/.test(f))).toEqual([]);
    expect(m.everything.files).toBe(all.length);
  });

  it("lists a team's pack: its page, go-bag, plans and people, in a file of its own", () => {
    const pack = readJson<Pack>('offline/packs/teams-database.json');
    expect(pack.title).toBe('Team: Database');
    expect(pack.pages.slice(0, 3)).toEqual([
      'teams/database/',
      'go-bags/database/',
      'plans/database-recovery/',
    ]);
    expect(pack.pages).toContain('people/elena-petrova/');
    expect(pack.pages.every((p) => everything().includes(p))).toBe(true);
  });

  it('says what a first visit costs: the manifest, shell and search core, compressed', () => {
    const m = manifest();
    const first = firstVisitBytes(dist());
    expect(first.files).toBe(1 + m.shell.length + m.search.length);
    expect(first.bytes).toBeGreaterThan(50_000);
    expect(first.bytes).toBeLessThan(1_000_000);
  });
});

/** Opens the home page once and waits until the worker has kept its copy. */
async function firstVisit(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(base);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  return page;
}

/** The site-relative addresses in the worker's cache. */
function cached(page: Page, base: string): Promise<string[]> {
  return page.evaluate(async (b) => {
    const out: string[] = [];
    for (const name of await caches.keys())
      for (const r of await (await caches.open(name)).keys()) out.push(r.url.slice(b.length));
    return out;
  }, base);
}

const at = (base: string, path: string) => new URL(path === './' ? '' : path, base).href;

// Under both servers: astro preview sends Vary: Origin, and module scripts are requested with
// an Origin header, so a worker that does not ignore Vary finds no script in its copy.
describe.skipIf(!CHROMIUM).each<SampleServer>(['serve.mjs', 'astro preview'])(
  'offline copy, served by %s',
  (server) => {
    const site = useSampleSite(server);

    it('keeps the shell and search core after a first visit, and no record page', async () => {
      const context = await site.browser.newContext();
      const page = await firstVisit(context, site.base);
      const m = manifest();
      const keys = await cached(page, site.base);
      expect(keys).toEqual(
        expect.arrayContaining([...m.shell.map((f) => (f === './' ? '' : f)), ...m.search]),
      );
      expect(keys.length).toBeLessThanOrEqual(m.shell.length + m.search.length + 1);
      expect(keys.filter((k) => /^(services|plans|teams|people|bia|risks)\//.test(k))).toEqual([]);
      await context.close();
    });

    it('opens the pages visited online with the network off, saying it shows the offline copy, and says a page never visited is not kept', async () => {
      const context = await site.browser.newContext();
      const page = await firstVisit(context, site.base);
      const visited = ['services/erp/', 'plans/database-recovery/', 'risks/', 'glossary/'];
      for (const path of visited) await page.goto(at(site.base, path));
      // Pages are kept as they are visited (the worker stores them after answering).
      await expect
        .poll(async () => (await cached(page, site.base)).filter((k) => visited.includes(k)))
        .toHaveLength(visited.length);
      expect(await page.locator('#offline-banner').isHidden()).toBe(true);
      await context.setOffline(true);
      for (const path of visited) {
        const res = await page.goto(at(site.base, path));
        expect(res?.ok(), path).toBe(true);
        expect(await page.locator('h1').count(), path).toBe(1);
      }
      expect(await page.locator('#offline-banner').isVisible()).toBe(true);
      expect(await page.locator('#offline-banner').textContent()).toContain('2026-11-25');

      const res = await page.goto(at(site.base, 'services/payments-api/'));
      expect(res?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('Not kept on this device');
      expect(await page.locator('main').innerText()).toContain(
        'this page is not kept on this device',
      );
      expect(await page.locator('main a[href$="/offline/"]').isVisible()).toBe(true);
      expect(await page.locator('#offline-banner').isVisible()).toBe(false);
      await context.close();
    }, 60_000);

    it("keeps a team's plans and go-bag with one button, then opens them offline", async () => {
      const context = await site.browser.newContext();
      const page = await firstVisit(context, site.base);
      await page.goto(at(site.base, 'teams/database/'));
      const button = page.getByRole('button', { name: "Keep this team's plans offline" });
      await button.click();
      const section = page.locator('[data-keep="teams-database"]');
      await page.locator('[data-keep="teams-database"][data-state="kept"]').waitFor();
      expect(await section.locator('[data-keep-state]').innerText()).toMatch(
        /^Kept on this device: \d+ pages, copy of \d{4}-\d\d-\d\d\.$/,
      );
      expect(await page.getByRole('button', { name: 'Remove this copy' }).isVisible()).toBe(true);

      const pack = readJson<Pack>('offline/packs/teams-database.json');
      await context.setOffline(true);
      for (const path of pack.pages) {
        const res = await page.goto(at(site.base, path));
        expect(res?.ok(), path).toBe(true);
      }
      await page.goto(at(site.base, 'go-bags/database/'));
      expect(await page.locator('h1').innerText()).toBe('Go-bag: Database');
      await page.goto(at(site.base, 'offline/'));
      await page.locator('[data-device="packs"] li').first().waitFor();
      expect(await page.locator('[data-device="packs"]').innerText()).toContain('Team: Database');
      expect(await page.locator('[data-device="asof"]').innerText()).toBe('2026-11-25');
      // The pages it can open, by title, to reach them with the network down.
      await page.locator('.offline-pages summary').click();
      await page.getByRole('link', { name: 'Go-bag: Database', exact: true }).waitFor();

      // Removed, its pages go, the shell stays.
      await context.setOffline(false);
      await page.goto(at(site.base, 'teams/database/'));
      await page.getByRole('button', { name: 'Remove this copy' }).click();
      await button.waitFor();
      const keys = await cached(page, site.base);
      expect(keys).not.toContain('go-bags/database/');
      expect(keys).toContain('search/');
      await context.close();
    }, 60_000);

    it('finds a plan by its title with the network off after a first visit only', async () => {
      const context = await site.browser.newContext();
      const page = await firstVisit(context, site.base);
      await context.setOffline(true);
      await page.goto(at(site.base, 'search/?q=Database%20recovery%20plan'));
      await page.waitForFunction(() =>
        /\d+ result/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
      const hrefs = await page
        .locator('#search-results a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain('/plans/database-recovery/');
      await context.close();
    }, 60_000);

    it('keeps everything from the offline page, then opens 20 pages across the site offline', async () => {
      const context = await site.browser.newContext();
      const page = await firstVisit(context, site.base);
      await page.goto(at(site.base, 'offline/'));
      await page.getByRole('button', { name: 'Keep everything' }).click();
      await page.locator('[data-keep="all"][data-state="kept"]').waitFor({ timeout: 100_000 });
      // The list of what is kept is redrawn after the state changes: wait for it.
      await expect
        .poll(() => page.locator('[data-device="packs"]').innerText(), { timeout: 15_000 })
        .toContain('Everything');
      const pages = everything()
        .filter((f) => f.endsWith('/') && !['./', 'search/', 'offline/'].includes(f))
        .filter((_, i, all) => i % Math.floor(all.length / 20) === 0)
        .slice(0, 20);
      expect(pages).toHaveLength(20);
      await context.setOffline(true);
      for (const path of pages) {
        const res = await page.goto(at(site.base, path));
        expect(res?.ok(), path).toBe(true);
        expect(await page.locator('h1').count(), path).toBe(1);
      }
      await context.close();
    }, 150_000);
  },
);

describe.skipIf(!CHROMIUM)('offline copy without JavaScript', () => {
  const site = useSampleSite();

  it('shows no button, and the offline page explains what a copy needs', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at(site.base, 'teams/database/'));
    expect(await page.getByRole('button', { name: /Keep/ }).count()).toBe(0);
    await page.goto(at(site.base, 'offline/'));
    expect(await page.locator('h1').innerText()).toBe('Offline copy');
    expect(await page.locator('main').innerText()).toContain('Offline copies need JavaScript');
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(!CHROMIUM)('offline copy when the site has a new version', () => {
  it('refreshes the kept pack and the visited pages, and drops the old copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itscm-offline-v2-'));
    cpSync(dist(), dir, { recursive: true });
    const { server, url } = await serveDir(dir);
    const browser = await launch();
    try {
      const context = await browser.newContext();
      const page = await firstVisit(context, url);
      await page.goto(at(url, 'services/erp/'));
      await page.goto(at(url, 'teams/database/'));
      await page.getByRole('button', { name: "Keep this team's plans offline" }).click();
      await page.locator('[data-keep="teams-database"][data-state="kept"]').waitFor();
      const before = await page.evaluate(() => caches.keys());
      expect(before).toEqual([`itscm-${manifest().version}`]);

      // The next build: one kept page and one visited page changed, a new version.
      const edit = (file: string, from: string, to: string) =>
        writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));
      edit(
        'go-bags/database/index.html',
        '<h1>Go-bag: Database</h1>',
        '<h1>Go-bag: Database v2</h1>',
      );
      edit('services/erp/index.html', '</h1>', ' v2</h1>');
      edit('offline-manifest.json', manifest().version, 'test-v2');
      edit('sw.js', `const VERSION = '${manifest().version}';`, "const VERSION = 'test-v2';");
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect
        .poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
        .toEqual(['itscm-test-v2']);

      await context.setOffline(true);
      await page.goto(at(url, 'go-bags/database/'));
      expect(await page.locator('h1').innerText()).toBe('Go-bag: Database v2');
      await page.goto(at(url, 'services/erp/'));
      expect(await page.locator('h1').innerText()).toMatch(/ v2$/);
      await page.goto(at(url, 'offline/'));
      await page.locator('[data-device="packs"] li').first().waitFor();
      expect(await page.locator('[data-device="packs"]').innerText()).toContain('Team: Database');
      await context.close();
    } finally {
      await browser.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
