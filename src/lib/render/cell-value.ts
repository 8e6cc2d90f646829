/**
 * One value of a fact or table cell as a component lays it out: text, a list of record
 * links (each with an optional note), a left-out record as "restricted record" without link,
 * or contacts (a phone number as a `tel:` link, an address as a `mailto:` link).
 */
import type { Kind } from '../schema/index.ts';
import type { Cell } from './facts.ts';

export type CellValueView =
  | { text: string }
  | {
      /** "inline" for a run of links, "links" for a list of several. */
      listClass: 'inline' | 'links';
      items: { href?: string; label: string; note?: string }[];
    }
  | {
      /** Phone numbers and addresses as written, each with its href when it has one. */
      contacts: { href?: string; text: string; note?: string }[];
    };

/** How `value` is laid out; `inline` keeps a list on one line, `href` makes a record's link. */
export function toCellValue(
  value: Cell,
  inline: boolean,
  href: (kind: Kind, id: string) => string,
): CellValueView {
  if (typeof value === 'string') return { text: value };
  if ('contacts' in value) return { contacts: value.contacts };
  return {
    listClass: inline || value.length === 1 ? 'inline' : 'links',
    items: value.map((l) =>
      l.restricted
        ? { label: 'restricted record', note: l.note }
        : { href: href(l.kind, l.id), label: l.title, note: l.note },
    ),
  };
}
