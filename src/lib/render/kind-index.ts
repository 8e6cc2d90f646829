/**
 * What the index page of one record kind shows: how many records of the kind the organisation
 * has (and how many the edition does not name), and a table of the shown ones in index order
 * with their key columns. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import { idOf, keyOf, kindOf, type RecordKey } from '../model/key.ts';
import type { Entry } from '../model/model.ts';
import { KIND_LABEL, type Kind } from '../schema/index.ts';
import { sortForIndex, toIndexColumns, toIndexRow, toLink, type Cell } from './facts.ts';
import { plural } from './figure.ts';

export interface KindIndexView {
  title: string;
  /** "12 records" or "12 records (3 of them restricted, not listed)": the whole organisation's. */
  count: string;
  /** Plans: link the printable tier-1 plans. */
  printLink: boolean;
  columns: string[];
  rows: { href: string; title: string; cells: Cell[] }[];
}

/** The index of `kind` of one edition; `href` makes a shown record's link. */
export function toKindIndex(
  site: Published,
  kind: Kind,
  href: (key: RecordKey) => string,
): KindIndexView {
  const { model, records } = site;
  const all = records.count((e) => e.kind === kind);
  const extra = kind === 'plans' ? planColumns(site) : undefined;
  return {
    title: KIND_LABEL[kind],
    count:
      plural(all.total, 'record') +
      (all.restricted ? ` (${all.restricted} of them restricted, not listed)` : ''),
    printLink: kind === 'plans',
    columns: [...toIndexColumns(kind), ...(extra?.columns ?? [])],
    rows: sortForIndex(kind, model.byKind[kind]).map((e) => ({
      href: href(e.key),
      title: e.data.title,
      cells: [...toIndexRow(model, e), ...(extra?.cells(e) ?? [])],
    })),
  };
}

/**
 * The plans index also says what each plan covers, the best tier among what it covers (from
 * the whole organisation: tiers are never hidden), and where its review and exercise stand.
 */
function planColumns(site: Published): { columns: string[]; cells: (e: Entry) => Cell[] } {
  const { model, recovery } = site;
  const state = new Map<RecordKey, string[]>();
  for (const r of site.reviews.items) {
    if (r.key.startsWith('plans/') && (r.check === 'review' || r.check === 'exercise')) {
      if (r.status === 'current') continue;
      const list = state.get(r.key) ?? [];
      list.push(`${r.check} ${r.status === 'never' ? 'never done' : r.status}`);
      state.set(r.key, list);
    }
  }
  return {
    columns: ['Covers', 'Tier', 'Review state'],
    cells: (e) => {
      const plan = e as Entry<'plans'>;
      const covered = [
        ...plan.data.covers.services.map((id) => keyOf('services', id)),
        ...plan.data.covers.functions.map((id) => keyOf('bia', id)),
      ];
      const tiers = covered
        .map((k) => recovery.tierOf(k))
        .filter((t): t is number => t !== undefined);
      return [
        covered.map((k) => toLink(model, kindOf(k), idOf(k))),
        tiers.length ? `T${Math.min(...tiers)}` : '',
        state.get(plan.key)?.join('; ') ?? 'current',
      ];
    },
  };
}
