/**
 * A record named by key, as a page shows it: a link titled from the edition's records, or
 * "restricted record" without link or id when the edition does not name it.
 */
import type { Model } from '../model/model.ts';
import type { RecordKey } from '../model/key.ts';

/** A link (`href` set) or the words "restricted record" (no `href`). */
export interface RecordRefView {
  href?: string;
  label: string;
}

/** How `key` is shown; `label` replaces a shown record's title, `href` makes its link. */
export function toRecordRef(
  model: Pick<Model, 'index'>,
  key: RecordKey,
  href: (key: RecordKey) => string,
  label?: string,
): RecordRefView {
  const entry = model.index.get(key);
  return entry
    ? { href: href(key), label: label ?? entry.data.title }
    : { label: 'restricted record' };
}
