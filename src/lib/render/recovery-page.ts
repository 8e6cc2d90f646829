/**
 * What the recovery-order page shows: the whole organisation's count of targets that cannot be
 * met, the timeline of the shown services by wave, each wave's table (counting the services
 * the edition does not name) and the dependency cycles, left-out records as "restricted
 * record". Plain data; the page only lays it out.
 */
import { PAGE_SIZE } from './paging.ts';
import type { Published } from '../publish/publish.ts';
import type { Settings } from '../schema/index.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { nameOfKey } from '../publish/shown.ts';
import { toSvgTimeline, type TimelineRow } from './timeline.ts';
import { ofThemRestricted, plural, type Figure } from './figure.ts';

/**
 * Recovery order versus priority, in the words the home page and the recovery page share.
 */
export const RECOVERY_ORDER_NOTE =
  'Recovery order is what can be recovered when: wave 1 needs nothing else recovered first, each later wave needs the ones before it (hard dependencies). Priority (#1, #2, …) is what to recover first when people and resources are short: tightest required RTO, worst impact, most dependents. Services are listed by wave, and by priority inside a wave.';
import { must } from '../model/internal.ts';

/** The most services drawn in the timeline (the tables below it list them all). */
const LIMIT = PAGE_SIZE;

export interface WaveRow {
  key: RecordKey;
  tier?: number;
  /** Target RTO, "" when there is none. */
  target: string;
  /** Achievable RTO after a wide outage. */
  back: string;
  /** The target cannot be met. */
  isLate: boolean;
  /** " (late by 2h)" when the target cannot be met, else "". */
  late: string;
  /** The chain that decides when it is back, after itself: "erp-db → storage-san". */
  bottleneck: string;
}

export interface WaveView {
  wave: number;
  /** Anchor of the wave's heading ("wave-1"). */
  anchor: string;
  /** "12 services" or "12 services, 2 not named in this edition". */
  count: string;
  rows: WaveRow[];
}

/** One service or business function whose target cannot be met after a wide outage. */
export interface UnreachableRow {
  key: RecordKey;
  tier?: number;
  /** "service" or "business function". */
  kind: string;
  target: string;
  back: string;
  /** "late by 2h". */
  late: string;
}

export interface RecoveryPageView {
  /**
   * Targets that cannot be met, services and business functions (the home page's figure):
   * the whole organisation's count, what it counts, the shown ones worst first, and how many
   * are on records the edition does not name.
   */
  unreachable: { total: number; label: string; rows: UnreachableRow[]; restricted: number };
  /** How the order is made: recovery order (waves) versus priority (rank). */
  orderNote: string;
  /** The one rule every tier badge follows, with the organisation's tier table. */
  tierRule: string;
  /** Services whose target cannot be met, of `all` (whole organisation). */
  late: Figure;
  /** Services in a wave (whole organisation). */
  all: Figure;
  /** "3 of 40" or "3 of 40, 1 of them on restricted records". */
  lateOfAll: string;
  timeline: { svg: string; caption: string };
  waves: WaveView[];
  cycles: { members: { key: RecordKey; label: string }[]; example: string }[];
}

const isLate = (n: NodeRecovery) => (n.rto.gap ?? 0) > 0;

/**
 * The tier rule every badge follows (NodeRecovery.tier), with the table:
 * "Tier is the class of the target RTO ...: tier 1 up to 4h, tier 2 up to 1d, ...".
 */
export function toTierRule(tiers: Settings['tiers']): string {
  const rows = [...tiers]
    .sort((a, b) => a.maxRto - b.maxRto)
    .map((t, i, all) =>
      i === all.length - 1 && all.length > 1
        ? `tier ${t.tier} for anything looser`
        : `tier ${t.tier} up to ${fd(t.maxRto)}`,
    );
  return `Tier is the recovery class of the target RTO (the tighter of the declared RTO and the RTO required by what depends on it): ${rows.join(', ')}. Every tier badge on the site (T1, T2, …) follows this rule.`;
}

/** The recovery-order page of one edition; `href` makes a shown record's link. */
export function toRecoveryPage(
  site: Published,
  href: (key: RecordKey) => string,
): RecoveryPageView {
  const rec = site.recovery;
  const node = (id: string) => must(rec.byKey.get(keyOf('services', id)), `wave service ${id}`);
  const ordered = rec.waves.flatMap((w) => w.services.map(node));
  const rows: TimelineRow[] = ordered.slice(0, LIMIT).map((n) => ({
    label: n.title,
    href: href(n.key),
    wave: n.wave,
    end: n.rto.achievable,
    target: n.rto.target,
    start:
      n.rto.achievable === undefined ? undefined : n.rto.achievable - (n.ownRecovery?.minutes ?? 0),
  }));
  const late = rec.count((n) => n.kind === 'services' && isLate(n));
  const unreachable = rec.count(isLate);
  const lateFunctions = rec.count((n) => n.kind === 'bia' && isLate(n));
  const all = rec.count((n) => n.kind === 'services' && n.wave !== undefined && n.wave > 0);
  return {
    unreachable: {
      total: unreachable.total,
      label:
        `recovery targets that cannot be met after a wide outage: ${plural(late.total, 'service')} and ${plural(lateFunctions.total, 'business function')}` +
        ofThemRestricted(unreachable),
      rows: rec.nodes
        .filter(isLate)
        .sort(
          (x, y) =>
            (x.tier ?? 9) - (y.tier ?? 9) ||
            (y.rto.gap ?? 0) - (x.rto.gap ?? 0) ||
            (x.key < y.key ? -1 : 1),
        )
        .map((n) => ({
          key: n.key,
          tier: n.tier,
          kind: n.kind === 'services' ? 'service' : 'business function',
          target: fd(n.rto.target),
          back: fd(n.rto.achievable),
          late: `late by ${fd(n.rto.gap)}`,
        })),
      restricted: unreachable.restricted,
    },
    orderNote: RECOVERY_ORDER_NOTE,
    tierRule: toTierRule(site.model.settings.tiers),
    late,
    all,
    lateOfAll: `${late.total} of ${all.total}${late.restricted ? `, ${late.restricted} of them on restricted records` : ''}`,
    timeline: {
      svg: toSvgTimeline('Recovery timeline by wave', rows),
      caption:
        ordered.length > LIMIT
          ? `The first ${LIMIT} of ${ordered.length} services by wave; the tables below list them, and the next pages the rest.`
          : 'Every service by wave.',
    },
    waves: rec.waves.map((w) => ({
      wave: w.wave,
      anchor: `wave-${w.wave}`,
      count: `${w.services.length + w.restricted} services${w.restricted ? `, ${w.restricted} not named in this edition` : ''}`,
      rows: w.services.map(node).map((n) => ({
        key: n.key,
        tier: n.tier,
        target: n.rto.target === undefined ? '' : fd(n.rto.target),
        back: fd(n.rto.achievable),
        isLate: isLate(n),
        late: isLate(n) ? ` (late by ${fd(n.rto.gap)})` : '',
        bottleneck: n.rto.bottleneck.slice(1).map(nameOfKey).join(' → '),
      })),
    })),
    cycles: rec.cycles.map((c) => ({
      members: c.members.map((k) => ({ key: k, label: nameOfKey(k) })),
      example: c.path.map(nameOfKey).join(' → '),
    })),
  };
}
