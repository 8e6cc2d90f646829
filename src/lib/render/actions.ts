/**
 * What each team must do: every gap, check not current (review, exercise, re-test, contact,
 * training, exercise finding, vendor audit) and data warning of the records it owns, in one
 * list ordered by when to act (now, next, later), then severity (high gaps, exercise findings,
 * other checks, data warnings), then due date. The owner is
 * the record's owning team (a finding's own owner), with the first person of its escalation
 * order to call. Counts are the whole organisation's: what a team owns on records the edition
 * does not name is counted, never named; teams the edition does not name are one row.
 * Plain data; the actions pages, the gaps, reviews and data quality pages and the home page
 * only lay it out. O(gaps + review items + warnings) plus a sort per team.
 */
import type { Published } from '../publish/publish.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { RESTRICTED } from '../model/edition.ts';
import { formatText } from '../model/text.ts';
import { getEntry } from '../model/model.ts';
import { nameOfKey } from '../publish/shown.ts';
import type { Gap } from '../analytics/gaps/index.ts';
import type { ReviewCheck, ReviewItem } from '../analytics/review-due.ts';
import type { Issue } from '../model/issue.ts';
import { toRuleLabel } from './gaps-page.ts';
import { toPersonContact, type PersonContact } from './person-contact.ts';
import { compareTitles } from './title-order.ts';

/** When to act: now (overdue, never done, high), next (due soon, medium, data warnings), later (low). */
export type ActionWhen = 'now' | 'next' | 'later';

/** The three, in order, with what each holds: the headings of a team's list. */
export const ACTION_WHEN: readonly { when: ActionWhen; label: string; holds: string }[] = [
  {
    when: 'now',
    label: 'Now',
    holds: 'overdue or never-done checks and findings, and high gaps',
  },
  {
    when: 'next',
    label: 'Next',
    holds: 'checks and findings due soon, medium gaps and data warnings',
  },
  { when: 'later', label: 'Later', holds: 'low gaps' },
];

/** What a check not current is called in a list of actions. */
export const CHECK_LABEL: Record<ReviewCheck, string> = {
  review: 'Record review',
  exercise: 'Yearly exercise',
  're-test': 'Re-test after change',
  contact: 'Contact check',
  training: 'Training refresh',
  finding: 'Exercise finding',
  audit: 'Vendor audit',
};

/** One thing a team must do. */
export interface ActionRow {
  when: ActionWhen;
  /** Where it comes from: a gap, a check (review, finding...) or a data warning. */
  source: 'gap' | 'check' | 'warning';
  /** "Single point of failure", "Exercise finding", "Data warning: rto-inversion". */
  what: string;
  /** Its urgency as written next to it: "high", "overdue 12 days", "never done", "due soon", "warning". */
  label: string;
  /** CSS class of the label: sev-high, status-overdue, status-due-soon, sev-warning... */
  tone: string;
  /** YYYY-MM-DD, for checks that have a due date. */
  due?: string;
  /** The record to act on. */
  key: RecordKey;
  /** The link's text when it is not the record's title (a finding's own title, without its full stop). */
  title?: string;
  message: string;
  /** How to fix it; "" for a check (the check says it) or when the rule's fix is said once. */
  fix: string;
  /** The rule, for gaps and warnings: to say a shared fix once. */
  rule?: string;
  /**
   * Order inside its `when`, most urgent first: 0 a high gap, 1 an exercise finding (what a
   * test of the plans found), 2 another check, and for gaps below high 1 medium, 2 low; 3 a data
   * warning.
   */
  rank: number;
}

/** One team's actions. */
export interface TeamActions {
  /** The team ("teams/(restricted)" for the row of teams the edition does not name). */
  team: RecordKey;
  title: string;
  /** The first person of its escalation order, when it has one. */
  contact?: PersonContact;
  /** Whole-organisation counts, named or not. */
  counts: Record<ActionWhen, number> & { total: number; high: number };
  /** Its actions on records the edition names, in order. */
  items: ActionRow[];
  /** Its actions on records the edition does not name: counted only. */
  restricted: number;
  /** A fix every shown gap of a rule shares, said once per rule. */
  fixes: { rule: string; label: string; fix: string }[];
}

