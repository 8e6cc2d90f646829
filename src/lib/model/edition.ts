/**
 * Editions by classification: an edition keeps the records at or below its level and leaves
 * the rest out of the model, so nothing built from the model (pages, search index, API,
 * diagrams, feeds, bundles) can show them. References from kept records to left-out ones are
 * rewritten to RESTRICTED, which pages show as "restricted record" without id or title.
 * O(records + references).
 */
import type { Kind } from '../schema/index.ts';
import type { Entry } from './model.ts';
import { listReferences } from './references.ts';

export const EDITIONS = ['public', 'internal', 'confidential'] as const;
export type Edition = (typeof EDITIONS)[number];

/** The id written in place of a reference to a record the edition leaves out. */
export const RESTRICTED = '(restricted)';

const rank = (c: Edition) => EDITIONS.indexOf(c);

/** True when a record of classification `c` belongs in `edition`. */
export function isInEdition(c: Edition, edition: Edition): boolean {
  return rank(c) <= rank(edition);
}

/** Sets the reference at a field path written by listReferences ("members[0].person", "dependsOn[2]") to `value`. */
function setReference(data: unknown, field: string, value: string): void {
  const parts = field.match(/[^.[\]]+/g) ?? [];
  let parent = data as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) parent = parent[p] as Record<string, unknown>;
  const last = parts[parts.length - 1];
  const current = parent[last];
  if (current !== null && typeof current === 'object' && 'service' in current)
    (current as { service: string }).service = value;
  else parent[last] = value;
}

/**
 * Splits entries into kept and left out for `edition`, rewriting references to left-out
 * records. Mutates the kept entries' data (they are the model's own copies).
 */
export function applyEdition(entries: Entry[], edition: Edition): { kept: Entry[]; left: number } {
  const out = new Set(
    entries
      .filter((e) => !isInEdition(e.data.classification, edition))
      .map((e) => `${e.kind}/${e.id}`),
  );
  if (out.size === 0) return { kept: entries, left: 0 };
  const kept = entries.filter((e) => !out.has(`${e.kind}/${e.id}`));
  for (const e of kept) {
    for (const ref of listReferences(e.kind as Kind, e.data as never)) {
      if (ref.kinds.some((k) => out.has(`${k}/${ref.id}`)))
        setReference(e.data, ref.field, RESTRICTED);
    }
  }
  return { kept, left: out.size };
}
