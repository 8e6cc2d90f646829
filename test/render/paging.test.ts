import { describe, it, expect } from 'vitest';
import {
  toPages,
  pageHref,
  pageNumberOf,
  pageParam,
  toPagerLinks,
  capList,
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
});
