/**
 * What an edition may name. The analyses run on the whole organisation; an edition only
 * decides which records are named in the output. A record above the edition is shown as
 * "restricted record": its key becomes `kind/(restricted)`, which no page links and no text
 * names. Numbers are never changed here.
 */
import type { Model } from '../model/model.ts';
import { keyOf, kindOf, idOf, type RecordKey } from '../model/key.ts';
import { listLeftOut, RESTRICTED, type Edition } from '../model/edition.ts';
import { mapRefs, type Text } from '../model/text.ts';

/** What one edition shows of one model. */
export interface Shown {
  edition: Edition;
  /** How many records the edition leaves out (counted, never named). */
  left: number;
  /** True when the edition names the record. */
  isShown(key: RecordKey): boolean;
  /** The key as the edition shows it: itself, or `kind/(restricted)`. */
  show(key: RecordKey): RecordKey;
  /** A path or list with every left-out record replaced. */
  showAll(keys: readonly RecordKey[]): RecordKey[];
  /** A text with every left-out record replaced. */
  showText(t: Text): Text;
}

/** The label of a key in texts and paths: its id, or "restricted record". */
export const nameOfKey = (key: RecordKey): string =>
  isRestricted(key) ? 'restricted record' : idOf(key);

/** True for a key an edition has replaced. */
export const isRestricted = (key: RecordKey): boolean => idOf(key) === RESTRICTED;

/** What `edition` shows of `model`. */
export function toShown(model: Model, edition: Edition): Shown {
  const out = listLeftOut(model, edition);
  const isShown = (key: RecordKey) => !out.has(key) && !isRestricted(key);
  const show = (key: RecordKey): RecordKey => (out.has(key) ? keyOf(kindOf(key), RESTRICTED) : key);
  return {
    edition,
    left: out.size,
    isShown,
    show,
    showAll: (keys) => keys.map(show),
    showText: (t) => (out.size === 0 ? t : mapRefs(t, show)),
  };
}
