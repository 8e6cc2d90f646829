/**
 * The registers a build exports: one table per kind the import reads (services, business
 * functions, vendors, people, teams), with exactly the import's columns (import/columns.ts),
 * so a register exported, edited in a spreadsheet and imported again changes nothing; and a
 * DORA register-of-information style table of the critical or important functions. Cells are
 * text; one that a spreadsheet would read as a formula (= + - @) gets an apostrophe before it,
 * which the import takes off. Only the records the edition names are listed; references to
 * others read "restricted record". Pure: rows of strings, the header row first.
 */
import { stringify } from 'csv-stringify/sync';
import type { Entry, Model } from '../model/model.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import type { RecordKey } from '../model/key.ts';
import { getEntry } from '../model/model.ts';
import { RESTRICTED } from '../model/edition.ts';
import { formatDuration } from '../schema/duration.ts';
import { tierOf } from '../analytics/tiers.ts';
import { COLUMNS, IMPORT_KINDS, type ColumnSpec, type ImportKind } from '../import/columns.ts';
import { toSafeCell } from '../import/values.ts';

/** A table: the header row, then one row per record. */
export type Table = string[][];

const refText = (id: string) => (id === RESTRICTED ? 'restricted record' : id);

type Dep = string | { service: string; type?: string };

/** One cell of `spec` for record data `d`. */
function cellOf(spec: ColumnSpec, entry: Entry, model: Model): string {
  const d = entry.data as Record<string, unknown>;
  const v = d[spec.field];
  switch (spec.type) {
    case 'id':
      return entry.id;
    case 'tier': {
      // The tier of the declared RTO: with the RTO beside it, the import reads the RTO.
      const rto = d.rto as number | undefined;
      return rto === undefined ? '' : String(tierOf(rto, model.settings.tiers) ?? '');
    }
    case 'duration':
      return typeof v === 'number' ? formatDuration(v) : '';
    case 'deps':
      return ((v as Dep[] | undefined) ?? [])
        .map((x) =>
          typeof x === 'string'
            ? refText(x)
            : `${refText(x.service)}${x.type === 'soft' ? ' (soft)' : ''}`,
        )
        .join('; ');
    case 'refs':
    case 'list':
      return ((v as string[] | undefined) ?? []).map(refText).join('; ');
    case 'ref':
      return typeof v === 'string' ? refText(v) : '';
    default:
      return v === undefined || v === null ? '' : toSafeCell(String(v));
  }
}

/** The register of `kind`: the import's columns, one row per record of the model, in id order. */
export function toRegister(model: Model, kind: ImportKind): Table {
  const specs = COLUMNS[kind];
  const entries = [...(model.byKind[kind] as Entry[])].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return [specs.map((s) => s.header), ...entries.map((e) => specs.map((s) => cellOf(s, e, model)))];
}

/** Every register, by kind, in IMPORT_KINDS order. */
export const toRegisters = (model: Model): [ImportKind, Table][] =>
  IMPORT_KINDS.map((k) => [k, toRegister(model, k)]);

/** The DORA table's columns, and what fills each (README "Exports"). */
export const DORA_COLUMNS = [
  'function_id',
  'function_name',
  'critical_or_important',
  'owner',
  'tier',
  'rto_hours',
  'rpo_hours',
  'mtpd_hours',
  'ict_services',
  'third_party_providers',
  'locations',
] as const;

const hours = (minutes: number | undefined) =>
  minutes === undefined ? '' : String(Math.round((minutes / 60) * 100) / 100);

/**
 * One row per critical or important function (tier 1 or 2 by its target RTO): the recovery
 * analysis's figures (`recoveryOf`: target RTO, declared or required RPO, declared or derived
 * MTPD) in hours, the ICT services it relies on (every service it depends on, hard
 * or soft, transitively), the third-party providers of those services (either side of the
 * supply) and where they run. Functions in id order.
 */
export function toDoraRegister(
  model: Model,
  recoveryOf: (key: RecordKey) => NodeRecovery | undefined,
): Table {
  const suppliers = new Map<string, Set<string>>();
  for (const v of model.byKind.vendors)
    for (const s of v.data.supplies) {
      const set = suppliers.get(s) ?? new Set<string>();
      set.add(v.id);
      suppliers.set(s, set);
    }
  const rows: Table = [[...DORA_COLUMNS]];
  const functions = [...model.byKind.bia].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const f of functions) {
    const x = recoveryOf(f.key);
    const tier = x?.tier;
    if (tier === undefined || tier > 2) continue;
    const services = new Set<string>();
    const stack = f.data.dependsOn.map((d) => d.service);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (services.has(id)) continue;
      services.add(id);
      const s = getEntry(model, 'services', id);
      for (const d of s?.data.dependsOn ?? []) stack.push(d.service);
    }
    const vendors = new Set<string>();
    const locations = new Set<string>();
    for (const id of services) {
      const s = getEntry(model, 'services', id);
      for (const v of s?.data.vendors ?? []) vendors.add(v);
      for (const v of suppliers.get(id) ?? []) vendors.add(v);
      for (const l of s?.data.locations ?? []) locations.add(l);
    }
    const list = (ids: Set<string>) => [...ids].sort().map(refText).join('; ');
    rows.push([
      f.id,
      toSafeCell(f.data.title),
      tier === 1 ? 'critical' : 'important',
      refText(f.data.owner),
      String(tier),
      hours(x?.rto.target),
      hours(x?.rpo.declared ?? x?.rpo.required),
      hours(f.data.mtpd ?? x?.derivedMtpd),
      list(services),
      list(vendors),
      list(locations),
    ]);
  }
  return rows;
}

/** A table as CSV (csv-stringify): comma-separated, cells quoted when they must be, CRLF line ends. */
export const toCsv = (table: Table): string => stringify(table, { record_delimiter: 'windows' });
