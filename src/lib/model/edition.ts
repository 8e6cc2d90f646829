/**
 * Editions by classification. The analyses always run on the whole organisation; an edition
 * decides what is named in the output. `restrictModel` gives the records an edition shows, for
 * pages that print a record's own fields: the records above the edition are gone, and every
 * reference to them in what is left reads RESTRICTED, which pages show as "restricted record"
 * without id or title. Inside a record it shows, the fields classified above the edition are
 * taken out of its copy (a person's personal numbers), and `withheld` says what and which
 * edition has them. The whole model is not changed. O(records + references).
 */
import { KINDS, type Kind, type RecordData } from '../schema/index.ts';
import type { Entry, Model, Withheld } from './model.ts';
import type { FieldPath } from './issue.ts';
import { listReferences } from './references.ts';
import { keyOf, type RecordKey } from './key.ts';

export const EDITIONS = ['public', 'internal', 'confidential'] as const;
export type Edition = (typeof EDITIONS)[number];

/** The id written in place of a reference to a record the edition leaves out. */
export const RESTRICTED = '(restricted)';

const rank = (c: Edition) => EDITIONS.indexOf(c);

/** True when a record of classification `c` belongs in `edition`. */
export function isInEdition(c: Edition, edition: Edition): boolean {
  return rank(c) <= rank(edition);
}

/** The keys of the records `edition` leaves out. */
export function listLeftOut(model: Model, edition: Edition): Set<RecordKey> {
  const out = new Set<RecordKey>();
  for (const e of model.index.values())
    if (!isInEdition(e.data.classification, edition)) out.add(e.key);
  return out;
}

/**
 * The data of a record of kind `kind` that `edition` may print, and what it took out: the
 * entries of a field classified above the edition (a person's out-of-band contacts, each
 * confidential unless marked). `data` itself, untouched, when nothing is above the edition;
 * otherwise a deep copy without them, so nothing downstream can print them.
 */
export function restrictFields<K extends Kind>(
  kind: K,
  data: RecordData<K>,
  edition: Edition,
): { data: RecordData<K>; withheld: Withheld[] } {
  if (kind !== 'people') return { data, withheld: [] };
  const person = data as RecordData<'people'>;
  const hidden = person.outOfBand.filter((o) => !isInEdition(o.classification, edition));
  if (hidden.length === 0) return { data, withheld: [] };
  const copy = structuredClone(person);
  copy.outOfBand = copy.outOfBand.filter((o) => isInEdition(o.classification, edition));
  const needs = EDITIONS[Math.max(...hidden.map((o) => rank(o.classification)))];
  return {
    data: copy as RecordData<K>,
    withheld: [
      {
        field: 'outOfBand',
        what: copy.outOfBand.length ? 'other personal numbers' : 'personal numbers',
        edition: needs === 'internal' ? 'internal' : 'confidential',
      },
    ],
  };
}

/** Sets the reference at a path written by listReferences (["members", 0, "person"], ["dependsOn", 2]) to `value`. */
function setReference(data: unknown, parts: FieldPath, value: string): void {
  let parent = data as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) parent = parent[p] as Record<string, unknown>;
  const last = parts[parts.length - 1];
  const current = parent[last];
  if (current !== null && typeof current === 'object' && 'service' in current)
    (current as { service: string }).service = value;
  else parent[last] = value;
}

/**
 * The records of `model` that `edition` shows, as a model of their own: left-out records are
 * gone, references to them read RESTRICTED (in a copy of the referring record's data), links
 * to them are dropped, and so are warnings about them or naming them. `left` counts them.
 * Fields above the edition are gone from the copies too (`restrictFields`), listed in
 * `withheld`.
 */
export function restrictModel(model: Model, edition: Edition): Model {
  // Nothing is classified above the highest edition: the model as it is.
  if (edition === EDITIONS[EDITIONS.length - 1]) return { ...model, edition };
  const out = listLeftOut(model, edition);
  const index = new Map<RecordKey, Entry>();
  for (const e of model.index.values()) {
    if (out.has(e.key)) continue;
    const fields = restrictFields(e.kind, e.data, edition);
    let data = fields.data;
    for (const ref of listReferences(e.kind as Kind, e.data as never)) {
      if (!ref.kinds.some((k) => out.has(keyOf(k, ref.id)))) continue;
      if (data === e.data) data = structuredClone(e.data);
      setReference(data, ref.path, RESTRICTED);
    }
    const shown = (l: { kind: Kind; id: string }) => !out.has(keyOf(l.kind, l.id));
    index.set(e.key, {
      ...e,
      data,
      refs: e.refs.filter(shown),
      referencedBy: e.referencedBy.filter(shown),
      ...(fields.withheld.length ? { withheld: fields.withheld } : {}),
    } as Entry);
  }
  const byKind = Object.fromEntries(
    KINDS.map((k) => [
      k,
      model.byKind[k].filter((e) => index.has(e.key)).map((e) => index.get(e.key)),
    ]),
  ) as unknown as Model['byKind'];
  // Errors stay (the build stops on them anyway); a warning on a left-out record, or naming one, would name it.
  const fileOut = new Set([...out].map((k) => model.index.get(k)?.file));
  const issues = model.issues.filter(
    (i) =>
      i.severity === 'error' ||
      (!fileOut.has(i.file) && !(i.related ?? []).some((k) => out.has(k))),
  );
  return { ...model, byKind, index, issues, edition, left: out.size };
}
