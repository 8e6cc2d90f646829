/**
 * Which findings a change adds, resolves and alters: continuity gaps (docs/domain.md §10) and
 * the analysis warnings (RTO and RPO inversions, MTPD tables; §2-§3), and which dependency
 * cycles (§5) it makes or breaks. A finding is the same finding on both sides when its rule and
 * record are; it "changed" when its message differs (other figures, other records named).
 * Messages are compared with records named by key, and written with `name`. Pure; O(findings).
 */
import type { Finding } from '../model/finding.ts';
import type { CycleGroup } from '../graph/components.ts';
import { formatText, pathText } from '../model/text.ts';
import type { RecordKey } from '../model/key.ts';
import { matchItems } from './match.ts';

/** How the report names a record: its title, or its id when neither side has it. */
export type Namer = (key: RecordKey) => string;

/** One finding as the report shows it. */
export interface FindingLine {
  /** The record to fix. */
  key: RecordKey;
  /** Its title. */
  title: string;
  rule: string;
  severity: string;
  /** What is wrong, records named by title. */
  message: string;
}

export interface FindingsDiff {
  /** In the change only, in the order the analysis lists them. */
  added: FindingLine[];
  /** In the base only. */
  resolved: FindingLine[];
  /** On both sides with another message. */
  changed: { before: FindingLine; after: FindingLine }[];
}

/** Compares two lists of findings (gaps, or warnings) by rule and record. */
export function diffFindings(
  before: readonly Finding[],
  after: readonly Finding[],
  name: Namer,
): FindingsDiff {
  const m = matchItems(
    before,
    after,
    (f) => `${f.rule}\0${f.key}`,
    (a, b) => formatText(a.message) === formatText(b.message),
  );
  const line = (f: Finding): FindingLine => ({
    key: f.key,
    title: name(f.key),
    rule: f.rule,
    severity: f.severity,
    message: formatText(f.message, name),
  });
  return {
    added: m.added.map(line),
    resolved: m.removed.map(line),
    changed: m.changed.map((c) => ({ before: line(c.before), after: line(c.after) })),
  };
}

/** A dependency cycle as the report shows it. */
export interface CycleLine {
  /** Every member, sorted. */
  members: RecordKey[];
  /** One example cycle, records named by title ("Directory -> DNS -> Directory"). */
  path: string;
}

export interface CyclesDiff {
  added: CycleLine[];
  resolved: CycleLine[];
}

/** Compares the dependency cycles of two sides: a group with other members is another cycle. */
export function diffCycles(
  before: readonly CycleGroup[],
  after: readonly CycleGroup[],
  name: Namer,
): CyclesDiff {
  const m = matchItems(before, after, (c) => c.members.join('\0'));
  const line = (c: CycleGroup): CycleLine => ({
    members: c.members,
    path: formatText(pathText(c.path), name),
  });
  return { added: m.added.map(line), resolved: m.removed.map(line) };
}
