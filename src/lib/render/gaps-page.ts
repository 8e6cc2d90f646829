/**
 * What the gaps page shows: the whole organisation's gap counts (by severity and by rule, each
 * with how many are on records the edition does not name), the shown gaps grouped by rule in
 * list order with their texts formatted for the edition, and the scenario coverage table.
 * Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { RecordKey } from '../model/key.ts';
import { formatText } from '../model/text.ts';
import { nameOfKey } from '../publish/shown.ts';
import {
  GAP_RULES,
  GAP_RULE_IDS,
  GAP_SEVERITIES,
  type Gap,
  type GapSeverity,
} from '../analytics/gaps/index.ts';
import { countWithRestricted, ofThemRestricted, type Figure } from './figure.ts';
import { toLink, type RecordLink } from './facts.ts';
import {
  BY_COST_PAGE_SIZE,
  toCostPlaces,
  toTargetCost,
  toTargetCostLine,
  type TargetCostView,
} from './downtime-cost.ts';
import { compareTitles } from './title-order.ts';

/** One gap as the page lists it. */
export interface GapRow {
  severity: GapSeverity;
  /** The record to fix (always one the edition names). */
  key: RecordKey;
  /** The team that owns the record, which must act. */
  owner: RecordLink;
  message: string;
  /** The gap's own fix; "" when it is the rule's (said once, in the group). */
  fix: string;
  /** A target that cannot be met: the money at stake, an estimate (see downtime-cost.ts). */
  cost?: string;
  /** Where its inputs are, relative to the gaps by cost pages ("#cost-services-erp", "page-2/#..."). */
  costAt?: string;
}

/** The gaps of one rule. */
export interface GapGroup {
  /** The rule id: the section's anchor. */
  rule: string;
  /** "No approved plan". */
  label: string;
  /** The whole organisation's count, "12" or "12, 3 on restricted records". */
  count: string;
  /** How the rule decides severity: "High: ... Medium: ...". */
  criteria: string;
  /** The whole organisation's count per severity, those with any: "3 high, 10 medium". */
  bySeverity: string;
  gaps: GapRow[];
  /** The fix every shown gap of the rule shares, said once; undefined when they differ. */
  fix?: string;
  /** Gaps of this rule on records the edition does not name. */
  restricted: number;
  /** What the restricted note says they are: "more gap of this kind" / "more gaps of this kind". */
  restrictedWhat: string;
}

export interface CoverageRowView {
  key: RecordKey;
  tier: number;
  /** One mark per scenario: "P", "E", "PE" or "". */
  cells: string[];
}

/** What one owning team must fix. */
export interface GapOwnerRow {
  owner: RecordLink;
  /** Its shown gaps, and how many of them are high. */
  gaps: number;
  high: number;
}

export interface GapsPageView {
  /** "45 gaps (5 of them on records this edition does not name): 12 high, ...". */
  summary: string;
  /** The teams that own the shown gaps' records, most high gaps first. */
  owners: GapOwnerRow[];
  groups: GapGroup[];
  coverage: { scenarios: string[]; rows: CoverageRowView[]; restricted: number };
  /**
   * The targets that cannot be met with the most money at stake (an estimate), the first
   * BY_COST_CAP, and how many there are (the gaps by cost page lists them all); none when no
   * function has a cost per hour.
   */
  byCost: { top: TargetCostView[]; total: number };
}

/** How many of the gaps with the most money at stake the gaps page lists. */
export const BY_COST_CAP = 5;

/** "no-approved-plan" -> "No approved plan". */
export const toRuleLabel = (rule: string): string =>
  rule.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

const CRITERIA = new Map<string, string>(GAP_RULES.map((r) => [r.id, r.criteria]));
const show = (t: Gap['message']) => formatText(t, nameOfKey);

