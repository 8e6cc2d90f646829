/**
 * Labels that tell records apart: two records of one diagram never show the same text. A title
 * that several records share gets the record's id ("Virtualisation cluster (vc-north)"), and
 * where even that repeats (the same id in two kinds), its key. Deterministic; O(n).
 */
import { idOf, type RecordKey } from '../model/key.ts';

/** The label each record shows, by key. */
export function toUniqueLabels(
  nodes: readonly { key: string; label: string }[],
): Map<string, string> {
  const count = (labels: Iterable<string>) => {
    const n = new Map<string, number>();
    for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
    return n;
  };
  const titles = count(nodes.map((n) => n.label));
  const withId = new Map(
    nodes.map((n) => [
      n.key,
      (titles.get(n.label) ?? 0) > 1 ? `${n.label} (${idOf(n.key as RecordKey)})` : n.label,
    ]),
  );
  const second = count(withId.values());
  return new Map(
    nodes.map((n) => {
      const l = withId.get(n.key) ?? n.label;
      return [n.key, (second.get(l) ?? 0) > 1 ? `${n.label} (${n.key})` : l];
    }),
  );
}
