/**
 * The complete list behind a capped one: a record page or a scenario shows the first
 * LIST_CAP items of a long list (the most important first: tier, then title) and links "see
 * all" to a paginated page made here from the same items, so nothing is hidden and no page
 * grows with the organisation. Plain data: the items, their order, and which list pages exist.
 */
import type { RecordKey } from '../model/key.ts';
import { capList, toPages, LIST_CAP, PAGE_SIZE, type Page } from './paging.ts';
import { compareTitles } from './title-order.ts';

/** One item of a long list: a record, its tier, and a few words about it ("back after 4h"). */
export interface ListedRecord {
  key: RecordKey;
  title: string;
  tier?: number;
  /** What kind of record it is, in words ("service", "business function"). */
  kindLabel?: string;
  /** What the list says about it ("wave 3, back after 4h, target 2h"). */
  note?: string;
  /** Marked late (a broken target, at risk). */
  late?: boolean;
  /** The part of the list it belongs to ("Depends on: services"), when the list has parts. */
  group?: string;
}

/** A capped list as a page shows it: what is shown, how many more, how many in all. */
export interface CappedList<T> {
  shown: T[];
  more: number;
  total: number;
}

/** The first `cap` items of `items` and how many more (capList, with the total). */
export function toCapped<T>(items: readonly T[], cap: number = LIST_CAP): CappedList<T> {
  return { ...capList(items, cap), total: items.length };
}

/**
 * Most important first: tier 1 before tier 2 before no tier, then by title (English order,
 * numbers by value), then by key so the order is total.
 */
export function byTierThenTitle(
  a: Pick<ListedRecord, 'tier' | 'title' | 'key'>,
  b: Pick<ListedRecord, 'tier' | 'title' | 'key'>,
): number {
  const t = (a.tier ?? Infinity) - (b.tier ?? Infinity);
  if (t !== 0 && !Number.isNaN(t)) return t;
  return compareTitles(a.title, b.title) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** A complete list page's content: what it lists, for whom, and every item in order. */
export interface RecordListView {
  /** Page title and h1: "What fails with Ledger database". */
  title: string;
  /** One sentence under the title: what the list holds and in which order. */
  intro: string;
  /** The page the list belongs to. */
  back: { href: string; label: string };
  /** Every item, in the order the capped list shows its first ones. */
  items: ListedRecord[];
  /** Items of the list the edition does not name (counted, never listed). */
  restricted: number;
}

/** One page of a complete list, for a `[...page]` route. */
export interface RecordListPage {
  view: RecordListView;
  page: Page<ListedRecord>;
}

/** The pages of a complete list (PAGE_SIZE items each; one page even when short). */
export function toRecordListPages(
  view: RecordListView,
  size: number = PAGE_SIZE,
): RecordListPage[] {
  return toPages(view.items, size).map((page) => ({ view, page }));
}
