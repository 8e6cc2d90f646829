/**
 * Long lists split into pages of a size a reader (and a phone) can use. Page 1 lives at the
 * list's own address ("services/"), page n at "<base>page-n/". Pure: the caller gives the base
 * address; links are made by `pageHref`.
 */

/** Rows per page of an index table: small enough for a phone, large enough to scan. */
export const PAGE_SIZE = 100;

/**
 * Entries per page of the A–Z index: each is one short line (a title and its kind), and the
 * index is what a reader without JavaScript searches with find in page, so its pages are long.
 */
export const A_TO_Z_PAGE_SIZE = 500;

/** Items a record page lists before it links to the full list. */
export const LIST_CAP = 50;

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  pages: number;
  items: T[];
  /** 1-based position of the page's first item in the whole list (0 when empty). */
  first: number;
  /** Items in the whole list. */
  total: number;
}

/** The list split into pages of `size` (at least one page, empty when the list is). */
export function toPages<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    number: i + 1,
    pages,
    items: items.slice(i * size, (i + 1) * size),
    first: items.length === 0 ? 0 : i * size + 1,
    total: items.length,
  }));
}

/** Address of page `n` of the list at `base` (which ends with "/"). */
export const pageHref = (base: string, n: number): string => (n <= 1 ? base : `${base}page-${n}/`);

/** The route parameter of page `n` for a `[...page]` route: undefined for page 1. */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : `page-${n}`);

/** The page number a `[...page]` route parameter names (1 for none). */
export function pageNumberOf(param: string | undefined): number {
  const m = /^page-(\d+)$/.exec(param ?? '');
  return m ? Number(m[1]) : 1;
}

export interface PagerLink {
  label: string;
  href: string;
  current: boolean;
}

/**
 * The links of a pager: previous, the first, the last and the pages around the current one,
 * with gaps elided, and next. Empty when there is one page.
 */
export function toPagerLinks(base: string, page: number, pages: number): (PagerLink | 'gap')[] {
  if (pages <= 1) return [];
  const around = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const numbers = [...around].sort((a, b) => a - b);
  const links: (PagerLink | 'gap')[] = [];
  if (page > 1) links.push({ label: 'Previous', href: pageHref(base, page - 1), current: false });
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1] > 1) links.push('gap');
    links.push({ label: String(n), href: pageHref(base, n), current: n === page });
  });
  if (page < pages) links.push({ label: 'Next', href: pageHref(base, page + 1), current: false });
  return links;
}

/** What is shown of a long list on a record page: the first `cap` items and how many more. */
export function capList<T>(
  items: readonly T[],
  cap: number = LIST_CAP,
): { shown: T[]; more: number } {
  return { shown: items.slice(0, cap), more: Math.max(0, items.length - cap) };
}

/** How many pages a list of `total` items has (at least 1). */
export const pageCountOf = (total: number, size: number = PAGE_SIZE): number =>
  Math.max(1, Math.ceil(total / size));

/**
 * Page `n` of a list, made without splitting the rest: what a `[...page]` route renders. An
 * `n` beyond the last page gives an empty page numbered `n`.
 */
export function toPage<T>(items: readonly T[], n: number, size: number = PAGE_SIZE): Page<T> {
  const start = (n - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    number: n,
    pages: pageCountOf(items.length, size),
    items: slice,
    first: slice.length === 0 ? 0 : start + 1,
    total: items.length,
  };
}

/**
 * The `getStaticPaths` parameters of a `[...page]` route over a list of `total` items, each
 * page's `page` parameter (undefined for page 1) merged into `params`.
 */
export function toPagePaths<P extends Record<string, string | undefined>>(
  total: number,
  params: P = {} as P,
  size: number = PAGE_SIZE,
): { params: P & { page: string | undefined } }[] {
  return Array.from({ length: pageCountOf(total, size) }, (_, i) => ({
    params: { ...params, page: pageParam(i + 1) },
  }));
}

/**
 * What a page says it shows: "" when the list fits on one page, else "101–200 of 2,000
 * services, page 2 of 20". `noun` is the plural of what is listed; `count` the items the page shows (a grouped page
 * counts its items, not its groups).
 */
export function toPageRange(
  page: Page<unknown>,
  noun: string,
  count: number = page.items.length,
): string {
  if (page.pages <= 1) return '';
  const n = (x: number) => x.toLocaleString('en');
  const last = page.first + count - 1;
  const shown = count === 0 ? 'none' : `${n(page.first)}–${n(last)}`;
  return `${shown} of ${n(page.total)} ${noun}, page ${page.number} of ${page.pages}`;
}

/** Lists whose items are grouped (waves, letters, rules) split across pages: each page's groups, a group cut by a page boundary appearing on both with `continued` set on the later. */
export interface PagedGroup<G, T> {
  group: G;
  items: T[];
  /** The group began on an earlier page. */
  continued: boolean;
  /** The group goes on to a later page. */
  continues: boolean;
}

/**
 * Page `n` of a grouped list: the groups (in order) of the items `(n-1)*size ... n*size-1`
 * of the whole list read group after group.
 */
export function toGroupedPage<G, T>(
  groups: readonly { group: G; items: readonly T[] }[],
  n: number,
  size: number = PAGE_SIZE,
): Page<PagedGroup<G, T>> & { itemCount: number } {
  const total = groups.reduce((s, g) => s + g.items.length, 0);
  const start = (n - 1) * size;
  const end = start + size;
  const out: PagedGroup<G, T>[] = [];
  let at = 0;
  for (const g of groups) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + g.items.length);
    if (from < to)
      out.push({
        group: g.group,
        items: g.items.slice(from - at, to - at),
        continued: from > at,
        continues: to < at + g.items.length,
      });
    at += g.items.length;
  }
  const itemCount = out.reduce((s, g) => s + g.items.length, 0);
  return {
    number: n,
    pages: pageCountOf(total, size),
    items: out,
    first: itemCount === 0 ? 0 : start + 1,
    total,
    itemCount,
  };
}

/** The page each group of a grouped list starts on (1-based), by the groups' sizes in order. */
export function toGroupStartPages(sizes: readonly number[], size: number = PAGE_SIZE): number[] {
  let at = 0;
  return sizes.map((n) => {
    const page = Math.floor(at / size) + 1;
    at += n;
    return page;
  });
}

/** Teams an overview page lists as "who must act" before it links to every team's list. */
export const OWNER_CAP = 20;
