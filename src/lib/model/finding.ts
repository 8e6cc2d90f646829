/**
 * The one shape of a finding that an analysis reports about a record: which record to fix,
 * the rule, how severe, what is wrong and how to fix it (as texts that name records), and the
 * other records it names. Gaps and analysis warnings are findings; so is every list a page
 * shows of them.
 */
import type { RecordKey } from './key.ts';
import { formatText, refsOf, type Text } from './text.ts';
import { toFieldPath, type FieldPath, type Issue } from './issue.ts';

export interface Finding<Severity extends string = string, Rule extends string = string> {
  /** The record to fix. */
  key: RecordKey;
  /** The rule broken, stable for tests and filters ("single-point-of-failure"). */
  rule: Rule;
  severity: Severity;
  /** What is wrong, in one sentence, naming the figures. */
  message: Text;
  /** How to fix it. */
  fix: Text;
  /** Every other record the message and fix name, in order: what an edition must check before it names them. */
  related: RecordKey[];
}

/** A finding, with `related` taken from the records its texts name. */
export function toFinding<F extends Finding>(f: Omit<F, 'related'>): F {
  return { ...f, related: refsOf(f.message, f.fix).filter((k) => k !== f.key) } as F;
}

/** A warning an analysis finds in the data (an RTO inversion, a dependency cycle): a finding on a field. */
export interface Warning extends Finding<'warning'> {
  /** The field it is about. */
  path: FieldPath;
  /** The value it is about, as written or as computed ("4h", a cycle's path). */
  value?: Text;
}

/** A warning as an issue of `file`, its texts formatted with `name`, for `check` and the data-quality page. */
export function toIssue(w: Warning, file: string, name?: (key: RecordKey) => string): Issue {
  return {
    severity: w.severity,
    file,
    key: w.key,
    related: w.related,
    path: w.path,
    ...(w.value === undefined ? {} : { value: formatText(w.value, name) }),
    rule: w.rule,
    message: formatText(w.message, name),
    fix: formatText(w.fix, name),
  };
}

/** Field paths in English order with numbers by value, made once. */
const FIELDS = new Intl.Collator('en', { numeric: true });

/** Orders warnings by record, then field, then rule, so output is stable. */
export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  return [...warnings].sort(
    (a, b) =>
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      FIELDS.compare(toFieldPath(a.path), toFieldPath(b.path)) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
