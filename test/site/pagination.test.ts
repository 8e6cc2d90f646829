/**
 * Long lists of a large organisation: a generated one of 1,000 services built into its own
 * folder. Its index pages are split into pages of PAGE_SIZE, together holding every row once
 * in the list's order, their rows.json hold the same rows, no page grows past 150 KB, and the
 * counts on a list's first page are the whole organisation's.
 */
import { describe, it, expect, beforeAll, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { generateOrganisation } from '../../scripts/generate.ts';
import { writeOrganisation } from '../../scripts/gen.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { PAGE_SIZE } from '../../src/lib/render/paging.ts';
import { GAP_RULE_IDS } from '../../src/lib/analytics/gaps/index.ts';
import { COVERAGE_CAP } from '../../src/lib/render/gaps-page.ts';
import { REVIEW_CHECKS } from '../../src/lib/analytics/review-due.ts';
import { AS_OF } from '../helpers.ts';

export const SERVICES = 1000;
const content = join(TEST_DIST, 'paged-content');
const out = join(TEST_DIST, 'paged');
const MAX_PAGE = 150 * 1024;

const read = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
/** The page of a list and its later pages, in order: "services/", "services/page-2/", ... */
function pagesOf(list: string): string[] {
  const dir = join(out, list);
  const later = readdirSync(dir)
    .filter((d) => /^page-\d+$/.test(d))
    .map((d) => Number(d.slice(5)))
    .sort((a, b) => a - b);
  expect(later, `${list} pages are numbered 2, 3, ...`).toEqual(later.map((_, i) => i + 2));
  return [list, ...later.map((n) => `${list}page-${n}/`)];
}
/** The body rows of the page's first table. */
const bodyRows = (html: string) =>
  (html.split('<tbody>')[1] ?? '').split('</tbody>')[0].split('<tr').slice(1);
/** Items of the `ul.actions` lists of a page. */
const actionItems = (html: string) =>
  html
    .split('<ul class="actions">')
    .slice(1)
    .flatMap((ul) => ul.split('</ul>')[0].split('<li').slice(1));

describe('pagination of a large organisation', () => {
  beforeAll(() => {
    writeOrganisation(content, generateOrganisation({ services: SERVICES, seed: 3 }));
    const r = astroBuild({ ITSCM_CONTENT: content, ITSCM_OUT_DIR: out });
    expect(r.status, r.output).toBe(0);
  }, 600_000);

  it('shows PAGE_SIZE services on the first page of the services index, with a pager', () => {
    const html = read('services');
    expect(bodyRows(html)).toHaveLength(PAGE_SIZE);
    expect(html).toContain('<nav class="pager no-print" aria-label="Pages of services">');
    expect(html).toContain('href="/services/page-2/"');
    expect(html).toContain(`of ${SERVICES.toLocaleString('en')} services, page 1 of 10`);
    expect(html).toContain('data-rows="/services/rows.json"');
  });

  it('lists every service exactly once across the pages, in rank order, and rows.json the same', () => {
    const rows = pagesOf('services/').flatMap((p) => bodyRows(read(p)));
    const ranks = rows.map((r) => Number(/<td data-value="(\d+)">/.exec(r)![1]));
    const hrefs = rows.map((r) => /<th scope="row"><a href="([^"]+)"/.exec(r)![1]);
    expect(ranks).toEqual(Array.from({ length: SERVICES }, (_, i) => i + 1));
    expect(new Set(hrefs).size).toBe(SERVICES);
    const ids = readdirSync(join(content, 'services')).map((f) => f.replace(/\.mdx?$/, ''));
    expect([...hrefs].sort()).toEqual(ids.map((id) => `/services/${id}/`).sort());

    const json = JSON.parse(readFileSync(join(out, 'services/rows.json'), 'utf8'));
    expect(json.total).toBe(SERVICES);
    expect(json.rows).toHaveLength(SERVICES);
    expect(json.rows.map((r: unknown[]) => Number((r[1] as string[])[0]))).toEqual(ranks);
    expect(json.rows.map((r: [unknown, unknown, [[[string, string]]]]) => r[2][0][0][1])).toEqual(
      hrefs,
    );
  });

  it('keeps every page of the lists it splits under 150 KB', () => {
    const lists = [
      'services/',
      'bia/',
      'risks/',
      'recovery/',
      'a-z/',
      'data-quality/',
      'gaps/coverage/',
      'gaps/by-cost/',
      ...GAP_RULE_IDS.map((r) => `gaps/${r}/`),
      ...REVIEW_CHECKS.map((c) => `reviews/${c}/`),
      ...[
        'people',
        'plans',
        'teams',
        'vendors',
        'locations',
        'exercises',
        'policies',
        'guides',
      ].map((k) => `${k}/`),
    ].filter((l) => existsSync(join(out, l, 'index.html')));
    const pages = ['', 'gaps/', 'reviews/', ...lists.flatMap(pagesOf)];
    expect(pages.length).toBeGreaterThan(60);
    const sizes = pages.map((p) => [p, statSync(join(out, p, 'index.html')).size] as const);
    const over = sizes.filter(([, size]) => size > MAX_PAGE);
    expect(over, 'pages over 150 KB').toEqual([]);
  });

  it('shows the first COVERAGE_CAP rows of scenario coverage on the gaps page and links every row', () => {
    const section = read('gaps')
      .split('<section aria-labelledby="coverage">')[1]
      .split('</section>')[0];
    expect(bodyRows(section)).toHaveLength(COVERAGE_CAP);
    const all = pagesOf('gaps/coverage/').flatMap((p) => bodyRows(read(p)));
    expect(all.length).toBeGreaterThan(COVERAGE_CAP);
    expect(section).toContain(
      `The first ${COVERAGE_CAP} of ${all.length} services; and ${all.length - COVERAGE_CAP}`,
    );
    expect(section).toContain(
      '<a href="/gaps/coverage/">the coverage of every tier 1–2 service</a>',
    );
    // The rows shown are the first rows of the whole table.
    expect(bodyRows(section)).toEqual(all.slice(0, COVERAGE_CAP));
  });

  it("counts the whole organisation's gaps and reviews on the first page, each the sum of its pages", () => {
    const loaded = loadContentFolder(content);
    const model = buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: AS_OF });
    const analysis = analyse(model);

    const gaps = read('gaps');
    expect(gaps).toContain(`${analysis.gaps.length} gaps`);
    for (const rule of GAP_RULE_IDS) {
      const whole = analysis.gaps.filter((g) => g.rule === rule).length;
      if (whole === 0) continue;
      const m = new RegExp(`<a href="/gaps/${rule}/">[^<]*</a>\\s*</strong>\\s*\\((\\d+):`).exec(
        gaps,
      );
      expect(Number(m?.[1]), `the count of ${rule} on gaps/`).toBe(whole);
      const listed = pagesOf(`gaps/${rule}/`).flatMap((p) => actionItems(read(p)));
      expect(listed, `every ${rule} gap on its pages`).toHaveLength(whole);
    }

    const reviews = read('reviews');
    for (const check of REVIEW_CHECKS) {
      const open = analysis.reviews.filter((i) => i.check === check && i.status !== 'current');
      const m = new RegExp(`<a href="/reviews/${check}/">[^<]*</a>\\s*</strong>\\s*: ([^<]+)`).exec(
        reviews,
      );
      const said = m?.[1] ?? '';
      expect(said, `the count of ${check} on reviews/`).toMatch(
        open.length === 0 ? /^all current/ : new RegExp(`^${open.length} not current`),
      );
      if (open.length === 0) continue;
      const listed = pagesOf(`reviews/${check}/`).flatMap((p) => actionItems(read(p)));
      expect(listed, `every ${check} item on its pages`).toHaveLength(open.length);
    }
  });
});

describe('the sample', () => {
  it('shows its lists whole, without a pager or rows.json', () => {
    const dist = inject('internalDist');
    for (const list of ['services', 'bia', 'risks', 'a-z', 'recovery', 'plans']) {
      const html = readFileSync(join(dist, list, 'index.html'), 'utf8');
      expect(html, list).not.toContain('class="pager');
      expect(html, list).not.toContain('data-rows=');
      expect(existsSync(join(dist, list, 'page-2')), list).toBe(false);
      expect(existsSync(join(dist, list, 'rows.json')), list).toBe(false);
    }
  });
});
