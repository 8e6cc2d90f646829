/**
 * Problems found in content. Every issue an author can cause names the file, the field, the
 * bad value, the rule broken and the fix. Errors stop `check` and `build`; warnings do not.
 */
import type { RecordKey } from './key.ts';

export type Severity = 'error' | 'warning';

/** A path to a field: names and list positions, ["dependsOn", 1, "service"]. */
export type FieldPath = readonly (string | number)[];

/** "dependsOn[1].service" from ["dependsOn", 1, "service"]. */
export function toFieldPath(path: FieldPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/** The field of an issue as people write it ("dependsOn[1].service"), "" for the whole record. */
export const fieldOf = (issue: Pick<Issue, 'path'>): string => toFieldPath(issue.path);

export interface Issue {
  severity: Severity;
  /** Path of the file relative to the content folder, for example "services/payments-api.mdx". */
  file: string;
  /** Field path inside the frontmatter, for example ["dependsOn", 1, "service"]; [] for the whole record. */
  path: FieldPath;
  /** The offending value as written, when there is one. */
  value?: string;
  /** Line (1-based) in the file of the offending key, list item or text, when known. */
  line?: number;
  /** Column (1-based) on that line. */
  column?: number;
  /** The record the issue is about (none for organisation.yaml and unreadable files). */
  key?: RecordKey;
  /** Other existing records the message names: an edition that leaves one out drops the warning. */
  related?: RecordKey[];
  /** Short rule name, stable for tests and filtering: "unknown-field", "dangling-reference", ... */
  rule: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Where an issue is: "services/x.mdx:12:3", or the file alone when its place is not known. */
export const placeOf = (issue: Pick<Issue, 'file' | 'line' | 'column'>): string =>
  issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;

/** One line for a terminal: `services/x.mdx:12:5: dependsOn[1]: "ledgr" is not a service. Did you mean "ledger"? Fix: ...`. */
export function formatIssue(issue: Issue): string {
  const field = fieldOf(issue);
  const where = field ? `${placeOf(issue)}: ${field}` : placeOf(issue);
  return `${where}: ${issue.message} (${issue.rule})\n    fix: ${issue.fix}`;
}

/** English order, made once; numeric for fields ("steps[2]" before "steps[10]"). */
const TEXT = new Intl.Collator('en');
const FIELDS = new Intl.Collator('en', { numeric: true });

/** Orders issues by file, then place in it (when known), field and rule, so output is stable. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      TEXT.compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      FIELDS.compare(fieldOf(a), fieldOf(b)) ||
      TEXT.compare(a.rule, b.rule) ||
      TEXT.compare(a.message, b.message),
  );
}

/** Shows a value the way an author wrote it, shortened for messages. */
export function showValue(value: unknown): string {
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
