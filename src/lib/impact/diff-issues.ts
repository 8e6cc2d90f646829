/**
 * The content problems of each side (the errors and warnings `npm run check` lists, before any
 * analysis): how many, and which the change adds or resolves. An issue is the same on both sides
 * when its file, field, rule and message are. Pure; O(issues).
 */
import { fieldOf, type Issue } from '../model/issue.ts';
import { matchItems } from './match.ts';

/** One content problem as the report shows it. */
export interface IssueLine {
  severity: 'error' | 'warning';
  /** Path relative to the content folder. */
  file: string;
  /** "dependsOn[1]", "" for the whole record. */
  field: string;
  rule: string;
  message: string;
}

/** How many errors and warnings one side has. */
export interface IssueCounts {
  errors: number;
  warnings: number;
}

export interface IssuesDiff {
  before: IssueCounts;
  after: IssueCounts;
  /** Problems of the change that the base does not have: errors first, each in file order. */
  added: IssueLine[];
  /** Problems of the base that the change no longer has. */
  resolved: IssueLine[];
}

const count = (issues: readonly Issue[]): IssueCounts => ({
  errors: issues.filter((i) => i.severity === 'error').length,
  warnings: issues.filter((i) => i.severity !== 'error').length,
});

const line = (i: Issue): IssueLine => ({
  severity: i.severity,
  file: i.file,
  field: fieldOf(i),
  rule: i.rule,
  message: i.message,
});

const errorsFirst = (a: IssueLine, b: IssueLine) =>
  (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1);

/** Compares the content problems of two sides. */
export function diffIssues(before: readonly Issue[], after: readonly Issue[]): IssuesDiff {
  const m = matchItems(
    before.map(line),
    after.map(line),
    (i) => `${i.severity}\0${i.file}\0${i.field}\0${i.rule}\0${i.message}`,
  );
  return {
    before: count(before),
    after: count(after),
    // A stable sort: file order inside each severity, as the model sorts them.
    added: [...m.added, ...m.changed.map((c) => c.after)].sort(errorsFirst),
    resolved: [...m.removed, ...m.changed.map((c) => c.before)].sort(errorsFirst),
  };
}
