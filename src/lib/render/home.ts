/**
 * What the home page shows: the key figures (each the whole organisation's count, with how
 * many of them are on records the edition does not name), what needs attention now, and what
 * to recover first. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import type { RecordKey } from '../model/key.ts';
import { formatText } from '../model/text.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { nameOfKey } from '../publish/shown.ts';
import { ofThemRestricted, percent, type Figure } from './figure.ts';
import { reasonsOf } from '../analytics/ranking.ts';
import { RECOVERY_ORDER_NOTE } from './recovery-page.ts';

/** One count on the home page: the whole organisation's figure, how much of it is unnamed, and " (3 of them on restricted records)" or "". */
export interface HomeFigure extends Figure {
  note: string;
}
export type { Figure };

/** One row of "Needs attention now". */
export interface AttentionRow {
  /** What kind of problem, for the first column. */
  what: string;
  /** CSS class of the first column. */
  tone: string;
  key: RecordKey;
  tier?: number;
  why: string;
}

export interface HomeView {
  readiness: Published['readiness']['overall'];
  /** "3 records are" left out of this edition, when any are. */
  leftOut?: string;
  /** The readiness shares as percentages ("72%"). */
  percent: { score: string; planApproved: string; exercised: string; targetsMet: string };
  late: HomeFigure;
  unreachable: HomeFigure;
  /** What the unreachable figure counts: "services and business functions (22 services, 4 functions)". */
  unreachableWhat: string;
  gaps: HomeFigure;
  highGaps: HomeFigure;
  findingsLate: HomeFigure;
  attention: AttentionRow[];
  /**
   * Services to recover first: in recovery order (wave), by priority (rank) inside a wave,
   * with the wave, the rank and the reasons.
   */
  top: {
    key: RecordKey;
    title: string;
    tier?: number;
    wave?: number;
    rank: number;
    reasons: string;
  }[];
  /** How that list is ordered: recovery order versus priority (the recovery page's words). */
  orderNote: string;
}

const isLate = (r: { status: string }) => r.status === 'overdue' || r.status === 'never';
const cannotMeet = (n: NodeRecovery) => (n.rto.gap ?? 0) > 0;
const show = (t: Parameters<typeof formatText>[0]) => formatText(t, nameOfKey);
const figure = (f: Figure): HomeFigure => ({ ...f, note: ofThemRestricted(f) });

/** The home page of one edition. */
export function toHomeView(site: Published): HomeView {
  const { recovery, reviews, gaps } = site;
  const unreachable = recovery.nodes
    .filter(cannotMeet)
    .sort(
      (x, y) =>
        (x.tier ?? 9) - (y.tier ?? 9) ||
        (y.rto.gap ?? 0) - (x.rto.gap ?? 0) ||
        (x.key < y.key ? -1 : 1),
    );
  const attention: AttentionRow[] = [
    ...unreachable.slice(0, 6).map((n) => ({
      what: 'Target cannot be met',
      tone: 'late',
      key: n.key,
      tier: n.tier,
      why: `back after ${fd(n.rto.achievable)}, target ${fd(n.rto.target)}; bottleneck ${n.rto.bottleneck.map(nameOfKey).join(' → ')}`,
    })),
    ...gaps.items
      .filter((g) => g.severity === 'high' && g.rule !== 'target-unreachable')
      .slice(0, 8)
      .map((g) => ({
        what: g.rule.replace(/-/g, ' '),
        tone: 'sev-high',
        key: g.key,
        why: show(g.message),
      })),
    ...reviews.items
      .filter(isLate)
      .slice(0, 6)
      .map((i) => ({
        what: `${i.check} ${i.status === 'never' ? 'never done' : 'overdue'}`,
        tone: `status-${i.status}`,
        key: i.key,
        why: show(i.detail),
      })),
  ];
  const r = site.readiness.overall;
  const left = site.shown.left;
  return {
    readiness: r,
    leftOut: left > 0 ? `${left} record${left === 1 ? ' is' : 's are'}` : undefined,
    percent: {
      score: percent(r.score),
      planApproved: percent(r.planApproved),
      exercised: percent(r.exercised),
      targetsMet: percent(r.targetsMet),
    },
    late: figure(reviews.count(isLate)),
    unreachable: figure(recovery.count(cannotMeet)),
    unreachableWhat: `services and business functions (${recovery.count((n) => n.kind === 'services' && cannotMeet(n)).total} services, ${recovery.count((n) => n.kind === 'bia' && cannotMeet(n)).total} functions)`,
    gaps: figure(gaps.count(() => true)),
    highGaps: figure(gaps.count((g) => g.severity === 'high')),
    findingsLate: figure(reviews.count((x) => x.check === 'finding' && isLate(x))),
    attention,
    top: recovery.nodes
      .filter((n) => n.kind === 'services')
      .sort((x, y) => (x.wave || Infinity) - (y.wave || Infinity) || x.rank - y.rank)
      .slice(0, 10)
      .map((n) => ({
        key: n.key,
        title: n.title,
        tier: n.tier,
        wave: n.wave,
        rank: n.rank,
        reasons: reasonsOf(n).map(show).join('; '),
      })),
    orderNote: RECOVERY_ORDER_NOTE,
  };
}