export interface ActionsView {
  /** Teams with something to do, most now first, then most high, then title. */
  teams: TeamActions[];
  /** Whole-organisation totals. */
  counts: Record<ActionWhen, number> & { total: number };
  /** Actions on records that no team owns (the settings file), shown with the data warnings. */
  unowned: number;
}

const SEVERITY_RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };
const WHEN_RANK: Record<ActionWhen, number> = { now: 0, next: 1, later: 2 };
const show = (t: Gap['message']) => formatText(t, nameOfKey);

const gapWhen = (g: Pick<Gap, 'severity'>): ActionWhen =>
  g.severity === 'high' ? 'now' : g.severity === 'medium' ? 'next' : 'later';
const checkWhen = (i: Pick<ReviewItem, 'status'>): ActionWhen | undefined =>
  i.status === 'overdue' || i.status === 'never'
    ? 'now'
    : i.status === 'due-soon'
      ? 'next'
      : undefined;

/** "overdue 12 days", "never done", "due soon". */
export const statusLabelOf = (i: Pick<ReviewItem, 'status' | 'daysLate'>): string =>
  i.status === 'never'
    ? 'never done'
    : i.status === 'overdue'
      ? `overdue${i.daysLate ? ` ${i.daysLate} ${i.daysLate === 1 ? 'day' : 'days'}` : ''}`
      : i.status === 'due-soon'
        ? 'due soon'
        : 'current';

function gapRow(g: Gap): ActionRow {
  return {
    when: gapWhen(g),
    source: 'gap',
    what: toRuleLabel(g.rule),
    label: g.severity,
    tone: `sev-${g.severity}`,
    key: g.key,
    message: show(g.message),
    fix: show(g.fix),
    rule: g.rule,
    rank: SEVERITY_RANK[g.severity],
  };
}

function checkRow(i: ReviewItem, when: ActionWhen): ActionRow {
  return {
    when,
    source: 'check',
    what: CHECK_LABEL[i.check],
    label: statusLabelOf(i),
    tone: `status-${i.status}`,
    ...(i.due === undefined ? {} : { due: i.due }),
    key: i.key,
    ...(i.check === 'finding' ? { title: i.title.replace(/\.$/, '') } : {}),
    message: show(i.detail),
    fix: '',
    rank: i.check === 'finding' ? 1 : 2,
  };
}

function warningRow(w: Issue & { key: RecordKey }): ActionRow {
  return {
    when: 'next',
    source: 'warning',
    what: `Data warning: ${w.rule}`,
    label: 'warning',
    tone: 'sev-warning',
    key: w.key,
    message: w.message,
    fix: w.fix,
    rule: w.rule,
    rank: 3,
  };
}

/**
 * Orders actions: when (now, next, later), then rank (high gaps, exercise findings, other
 * checks, data warnings), then due date (dated first, oldest first), then what and record.
 */