/** The gaps page of one edition. */
export function toGapsPage(site: Published): GapsPageView {
  const { gaps, coverage } = site;
  const all = gaps.count(() => true);
  const severities = GAP_SEVERITIES.map((s) => {
    const f: Figure = gaps.count((g) => g.severity === s);
    return `${f.total} ${s}${ofThemRestricted(f)}`;
  });
  // Gaps are listed by severity, then rule: a rule comes where its most severe gap does,
  // counting the gaps the edition does not name.
  const rules = GAP_RULE_IDS.map((rule) => ({
    rule,
    figure: gaps.count((g) => g.rule === rule),
    first: GAP_SEVERITIES.findIndex(
      (s) => gaps.count((g) => g.rule === rule && g.severity === s).total > 0,
    ),
  }))
    .filter((r) => r.figure.total > 0)
    .sort((a, b) => a.first - b.first);
  const byRule = new Map<string, GapRow[]>();
  const owners = new Map<string, GapOwnerRow>();
  let places: Map<RecordKey, string> | undefined;
  for (const g of gaps.items) {
    const team = site.model.index.get(g.key)?.data.owner ?? '';
    const owner = toLink(site.model, 'teams', team);
    const target = g.rule === 'target-unreachable' ? site.cost.target(g.key) : undefined;
    const row: GapRow = {
      severity: g.severity,
      key: g.key,
      owner,
      message: show(g.message),
      fix: show(g.fix),
      ...(target && site.cost.configured
        ? {
            cost: toTargetCostLine(site, target),
            costAt: (places ??= toCostPlaces(site, BY_COST_PAGE_SIZE)).get(g.key),
          }
        : {}),
    };
    const list = byRule.get(g.rule);
    if (list) list.push(row);
    else byRule.set(g.rule, [row]);
    const o = owners.get(team) ?? { owner, gaps: 0, high: 0 };
    o.gaps++;
    if (g.severity === 'high') o.high++;
    owners.set(team, o);
  }
  // A fix every gap of a rule shares is said once for the rule.
  const shared = (rows: GapRow[]) =>
    rows.length > 1 && rows.every((r) => r.fix === rows[0].fix) ? rows[0].fix : undefined;
  return {
    summary:
      `${all.total} gaps` +
      (all.restricted ? ` (${all.restricted} of them on records this edition does not name)` : '') +
      `: ${severities.join(', ')}`,
    owners: [...owners.values()].sort(
      (a, b) => b.high - a.high || b.gaps - a.gaps || compareTitles(a.owner.title, b.owner.title),
    ),
    groups: rules.map(({ rule, figure }) => {
      const rows = byRule.get(rule) ?? [];
      const fix = shared(rows);
      return {
        rule,
        label: toRuleLabel(rule),
        criteria: CRITERIA.get(rule) ?? '',
        bySeverity: GAP_SEVERITIES.map(
          (sev) => [sev, gaps.count((g) => g.rule === rule && g.severity === sev).total] as const,
        )
          .filter(([, n]) => n > 0)
          .map(([sev, n]) => `${n} ${sev}`)
          .join(', '),
        count: countWithRestricted(figure),
        gaps: fix ? rows.map((r) => ({ ...r, fix: '' })) : rows,
        fix,
        restricted: figure.restricted,
        restrictedWhat: `more ${figure.restricted === 1 ? 'gap' : 'gaps'} of this kind`,
      };
    }),
    coverage: {
      scenarios: coverage.scenarios,
      rows: coverage.rows.map((r) => ({
        key: r.key,
        tier: r.tier,
        cells: r.cells.map((c) => (c.planned ? 'P' : '') + (c.exercised ? 'E' : '')),
      })),
      restricted: coverage.restricted,
    },
    byCost: site.cost.configured
      ? {
          top: site.cost.targets
            .slice(0, BY_COST_CAP)
            .map((t) => toTargetCost(site, t, (k) => titleOfKey(site, k))),
          total: site.cost.targets.length + site.cost.targetsRestricted,
        }
      : { top: [], total: 0 },
  };
}

/** A record's title as the edition names it. */
const titleOfKey = (site: Published, key: RecordKey): string =>
  site.model.index.get(key)?.data.title ?? 'restricted record';

/** How many high gaps of one rule the gaps page lists before it links to the rule's page. */
export const HIGH_CAP = 20;

/**
 * How many rows of the scenario coverage table the gaps page shows before it links to the
 * whole table (gaps/coverage/, paged): a summary, like the high gaps and who must act.
 */
export const COVERAGE_CAP = 20;

/** The high gaps of one rule as the gaps page lists them: the first `HIGH_CAP`, and how many more. */
export interface HighGroup extends GapGroup {
  /** High gaps of the rule the edition names beyond those listed (on the rule's page). */
  more: number;
}

/** The rules with high gaps the edition names, each with its first `cap` high gaps. */
export function toHighGroups(view: GapsPageView, cap: number = HIGH_CAP): HighGroup[] {
  return view.groups
    .map((g) => {
      const high = g.gaps.filter((r) => r.severity === 'high');
      return { ...g, gaps: high.slice(0, cap), more: Math.max(0, high.length - cap) };
    })
    .filter((g) => g.gaps.length > 0);
}
