/**
 * Relations that two fields may author, normalised once: each pair is made in one place and
 * read from either side, so no analysis merges the two fields by hand.
 * - supply (vendor <-> service): a service's `vendors` and a vendor's `supplies`.
 * - exercised (exercise <-> service): an exercise's `services` and its `results[].service`.
 *
 * Guarantees: a pair appears once however many times and from whichever side it is written;
 * pairs come from resolved references, so only records the model has take part; each side's
 * list is in key order.
 * Complexity: O(p log p) for p pairs written.
 */
import type { Model } from '../model/model.ts';
import type { RecordKey } from '../model/key.ts';

/** A relation read from either side. */
export interface Relation {
  /** The records related to `key` (for a vendor, its services; for a service, its vendors), in key order; empty when none. */
  of(key: RecordKey): readonly RecordKey[];
}

const NONE: readonly RecordKey[] = Object.freeze([]);

/** A relation from pairs of records the model has (taken from resolved references). */
export function buildRelation(pairs: Iterable<readonly [RecordKey, RecordKey]>): Relation {
  const sides = new Map<RecordKey, RecordKey[]>();
  const add = (from: RecordKey, to: RecordKey) => {
    const list = sides.get(from);
    if (list) list.push(to);
    else sides.set(from, [to]);
  };
  for (const [a, b] of pairs) {
    add(a, b);
    add(b, a);
  }
  // Most records have one partner; longer lists are sorted and written once each.
  for (const list of sides.values()) {
    if (list.length < 2) continue;
    list.sort();
    let n = 1;
    for (let i = 1; i < list.length; i++) if (list[i] !== list[n - 1]) list[n++] = list[i];
    list.length = n;
  }
  return { of: (key) => sides.get(key) ?? NONE };
}

/** Vendor <-> service: services.vendors and vendors.supplies, from the resolved references. */
export function relateSupply(model: Model): Relation {
  const pairs: [RecordKey, RecordKey][] = [];
  for (const v of model.byKind.vendors)
    for (const l of v.refs) if (l.rel === 'supplies') pairs.push([v.key, l.key]);
  for (const s of model.byKind.services)
    for (const l of s.refs) if (l.rel === 'vendor') pairs.push([l.key, s.key]);
  return buildRelation(pairs);
}

/** Exercise <-> service: exercises.services and exercises.results[].service, from the resolved references. */
export function relateExercised(model: Model): Relation {
  const pairs: [RecordKey, RecordKey][] = [];
  for (const x of model.byKind.exercises)
    for (const l of x.refs)
      if (l.kind === 'services' && (l.rel === 'exercised' || l.rel === 'result'))
        pairs.push([x.key, l.key]);
  return buildRelation(pairs);
}