export function compareActions(a: ActionRow, b: ActionRow): number {
  return (
    WHEN_RANK[a.when] - WHEN_RANK[b.when] ||
    a.rank - b.rank ||
    (a.due === undefined ? 1 : 0) - (b.due === undefined ? 1 : 0) ||
    compareTitles(a.due ?? '', b.due ?? '') ||
    compareTitles(a.what, b.what) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

const emptyCounts = () => ({ now: 0, next: 0, later: 0, total: 0, high: 0 });

/** Every team's actions in one edition. */
export function toActions(site: Published): ActionsView {
  const { model, shown, gaps, reviews, warnings } = site;
  const teams = new Map<string, TeamActions>();
  const teamOf = (owner: string): TeamActions => {
    let t = teams.get(owner);
    if (!t) {
      const entry = owner === RESTRICTED ? undefined : getEntry(model, 'teams', owner);
      const first = entry?.data.escalation[0];
      t = {
        team: keyOf('teams', owner),
        title: entry?.data.title ?? 'Teams this edition does not name',
        ...(first === undefined ? {} : { contact: toPersonContact(model, first, '1st to call') }),
        counts: emptyCounts(),
        items: [],
        restricted: 0,
        fixes: [],
      };
      teams.set(owner, t);
    }
    return t;
  };
  const ownerShown = (team: string) => (shown.isShown(keyOf('teams', team)) ? team : RESTRICTED);
  const totals = { now: 0, next: 0, later: 0, total: 0 };
  let unowned = 0;
  // Counts over the whole organisation: each action once, grouped by its owner as the edition
  // shows it ("" for none), when to act, and whether it is a high gap.
  const group = (owner: string | undefined, when: ActionWhen, high = false) =>
    `${owner ?? ''}\t${when}\t${high ? 'high' : ''}`;
  const groups = [
    gaps.countBy((g) => group(site.ownerOf(g.key), gapWhen(g), g.severity === 'high')),
    reviews.countBy((i) => {
      const when = checkWhen(i);
      return when && group(ownerShown(i.owner), when);
    }),
    warnings.countBy((w) => group(w.key === undefined ? undefined : site.ownerOf(w.key), 'next')),
  ];
  for (const counts of groups)
    for (const [g, { total }] of counts) {
      const [owner, when, high] = g.split('\t') as [string, ActionWhen, string];
      totals[when] += total;
      totals.total += total;
      if (owner === '') {
        unowned += total;
        continue;
      }
      const t = teamOf(owner);
      t.counts[when] += total;
      t.counts.total += total;
      if (high) t.counts.high += total;
    }

  // The items the edition names, against the same owners.
  const add = (owner: string | undefined, row: ActionRow) => {
    if (owner !== undefined) teamOf(owner).items.push(row);
  };
  for (const g of gaps.items) add(site.ownerOf(g.key), gapRow(g));
  for (const i of reviews.items) {
    const when = checkWhen(i);
    if (when) add(ownerShown(i.owner), checkRow(i, when));
  }
  for (const w of warnings.items)
    if (w.key !== undefined) add(site.ownerOf(w.key), warningRow({ ...w, key: w.key }));

  for (const t of teams.values()) {
    t.items.sort(compareActions);
    t.restricted = t.counts.total - t.items.length;
    t.fixes = sharedFixes(t.items);
    const said = new Set(t.fixes.map((f) => f.rule));
    for (const row of t.items) if (row.rule !== undefined && said.has(row.rule)) row.fix = '';
  }
  return {
    teams: [...teams.values()]
      .filter((t) => t.counts.total > 0)
      .sort(
        (a, b) =>
          (a.team === keyOf('teams', RESTRICTED) ? 1 : 0) -
            (b.team === keyOf('teams', RESTRICTED) ? 1 : 0) ||
          b.counts.now - a.counts.now ||
          b.counts.high - a.counts.high ||
          compareTitles(a.title, b.title),
      ),
    counts: totals,
    unowned,
  };
}

/** The rules whose every shown action (two or more) has the same fix: said once, in rule order of first use. */
function sharedFixes(items: readonly ActionRow[]): TeamActions['fixes'] {
  const byRule = new Map<string, ActionRow[]>();
  for (const row of items) {
    if (row.rule === undefined || row.fix === '') continue;
    const list = byRule.get(row.rule);
    if (list) list.push(row);
    else byRule.set(row.rule, [row]);
  }
  return [...byRule]
    .filter(([, rows]) => rows.length > 1 && rows.every((r) => r.fix === rows[0].fix))
    .map(([rule, rows]) => ({ rule, label: rows[0].what, fix: rows[0].fix }));
}
