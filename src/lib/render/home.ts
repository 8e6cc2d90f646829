/**
 * What the home page shows: the key figures (each the whole organisation's count, with how
 * many of them are on records the edition does not name), what needs attention now, and what
 * to recover first. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import type { RecordKey } from '../model/key.ts';
import { formatText } from '../model/text.ts';
import { nameOfKey } from '../publish/shown.ts';
import { ofThemRestricted, percent, type Figure } from './figure.ts';
import { reasonsOf } from '../analytics/ranking.ts';
import { RECOVERY_ORDER_NOTE } from './recovery-page.ts';
import { compareActions, toActions, type ActionRow, type ActionsView } from './actions.ts';

/** One count on the home page: the whole organisation's figure, how much of it is unnamed, and " (3 of them on restricted records)" or "". */
export interface HomeFigure extends Figure {
  note: string;
}
export type { Figure };

/** The home page's first actions: the most urgent things to do now, across every team. */
export interface HomeAttention {
  /** The first ATTENTION_ROWS actions to do now, in the actions' order, with their owners. */
  rows: ActionRow[];
  owners: string[];
  /** Every action to do now, in the whole organisation: what the rows are the first of. */
  now: number;
  /** Of them on records the edition does not name. */
  restricted: number;
}

/** How many actions the home page lists. */
export const ATTENTION_ROWS = 20;

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
  /** Services whose downtime in the last 365 days is beyond their budget (the over-downtime-budget gaps). */
  overBudget: HomeFigure;
  /** Services with an availability target, which the figure is out of. */
  targeted: number;
  attention: HomeAttention;
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

/** The home page of one edition; `actions` are its teams' actions (made here when not given). */
export function toHomeView(site: Published, actions: ActionsView = toActions(site)): HomeView {
  const { recovery, reviews, gaps } = site;
  // The most urgent of every team's actions to do now, in the actions' order (oldest overdue first).
  const now = actions.teams
    .flatMap((t) => t.items.filter((a) => a.when === 'now').map((a) => ({ a, owner: t.title })))
    .sort((x, y) => compareActions(x.a, y.a) || (x.owner < y.owner ? -1 : 1))
    .slice(0, ATTENTION_ROWS);
  const attention: HomeAttention = {
    rows: now.map((x) => x.a),
    owners: now.map((x) => x.owner),
    now: actions.counts.now,
    restricted:
      actions.counts.now -
      actions.teams.reduce((n, t) => n + t.items.filter((a) => a.when === 'now').length, 0),
  };
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
    overBudget: figure(gaps.count((g) => g.rule === 'over-downtime-budget')),
    targeted: site.availability.count((a) => a.target !== undefined).total,
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
