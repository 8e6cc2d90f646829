/**
 * What a service or function page says about its recovery: facts with the paths behind them,
 * the bottleneck chain as timeline rows, what fails with it, and a BIA's impact table with
 * levels marked. Plain data for components.
 */
import { formatDuration as fd, parseDuration } from '../schema/duration.ts';
import type { Settings, Bia } from '../schema/index.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import type { OwnRecovery } from '../analytics/own-recovery.ts';
import { reasonsOf } from '../analytics/ranking.ts';
import type { ShownRecovery } from '../publish/publish.ts';
import { nameOfKey } from '../publish/shown.ts';
import { formatText } from '../model/text.ts';
import type { RecordReadiness } from '../analytics/readiness.ts';
import type { Fact, RecordLink } from './facts.ts';
import type { TimelineRow } from './timeline.ts';
import type { Model } from '../model/model.ts';
import { toLink } from './facts.ts';
import { idOf, kindOf, type RecordKey } from '../model/key.ts';
import { compareTitles } from './title-order.ts';

const names = (path: RecordKey[]) => path.map(nameOfKey).join(' → ');
const SOURCE: Record<string, string> = {
  measured: 'measured in an exercise',
  estimated: 'estimated by the owner (recoveryTime)',
  'declared-rto': 'no estimate: the declared RTO is used',
  unknown: 'unknown',
};

/** What the service's record declares that the analysis may have set aside for a measurement. */
export interface OwnRecoveryHistory {
  /** The owner's `recoveryTime` (minutes), when written. */
  recoveryTime?: number;
}

/**
 * The one own recovery time the analysis uses, with its source ("10h, measured in
 * ex-2026-01-database-restore on 2026-01-24"), then what it set aside as history ("declared
 * recoveryTime 4h"), so a page never shows two competing own recovery times.
 */
export function toOwnRecoveryText(own: OwnRecovery, history: OwnRecoveryHistory = {}): string {
  if (own.minutes === undefined) return 'unknown (no measurement, estimate or declared RTO)';
  const figure =
    own.source === 'measured'
      ? `${fd(own.minutes)}, measured in ${own.incident ? `a real outage, ${own.incident}` : (own.exercise ?? 'an exercise')}${own.date ? ` on ${own.date}` : ''}`
      : `${fd(own.minutes)}, ${SOURCE[own.source]}`;
  const setAside =
    own.source === 'measured' && history.recoveryTime !== undefined
      ? `; history: declared recoveryTime ${fd(history.recoveryTime)}`
      : '';
  return figure + setAside;
}

/**
 * Recovery facts of a service or function, each figure with where it comes from; `history`
 * is what the record declares besides the figure the analysis uses.
 */
