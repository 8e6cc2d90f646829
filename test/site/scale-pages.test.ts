/**
 * Record-like pages stay small as the organisation grows (issue 15): a generated organisation
 * of 1,000 services is built, and the largest hub service page, scenario page, tabletop pack,
 * handout, role page, print pack and dependency view are each under 100 KB; every capped list
 * links a complete list whose pages together hold exactly the items the analysis says, once.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { writeOrganisation } from '../../scripts/gen.ts';
import { generateOrganisation } from '../../scripts/generate.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { publish, type Published } from '../../src/lib/publish/publish.ts';
import { listRoles } from '../../src/lib/render/roles.ts';
import { toTier1PlansPage } from '../../src/lib/render/tier1-plans-page.ts';
import { walkView } from '../../src/lib/render/dependency-view.ts';
import { listPlansToInvoke } from '../../src/lib/render/scenario-page.ts';
import { toPersonRoles } from '../../src/lib/render/person-roles.ts';
import { LIST_CAP } from '../../src/lib/render/paging.ts';

const SERVICES = 1000;
const LIMIT = 100 * 1024;
const content = join(TEST_DIST, 'scale-content');
const out = join(TEST_DIST, 'scale');
let site: Published;

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const size = (path: string) => statSync(join(out, path, 'index.html')).size;

/** The pages of the complete list at `base` (page 1, then page-2/, ...), in order. */
function listPages(base: string): string[] {
  const pages = [html(base)];
  for (let n = 2; existsSync(join(out, base, `page-${n}`, 'index.html')); n++)
    pages.push(html(`${base}page-${n}/`));
  return pages;
}

/** The record keys a complete list links, across its pages, in order ("services/erp"). */
function listedKeys(base: string): string[] {
  return listPages(base).flatMap((page) => {
    const list = /<ol class="record-list"[^>]*>([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '';
    return [...list.matchAll(/<li[^>]*>[\s\S]*?<a href="\/([^"]+)\/">/g)].map((m) => m[1]);
  });
}

/** Every page under `dir` (index.html files), with its size. */
function pagesUnder(dir: string): { path: string; size: number }[] {
  const found: { path: string; size: number }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(out, d), { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name === 'index.html')
        found.push({ path: d, size: statSync(join(out, d, e.name)).size });
  };
  walk(dir);
  return found;
}

const sorted = (xs: string[]) => [...xs].sort();

beforeAll(() => {
  writeOrganisation(content, generateOrganisation({ services: SERVICES, seed: 15 }));
  const r = astroBuild({ ITSCM_CONTENT: content, ITSCM_OUT_DIR: out });
  expect(r.status, r.output).toBe(0);
  const loaded = loadContentFolder(content);
  const model = buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: '2026-11-25' });
  site = publish(model, analyse(model), 'internal');
}, 900_000);

