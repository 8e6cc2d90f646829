/**
 * What the index of services or business functions shows: the whole organisation's counts
 * (records, targets that cannot be met) and the ranked table of the shown ones, every cell a
 * string and every sort key ready for public/js/table.js. Plain data; RankedIndex.astro and
 * RankedTable.astro only lay it out.
 */
import type { Published, ShownAvailability } from '../publish/publish.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { KIND_LABEL } from '../schema/index.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { percent, type Figure } from './figure.ts';
import { RESTRICTED } from '../model/edition.ts';
import type { RecordRefView } from './record-ref.ts';
import { linkPart, tierPart, toJsonCell, type JsonPart, type TableJson } from './table-json.ts';

/** A cell that sorts by a number: its text and its `data-value` ("" when unknown). */
export interface SortCell {
  text: string;
  value: string;
}

export interface RankedRow {
  key: RecordKey;
  rank: number;
  inversion: boolean;
  tier?: number;
  /** Sort value of the tier: no tier sorts last. */
  tierValue: string;
  /** `data-tier` for the filter, "" when there is none. */
  tierFilter: string;
  declared: SortCell;
  required: SortCell;
  achievable: SortCell;
  /** The target cannot be met after a wide outage. */
  late: boolean;
  wave: SortCell;
  readiness: SortCell;
  /**
   * Services with a target or downtime: the availability of the last 365 days ("99.899 %"),
   * `over` when the downtime is beyond the budget; blank text when it has neither.
   */
  availability?: SortCell & { over: boolean };
  /** Owning team ("teams/(restricted)" when the edition does not name it). */
  owner: RecordKey;
  /** `data-owner` for the filter. */
  ownerFilter: string;
}

export interface RankedTableView {
  /** The table's accessible name. */
  label: string;
  rows: RankedRow[];
  /** Options of the owner filter, by id. */
  owners: { value: string; label: string }[];
  /** true for services: the table has an availability column. */
  availability: boolean;
}

export interface RankedIndexView {
  title: string;
  /** Services or functions, named or not, and what the figure counts. */
  records: Figure & { label: string };
  /** Those whose target cannot be met, and what the figure counts. */
  late: Figure & { label: string };
  /** Records of the kind the edition does not name (left out of the table). */
  restricted: number;
  table: RankedTableView;
}

const value = (v?: number) => (v === undefined ? '' : String(v));
const duration = (v?: number, unknown = ''): SortCell => ({
  text: v === undefined ? unknown : fd(v),
  value: value(v),
});
/** The availability cell of a service: its achieved figure over 365 days, and whether it is over budget. */
function availabilityCell(a: ShownAvailability | undefined): SortCell & { over: boolean } {
  if (!a) return { text: '', value: '', over: false };
  return {
    text: `${a.year.achieved} %${a.overBudget ? ' (over budget)' : ''}`,
    value: String(a.year.achieved),
    over: a.overBudget,
  };
}
const isLate = (n: NodeRecovery) => (n.rto.gap ?? 0) > 0;
const ofThem = (f: Figure) => (f.restricted ? ` (${f.restricted} of them restricted)` : '');

/** The index of `kind` of one edition, by priority. */
export function toRankedIndex(site: Published, kind: 'services' | 'bia'): RankedIndexView {
  const { recovery, readiness, model, availability } = site;
  const available = new Map(availability.items.map((a) => [a.key, a]));
  const nodes = recovery.nodes.filter((n) => n.kind === kind).sort((x, y) => x.rank - y.rank);
  const score = new Map(readiness.records.map((r) => [r.key, r.score]));
  const records = recovery.count((n) => n.kind === kind);
  const late = recovery.count((n) => n.kind === kind && isLate(n));
  const ownerTitle = (id: string) =>
    model.index.get(keyOf('teams', id))?.data.title ?? 'restricted record';
  // A team the edition does not name is filtered as one, without its id.
  const ownerOf = (id: string) => (model.index.has(keyOf('teams', id)) ? id : RESTRICTED);
  const rows = nodes.map((n): RankedRow => {
    const ready = score.get(n.key);
    return {
      key: n.key,
      rank: n.rank,
      inversion: n.rto.inversion,
      tier: n.tier,
      tierValue: value(n.tier ?? 9),
      tierFilter: value(n.tier),
      declared: duration(n.rto.declared),
      required: duration(n.rto.required),
      achievable: duration(n.rto.achievable, 'unknown'),
      late: isLate(n),
      wave: { text: n.wave ? String(n.wave) : '', value: value(n.wave) },
      readiness: { text: ready === undefined ? '' : percent(ready), value: value(ready) },
      ...(kind === 'services' ? { availability: availabilityCell(available.get(n.key)) } : {}),
      owner: keyOf('teams', n.owner),
      ownerFilter: ownerOf(n.owner),
    };
  });
  return {
    title: KIND_LABEL[kind],
    records: { ...records, label: `records${ofThem(records)}` },
    late: {
      ...late,
      label: `cannot meet their target RTO after a wide outage${ofThem(late)}`,
    },
    restricted: records.restricted,
    table: {
      label: `${KIND_LABEL[kind]} by priority`,
      rows,
      owners: [...new Set(nodes.map((n) => ownerOf(n.owner)))]
        .sort()
        .map((id) => ({ value: id, label: ownerTitle(id) })),
      availability: kind === 'services',
    },
  };
}

/** The columns the ranked rows filter on, in the order of `RankedTable.astro`'s data attributes. */
export const RANKED_FILTERS = ['tier', 'owner', 'late'];

/**
 * Every row of a ranked table as `rows.json`: the same cells RankedTable.astro renders;
 * `ref` shows a record as RecordRef.astro does (a link, or "restricted record").
 */
export function toRankedJson(
  view: RankedIndexView,
  ref: (key: RecordKey) => RecordRefView,
): TableJson {
  return {
    total: view.records.total,
    data: RANKED_FILTERS,
    head: 1,
    rows: view.table.rows.map((r) => {
      const name: JsonPart[] = [linkPart(ref(r.key))];
      if (r.inversion) name.push({ t: ' (RTO inversion)', c: 'late' });
      return [
        [r.tierFilter, r.ownerFilter, r.late ? 'late' : 'ok'],
        toJsonCell([String(r.rank)], String(r.rank)),
        toJsonCell(name),
        toJsonCell([tierPart(r.tier)], r.tierValue),
        toJsonCell([r.declared.text], r.declared.value),
        toJsonCell([r.required.text], r.required.value),
        toJsonCell(
          [r.achievable.text + (r.late ? ' (late)' : '')],
          r.achievable.value,
          r.late ? 'late' : undefined,
        ),
        toJsonCell([r.wave.text], r.wave.value),
        toJsonCell([r.readiness.text], r.readiness.value),
        ...(r.availability
          ? [
              toJsonCell(
                [r.availability.text],
                r.availability.value,
                r.availability.over ? 'late' : undefined,
              ),
            ]
          : []),
        toJsonCell([linkPart(ref(r.owner))]),
      ];
    }),
  };
}
