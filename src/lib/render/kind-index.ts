/**
 * What the index page of one record kind shows: how many records of the kind the organisation
 * has (and how many the edition does not name), and a table of the shown ones in index order
 * with their key columns. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { RecordKey } from '../model/key.ts';
import { KIND_LABEL, type Kind } from '../schema/index.ts';
import { sortForIndex, toIndexColumns, toIndexRow, type Cell } from './facts.ts';
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
  return {
    title: KIND_LABEL[kind],
    count:
      plural(all.total, 'record') +
      (all.restricted ? ` (${all.restricted} of them restricted, not listed)` : ''),
    printLink: kind === 'plans',
    columns: toIndexColumns(kind),
    rows: sortForIndex(kind, model.byKind[kind]).map((e) => ({
      href: href(e.key),
      title: e.data.title,
      cells: toIndexRow(model, e),
    })),
  };
}