describe(`record-like pages of ${SERVICES} services`, () => {
  it('keeps every service, scenario, tabletop, handout, role, person, print pack and dependency view page under 100 KB', () => {
    const families = [
      'services',
      'scenarios',
      'roles',
      'print',
      'map/services',
      'map/bia',
      'people',
    ];
    for (const dir of families) {
      // Not the index pages (nor their own pages): they are split elsewhere.
      const index = /^(services|scenarios|roles|people)(\/page-\d+)?$/;
      const pages = pagesUnder(dir).filter((p) => !index.test(p.path));
      expect(pages.length, dir).toBeGreaterThan(0);
      const largest = pages.reduce((a, b) => (b.size > a.size ? b : a));
      expect(largest.size, `${largest.path} is ${largest.size} bytes`).toBeLessThan(LIMIT);
    }
  });

  it("lists everything that fails with the hub on its complete list, once, and links it from the hub's page", () => {
    const hub = site.recovery.nodes
      .filter((n) => n.kind === 'services')
      .reduce((a, b) =>
        b.impact.functions + b.impact.services > a.impact.functions + a.impact.services ? b : a,
      );
    const impact = site.recovery.impact(hub.key);
    expect(impact.functions.length + impact.services.length).toBeGreaterThan(100);
    const base = `services/${hub.id}/affected/`;
    expect(html(`services/${hub.id}/`)).toContain(`href="/${base}"`);
    expect(size(`services/${hub.id}/`)).toBeLessThan(LIMIT);
    const listed = listedKeys(base);
    expect(listed).toHaveLength(new Set(listed).size);
    expect(sorted(listed)).toEqual(sorted([...impact.functions, ...impact.services]));
  });

  it('lists everything that goes down in the largest scenario, and every plan to invoke, once', () => {
    const s = site.scenarios.items.reduce((a, b) =>
      b.functions.length + b.services.length > a.functions.length + a.services.length ? b : a,
    );
    for (const page of ['', 'tabletop/', 'handout/']) {
      expect(size(`scenarios/${s.id}/${page}`), page).toBeLessThan(LIMIT);
      expect(html(`scenarios/${s.id}/${page}`)).toContain(`href="/scenarios/${s.id}/affected/"`);
    }
    const listed = listedKeys(`scenarios/${s.id}/affected/`);
    expect(listed).toHaveLength(new Set(listed).size);
    expect(sorted(listed)).toEqual(sorted([...s.functions, ...s.services].map((x) => x.key)));
    const plans = listedKeys(`scenarios/${s.id}/plans/`);
    expect(plans).toEqual(listPlansToInvoke(site, s).plans.map((p) => p.key));
  });

  it("lists every plan with a step in the busiest role and every holder's team", () => {
    const role = listRoles(site.model).reduce((a, b) => (b.plans.length > a.plans.length ? b : a));
    expect(size(`roles/${role.slug}/`)).toBeLessThan(LIMIT);
    expect(sorted(listedKeys(`roles/${role.slug}/plans/`))).toEqual(
      sorted(role.plans.map((id) => `plans/${id}`)),
    );
  });

  it("names a person's first plans to know and links their roles' complete lists of plans", () => {
    const parts = site.model.byKind.people.map((p) => ({ p, part: toPersonRoles(site, p) }));
    const { p, part } = parts.reduce((a, b) => (b.part.plans.total > a.part.plans.total ? b : a));
    expect(part.plans.more).toBeGreaterThan(0);
    const page = html(`people/${p.id}/`);
    const known = /<dt>Plans to know<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(page)?.[1] ?? '';
    const named = [...known.matchAll(/href="\/(plans\/[^"]+)\/"/g)].map((m) => m[1]);
    expect(named).toEqual(part.plans.shown.map((l) => `plans/${l.id}`));
    expect(named).toHaveLength(LIST_CAP);
    expect(known).toContain(`and ${part.plans.more} more`);
    // Every plan to know is named here or on the complete list of one of the person's roles.
    expect(part.planLists.length).toBeGreaterThan(0);
    for (const l of part.planLists) expect(known).toContain(`href="/${l.href}"`);
    const reachable = new Set([...named, ...part.planLists.flatMap((l) => listedKeys(l.href))]);
    const held = new Set(
      site.model.byKind.teams.flatMap((t) =>
        t.data.members.filter((m) => m.person === p.id).map((m) => m.role.toLowerCase()),
      ),
    );
    const toKnow = site.model.byKind.plans.filter(
      (x) =>
        x.data.declaredBy.includes(p.id) ||
        x.data.steps.some((st) => held.has(st.role.toLowerCase())),
    );
    expect(toKnow).toHaveLength(part.plans.total);
    for (const x of toKnow) expect(reachable.has(x.key), x.key).toBe(true);
  });

  it('prints every tier-1 plan in exactly one pack, one per owning team, listed on the index', () => {
    const v = toTier1PlansPage(site, (k) => `/${k}/`);
    const index = html('print/tier-1-plans/');
    const teams = [...index.matchAll(/href="\/print\/tier-1-plans\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(teams.length).toBeGreaterThan(1);
    const printed = teams.flatMap((t) =>
      listPages(`print/tier-1-plans/${t}/`).flatMap((p) =>
        [...p.matchAll(/<article class="print-break" id="plan-([^"]+)"/g)].map((m) => m[1]),
      ),
    );
    expect(sorted(printed)).toEqual(sorted(v.plans.map((p) => p.id)));
  });

  it("lists what the hub's dependency view leaves out, once each", () => {
    const hub = site.recovery.nodes.reduce((a, b) =>
      walkView(site, b.key, 3).leftOutList.length > walkView(site, a.key, 3).leftOutList.length
        ? b
        : a,
    );
    const { leftOutList } = walkView(site, hub.key, 3);
    expect(leftOutList.length).toBeGreaterThan(0);
    expect(size(`map/${hub.key}/depth-3/`)).toBeLessThan(LIMIT);
    const listed = listedKeys(`map/${hub.key}/left-out/`);
    expect(sorted(listed)).toEqual(sorted(leftOutList.map((l) => l.key)));
    expect(html(`map/${hub.key}/depth-3/`)).toContain(`href="/map/${hub.key}/left-out/"`);
  });

  it("lists every team's go-bag once on go-bags/, and the first 50 on the home page", () => {
    const bagsOf = (page: string) =>
      [...page.matchAll(/<li><a href="\/go-bags\/([^/"]+)\/">/g)].map((m) => m[1]);
    const listed = listPages('go-bags/').flatMap(bagsOf);
    const teams = site.model.byKind.teams.map((t) => t.id);
    expect(sorted(listed)).toEqual(sorted(teams));
    const home = html('');
    const onHome = [...home.matchAll(/<ul class="inline go-bags">([\s\S]*?)<\/ul>/g)].flatMap((m) =>
      bagsOf(m[1]),
    );
    expect(onHome).toEqual(listed.slice(0, 50));
    expect(home.includes('href="/go-bags/">every go-bag</a>')).toBe(teams.length > 50);
  });
});
