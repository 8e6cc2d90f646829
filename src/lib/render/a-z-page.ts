/**
 * What the A–Z index shows: every record the edition names, by title, grouped by first letter
 * (accents folded; anything else under "#"), and how many records the organisation has. The
 * way to find anything with JavaScript off. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { RecordKey } from '../model/key.ts';
import { KIND_NOUN } from '../schema/index.ts';
import { plural } from './figure.ts';
import { compareTitles } from './title-order.ts';

export interface LetterView {
  /** "A" ... "Z" or "#". */
  letter: string;
  /** Anchor of the letter's heading ("letter-A", "letter-other"). */
  anchor: string;
  records: { href: string; title: string; kind: string }[];
}

export interface AToZView {
  /** "197 records" or "197 records (31 of them restricted, not listed)". */
  count: string;
  letters: LetterView[];
}

/** The letter a title is filed under: its first letter without accents, or "#". */
export function toLetter(title: string): string {
  const c = title.normalize('NFD')[0]?.toUpperCase() ?? '#';
  return /[A-Z]/.test(c) ? c : '#';
}

/** The A–Z index of one edition; `href` makes a shown record's link. */
export function toAToZ(site: Published, href: (key: RecordKey) => string): AToZView {
  const { model, records } = site;
  const all = [...model.index.values()].sort(
    (a, b) => compareTitles(a.data.title, b.data.title) || (a.id < b.id ? -1 : 1),
  );
  const letters = new Map<string, LetterView>();
  for (const e of all) {
    const letter = toLetter(e.data.title);
    let group = letters.get(letter);
    if (!group) {
      group = { letter, anchor: `letter-${letter === '#' ? 'other' : letter}`, records: [] };
      letters.set(letter, group);
    }
    group.records.push({ href: href(e.key), title: e.data.title, kind: KIND_NOUN[e.kind] });
  }
  const count = records.count(() => true);
  return {
    count:
      plural(count.total, 'record') +
      (count.restricted ? ` (${count.restricted} of them restricted, not listed)` : ''),
    letters: [...letters.values()],
  };
}
