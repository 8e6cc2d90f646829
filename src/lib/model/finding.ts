/**
 * The one shape of a finding that an analysis reports about a record: which record to fix,
 * the rule, how severe, what is wrong and how to fix it (as texts that name records), and the
 * other records it names. Gaps and analysis warnings are findings; so is every list a page
 * shows of them.
 */
import type { RecordKey } from './key.ts';
import { refsOf, type Text } from './text.ts';

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
export function toFinding<S extends string, R extends string>(
  f: Omit<Finding<S, R>, 'related'>,
): Finding<S, R> {
  return { ...f, related: refsOf(f.message, f.fix).filter((k) => k !== f.key) };
}
