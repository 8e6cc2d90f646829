import { describe, it, expect } from 'vitest';
import {
  toPages,
  pageHref,
  pageNumberOf,
  pageParam,
  toPagerLinks,
  capList,
  pageCountOf,
  toPage,
  toPagePaths,
  toPageRange,
  toGroupedPage,
  toGroupStartPages,
} from '../../src/lib/render/paging.ts';

describe('paging', () => {
  it('splits a list into pages that together hold every item once, in order', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const pages = toPages(items, 100);
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => p.first)).toEqual([1, 101, 201]);
    expect(pages.every((p) => p.pages === 3 && p.total === 250)).toBe(true);
  });

  it('gives one empty page for an empty list', () => {
    expect(toPages([], 100)).toEqual([{ number: 1, pages: 1, items: [], first: 0, total: 0 }]);
  });

  it('puts page 1 at the list address and page n under page-n/, both ways', () => {
    expect(pageHref('/services/', 1)).toBe('/services/');
    expect(pageHref('/services/', 7)).toBe('/services/page-7/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageNumberOf(pageParam(7))).toBe(7);
    expect(pageNumberOf(undefined)).toBe(1);
  });

  it('links previous, next, the ends and the neighbours, eliding the rest', () => {
    const links = toPagerLinks('/s/', 5, 10).map((l) => (l === 'gap' ? '…' : l.label));
    expect(links).toEqual(['Previous', '1', '…', '4', '5', '6', '…', '10', 'Next']);
    expect(toPagerLinks('/s/', 1, 1)).toEqual([]);
    const first = toPagerLinks('/s/', 1, 2);
    expect(first.map((l) => (l === 'gap' ? '…' : l.label))).toEqual(['1', '2', 'Next']);
  });

  it('caps a list and counts what it leaves out', () => {
    expect(capList([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(capList([1], 2)).toEqual({ shown: [1], more: 0 });
  });

  it('makes page n alone, the same as the n-th of every page', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const all = toPages(items, 100);
    for (const n of [1, 2, 3]) expect(toPage(items, n, 100)).toEqual(all[n - 1]);
    expect(pageCountOf(0, 100)).toBe(1);
    expect(pageCountOf(201, 100)).toBe(3);
  });

  it('lists the route parameters of every page, page 1 without one', () => {
    expect(toPagePaths(201, { rule: 'x' }, 100)).toEqual([
      { params: { rule: 'x', page: undefined } },
      { params: { rule: 'x', page: 'page-2' } },
      { params: { rule: 'x', page: 'page-3' } },
    ]);
    expect(toPagePaths(0)).toEqual([{ params: { page: undefined } }]);
  });

  it('says which items a page shows, and nothing when the list fits on one page', () => {
    const items = Array.from({ length: 2345 }, (_, i) => i);
    expect(toPageRange(toPage(items, 2, 100), 'services')).toBe(
      '101–200 of 2,345 services, page 2 of 24',
    );
    expect(toPageRange(toPage(items, 24, 100), 'services')).toBe(
      '2,301–2,345 of 2,345 services, page 24 of 24',
    );
    expect(toPageRange(toPage([1, 2], 1, 100), 'services')).toBe('');
  });

  // Groups a (3 items), b (4), c (1), pages of 3:
  //   page 1: a1 a2 a3 | page 2: b1 b2 b3 | page 3: b4 c1
  it('cuts a grouped list into pages, a group cut by a page on both, marked continued', () => {
    const groups = [
      { group: 'a', items: ['a1', 'a2', 'a3'] },
      { group: 'b', items: ['b1', 'b2', 'b3', 'b4'] },
      { group: 'c', items: ['c1'] },
    ];
    const pages = [1, 2, 3].map((n) => toGroupedPage(groups, n, 3));
    expect(pages.map((p) => p.items.map((g) => `${g.group}:${g.items.join(',')}`))).toEqual([
      ['a:a1,a2,a3'],
      ['b:b1,b2,b3'],
      ['b:b4', 'c:c1'],
    ]);
    expect(pages[2].items.map((g) => g.continued)).toEqual([true, false]);
    expect(pages[1].items[0].continues).toBe(true);
    expect(pages.map((p) => [p.first, p.itemCount, p.pages, p.total])).toEqual([
      [1, 3, 3, 8],
      [4, 3, 3, 8],
      [7, 2, 3, 8],
    ]);
    expect(toGroupStartPages([3, 4, 1], 3)).toEqual([1, 2, 3]);
  });
});
