/**
 * Relations that two fields may author, normalised once: each pair is made in one place and
 * read from either side, so no analysis merges the two fields by hand.
 * - supply (vendor <-> service): a service's `vendors` and a vendor's `supplies`.
 * - exercised (exercise <-> service): an exercise's `services` and its `results[].service`.
 *
 * Guarantees: a pair appears once however many times and from whichever side it is written;
 * only records the model has take part (a reference the edition rewrote to RESTRICTED does
 * not); each side's list is in key order.
 * Complexity: O(p log p) for p pairs written.
 */
import type { Model } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';

/** A relation read from either side. */
export interface Relation {
  /** The records related to `key` (for a vendor, its services; for a service, its vendors), in key order; empty when none. */
  of(key: RecordKey): readonly RecordKey[];
}

const NONE: readonly RecordKey[] = Object.freeze([]);

/** A relation from pairs; pairs naming a record the model does not have are left out. */
export function buildRelation(
  model: Model,
  pairs: Iterable<readonly [RecordKey, RecordKey]>,
): Relation {
  const sides = new Map<RecordKey, RecordKey[]>();
  const add = (from: RecordKey, to: RecordKey) => {
    const list = sides.get(from);
    if (list) list.push(to);
    else sides.set(from, [to]);
  };
  for (const [a, b] of pairs) {
    if (!model.index.has(a) || !model.index.has(b)) continue;
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

/** Vendor <-> service: services.vendors and vendors.supplies. */
export function relateSupply(model: Model): Relation {
  const pairs: [RecordKey, RecordKey][] = [];
  for (const v of model.byKind.vendors)
    for (const id of v.data.supplies) pairs.push([v.key, keyOf('services', id)]);
  for (const s of model.byKind.services)
    for (const id of s.data.vendors) pairs.push([keyOf('vendors', id), s.key]);
  return buildRelation(model, pairs);
}

/** Exercise <-> service: exercises.services and exercises.results[].service. */
export function relateExercised(model: Model): Relation {
  const pairs: [RecordKey, RecordKey][] = [];
  for (const x of model.byKind.exercises) {
    for (const id of x.data.services) pairs.push([x.key, keyOf('services', id)]);
    for (const r of x.data.results) pairs.push([x.key, keyOf('services', r.service)]);
  }
  return buildRelation(model, pairs);
}