export function toRecoveryFacts(
  n: NodeRecovery,
  readiness?: RecordReadiness,
  history?: OwnRecoveryHistory,
): Fact[] {
  const facts: Fact[] = [
    ['Tier', n.tier ? `${n.tier}` : 'none (no RTO)'],
    ['Declared RTO', n.rto.declared === undefined ? 'not declared' : fd(n.rto.declared)],
    ...(n.kind === 'services'
      ? [
          [
            'Required RTO',
            n.rto.required === undefined
              ? 'nothing depends on it with an RTO'
              : `${fd(n.rto.required)}, set by ${names(n.rto.requiredPath)}`,
          ] as [string, string],
        ]
      : []),
    ...(n.rto.inversion
      ? [
          [
            'RTO inversion',
            `declared ${fd(n.rto.declared)} is looser than the ${fd(n.rto.required)} required`,
          ] as [string, string],
        ]
      : []),
    [
      'Achievable after a wide outage',
      n.rto.achievable === undefined
        ? 'unknown (a recovery time is missing on the way)'
        : `${fd(n.rto.achievable)}${n.rto.bottleneck.length > 1 ? `, bottleneck ${names(n.rto.bottleneck)}` : ''}`,
    ],
    ...(n.rto.gap !== undefined
      ? [
          [
            'Against the target',
            n.rto.gap > 0
              ? `${fd(n.rto.gap)} late`
              : n.rto.gap === 0
                ? 'just in time'
                : `${fd(-n.rto.gap)} to spare`,
          ] as [string, string],
        ]
      : []),
    ...(n.ownRecovery
      ? [['Own recovery time', toOwnRecoveryText(n.ownRecovery, history)] as [string, string]]
      : []),
    ['Declared RPO', n.rpo.declared === undefined ? 'not declared' : fd(n.rpo.declared)],
    ...(n.rpo.required !== undefined
      ? [
          ['Required RPO', `${fd(n.rpo.required)}, set by ${names(n.rpo.requiredPath)}`] as [
            string,
            string,
          ],
        ]
      : []),
    ...(n.derivedMtpd !== undefined
      ? [['MTPD from the impact table', fd(n.derivedMtpd)] as [string, string]]
      : []),
    [
      'Recovery wave',
      n.wave
        ? n.kind === 'services'
          ? `${n.wave}${n.inCycle ? ' (recovered together with its dependency cycle)' : ''}`
          : `systems back after wave ${n.wave}`
        : 'none',
    ],
    [
      'Priority',
      `#${n.rank}: ${reasonsOf(n)
        .map((t) => formatText(t, nameOfKey))
        .join('; ')}`,
    ],
    ...(readiness
      ? [
          [
            'Readiness',
            `${Math.round(readiness.score * 100)}% (${Object.entries(readiness.checks)
              .map(([k, v]) => `${v ? '✓' : '✗'} ${k.replace(/([A-Z])/g, ' $1').toLowerCase()}`)
              .join(', ')})`,
          ] as [string, string],
        ]
      : []),
  ].map(([label, value]) => ({ label, value: value as string }));
  return facts;
}

/** The bottleneck chain, deepest dependency first, as timeline rows. */
export function toBottleneckRows(
  rec: ShownRecovery,
  n: NodeRecovery,
  title: (key: RecordKey) => string,
  href: (key: RecordKey) => string | undefined,
): TimelineRow[] {
  return [...n.rto.bottleneck].reverse().map((key) => {
    const x = rec.byKey.get(key);
    const own = x?.ownRecovery?.minutes ?? 0;
    const end = x?.rto.achievable;
    return {
      label: title(key),
      href: href(key),
      wave: x?.wave,
      start: end === undefined ? undefined : end - own,
      end,
      target: x?.rto.target,
    };
  });
}

/** What fails when this fails: functions and services, each as links. */
export function toImpactLinks(
  model: Model,
  rec: ShownRecovery,
  key: RecordKey,
): { functions: RecordLink[]; services: RecordLink[]; restricted: number } {
  const impact = rec.impact(key);
  const link = (k: RecordKey) => toLink(model, kindOf(k), idOf(k));
  const byTitle = (a: RecordLink, b: RecordLink) => compareTitles(a.title, b.title);
  return {
    functions: impact.functions.map(link).sort(byTitle),
    services: impact.services.map(link).sort(byTitle),
    restricted: impact.restricted,
  };
}

/** A BIA's impact table: categories x times, each cell with its level and whether it is tolerable. */
export function toImpactTable(
  bia: Pick<Bia, 'impacts'>,
  settings: Settings,
): {
  times: string[];
  rows: { category: string; cells: { level?: string; label?: string; intolerable: boolean }[] }[];
} {
  const times = [...new Set(Object.values(bia.impacts).flatMap((row) => Object.keys(row)))]
    .map((t) => ({ t, m: parseDuration(t) ?? Infinity }))
    .sort((a, b) => a.m - b.m)
    .map((a) => a.t);
  const scale = new Map(settings.impactScale.map((l) => [l.level, l]));
  return {
    times,
    rows: Object.entries(bia.impacts).map(([category, row]) => ({
      category,
      cells: times.map((t) => {
        const level = row[t];
        const def = level ? scale.get(level) : undefined;
        return { level, label: def?.label ?? level, intolerable: def ? !def.tolerable : false };
      }),
    })),
  };
}
