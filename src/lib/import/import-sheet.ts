/**
 * One sheet of an inventory or BIA as records: every row a record of the sheet's kind, its
 * cells read as people write them (values.ts) into the fields of the register's columns
 * (columns.ts), references resolved by id or by title against the content and the sheet
 * itself. Ids come from the mapping (a previous import's choice), the record with the same
 * title, an id column, or the name (toImportId); two names that make one id are told apart
 * visibly. Owners that are no team yet become new teams. Every problem is reported with
 * sheet, row, column and cell value, all at once; nothing is thrown. Pure: the caller reads
 * the files and writes the records. O(rows x columns + references).
 */
import { KIND_NOUN, type Kind } from '../schema/index.ts';
import { isId, toKebab } from '../schema/common.ts';
import { formatDuration } from '../schema/duration.ts';
import { suggest } from '../model/did-you-mean.ts';
import { COLUMNS, columnOf, type ColumnSpec, type ImportKind } from './columns.ts';
import {
  fromCell,
  parseDurationText,
  splitList,
  tierOfLabel,
  toImportId,
  type TierRow,
} from './values.ts';

/** A sheet as read: its name and its rows of cell text, the header row first. */
export interface Sheet {
  name: string;
  rows: string[][];
  /** Where each row below the header is, when not the spreadsheet's own row numbers: a catalogue entity's line. */
  lines?: readonly number[];
  /** The file of each row below the header, when rows come from several (a catalogue). */
  files?: readonly string[];
}

/** What a mapping file says about a sheet (all optional). */
export interface ImportMapping {
  /** The kind of record each row is. */
  kind?: ImportKind;
  /** Header as written -> the register's column (its export header or field), for headers the aliases do not know. */
  columns?: Record<string, string>;
  /** Values for fields a row leaves empty ("kind: application", "owner: it-operations"). */
  defaults?: Record<string, string>;
  /** Tier label as written -> tier number, for labels the tier table does not name. */
  tiers?: Record<string, number>;
  /** Name as written -> id: what earlier imports chose, so the next finds the same records. */
  ids?: Record<string, string>;
}

/** A record the content has, as the import resolves references against it. */
export interface KnownRecord {
  id: string;
  title: string;
}

/** What the import knows of the content. */
export interface ImportContext {
  /** Records per kind, to resolve references by id or title. */
  known: Partial<Record<Kind, readonly KnownRecord[]>>;
  /** The organisation's tier table. */
  tiers: readonly TierRow[];
}

/** One problem of a cell (or of the sheet, with column ""). */
export interface ImportProblem {
  sheet: string;
  /** The spreadsheet row, 1 for the header row; 0 for the sheet as a whole. */
  row: number;
  /** "C (Depends on)"; "" when the problem is not in one cell. */
  column: string;
  value: string;
  message: string;
  fix: string;
}

/** A record made from a row. */
export interface ImportedRecord {
  kind: Kind;
  id: string;
  /** The fields the sheet sets, in column order, as a record holds them. */
  fields: Record<string, unknown>;
  /** Where it came from: the sheet (or file), the spreadsheet row, and per field its column ("C (Depends on)"). */
  sheet: string;
  row: number;
  columns: Record<string, string>;
}

export interface ImportResult {
  kind: ImportKind;
  records: ImportedRecord[];
  /** Teams made for owners the content does not have, by title. */
  teams: ImportedRecord[];
  problems: ImportProblem[];
  /** What the reader should know: columns left aside, ids told apart, teams created. */
  notes: string[];
  /** Name -> id for every row, to write back into the mapping. */
  ids: Record<string, string>;
}

/** "A", "B", ... "Z", "AA": the spreadsheet's column letters. */
const letters = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + letters(i % 26);

const lower = (s: string) => s.trim().toLowerCase();

/** Reads `sheet` as records of `mapping.kind` (or `kind`). */
export function importSheet(
  sheet: Sheet,
  kind: ImportKind,
  ctx: ImportContext,
  mapping: ImportMapping = {},
): ImportResult {
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  const [header = [], ...body] = sheet.rows;
  const problem = (
    at: { row: number; sheet?: string },
    col: number,
    value: string,
    message: string,
    fix: string,
  ) =>
    problems.push({
      sheet: at.sheet ?? sheet.name,
      row: at.row,
      column: col < 0 ? '' : `${letters(col)} (${header[col] ?? ''})`,
      value,
      message,
      fix,
    });

  // Columns: the mapping's word first, then the register's headers and aliases.
  const specs: (ColumnSpec | undefined)[] = header.map((h) => {
    const mapped = Object.entries(mapping.columns ?? {}).find(([k]) => lower(k) === lower(h));
    return mapped
      ? COLUMNS[kind].find((c) => c.header === mapped[1] || c.field === mapped[1])
      : columnOf(kind, h);
  });
  const ignored = header.filter((h, i) => h.trim() !== '' && specs[i] === undefined);
  if (ignored.length > 0)
    notes.push(
      `${sheet.name}: ${ignored.length === 1 ? 'column' : 'columns'} ${ignored.map((h) => `"${h}"`).join(', ')} left aside (no ${kind} field; name one in the mapping's columns to import it).`,
    );
  const seen = new Set<string>();
  specs.forEach((s, i) => {
    if (!s) return;
    if (seen.has(s.field))
      problem(
        { row: 1 },
        i,
        header[i],
        `a second column for ${s.field}.`,
        'Keep one column per field, or map one of them elsewhere in the mapping.',
      );
    seen.add(s.field);
  });
  const titleAt = specs.findIndex((s) => s?.field === 'title');
  if (titleAt < 0) {
    problem(
      { row: 1 },
      -1,
      header.join(', '),
      `no column gives the ${kind} names (title).`,
      `Name one column "title" (or "name"), or map it in the mapping's columns.`,
    );
    return { kind, records: [], teams: [], problems, notes, ids: {} };
  }
  const idAt = specs.findIndex((s) => s?.field === 'id');

  // Rows with something in them, with their spreadsheet row number.
  const rows = body
    .map((cells, i) => ({
      cells: cells.map(fromCell),
      row: sheet.lines?.[i] ?? i + 2,
      sheet: sheet.files?.[i] ?? sheet.name,
    }))
    .filter((r) => r.cells.some((c) => c !== ''));

  // Ids: mapping, existing record with the title, id column, the name; collisions told apart.
  const known = (k: Kind) => ctx.known[k] ?? [];
  const byTitle = (k: Kind) => new Map(known(k).map((r) => [lower(r.title), r.id]));
  const ownTitles = byTitle(kind);
  const taken = new Map<string, string>();
  const ids: Record<string, string> = {};
  const idOfRow: string[] = [];
  for (const r of rows) {
    const title = r.cells[titleAt] ?? '';
    const written = idAt >= 0 ? (r.cells[idAt] ?? '') : '';
    if (title === '' && written === '') {
      problem(r, titleAt, '', 'the row has no name.', 'Give it a name, or delete the row.');
      idOfRow.push('');
      continue;
    }
    if (written !== '' && !isId(written))
      problem(
        r,
        idAt,
        written,
        'is not an id (lower-case words joined by hyphens).',
        `Write "${toImportId(written)}", or leave it empty to make one from the name.`,
      );
    let id =
      (written !== '' && isId(written) ? written : undefined) ??
      mapping.ids?.[title] ??
      ownTitles.get(lower(title)) ??
      toImportId(title);
    const first = taken.get(id);
    if (first !== undefined && lower(first) !== lower(title)) {
      const whole = toKebab(title);
      let next = whole !== id && !taken.has(whole) ? whole : `${id}-2`;
      for (let n = 3; taken.has(next); n++) next = `${id}-${n}`;
      notes.push(
        `${r.sheet} row ${r.row}: "${title}" and "${first}" both make the id "${id}"; "${title}" is "${next}".`,
      );
      id = next;
    } else if (first !== undefined) {
      problem(r, titleAt, title, `"${title}" is on two rows.`, 'Keep one row per record.');
    }
    if (id === '') {
      problem(
        r,
        titleAt,
        title,
        'makes no id (no letter or digit in it).',
        'Add an id column with an id for it.',
      );
      idOfRow.push('');
      continue;
    }
    taken.set(id, title || id);
    if (title !== '') ids[title] = id;
    idOfRow.push(id);
  }

  // References: by id, or by title (case aside), among the content and this sheet.
  const sheetRecords: KnownRecord[] = rows
    .map((r, i) => ({ id: idOfRow[i], title: r.cells[titleAt] ?? '' }))
    .filter((r) => r.id !== '');
  const pool = (k: Kind): KnownRecord[] =>
    k === kind ? [...known(k), ...sheetRecords] : [...known(k)];
  const newTeams = new Map<string, ImportedRecord>();
  const resolve = (k: Kind, name: string): string | undefined => {
    const candidates = pool(k);
    return (
      candidates.find((c) => c.id === name)?.id ??
      candidates.find((c) => lower(c.title) === lower(name))?.id ??
      candidates.find((c) => c.id === toImportId(name))?.id ??
      (k === 'teams' ? newTeams.get(lower(name))?.id : undefined)
    );
  };
  const unknown = (r: { row: number; sheet: string }, col: number, k: Kind, name: string) => {
    const hint = suggest(
      toImportId(name),
      pool(k).map((c) => c.id),
    );
    problem(
      r,
      col,
      name,
      `names no ${KIND_NOUN[k]}.`,
      hint
        ? `Did you mean "${hint}"? Use its id or title.`
        : `Import the ${k} first, or use an id or title the content has.`,
    );
  };

  const records: ImportedRecord[] = [];
  const fellBack = new Map<string, number>();
  rows.forEach((r, i) => {
    const id = idOfRow[i];
    if (id === '') return;
    const fields: Record<string, unknown> = {};
    const columns: Record<string, string> = {};
    let tier: number | undefined;
    const cellOf = (col: number) => r.cells[col] ?? '';
    const read = (spec: ColumnSpec, col: number, value: string) => {
      const at = col < 0 ? 'defaults' : `${letters(col)} (${header[col]})`;
      const bad = (message: string, fix: string) =>
        col < 0
          ? problems.push({
              sheet: sheet.name,
              row: r.row,
              column: 'mapping defaults',
              value,
              message,
              fix,
            })
          : problem(r, col, value, message, fix);
      switch (spec.type) {
        case 'id':
          return;
        case 'text':
          fields[spec.field] = value;
          break;
        case 'list':
          fields[spec.field] = splitList(value);
          break;
        case 'enum': {
          const v = toKebab(value);
          if (!spec.values?.includes(v))
            return bad(`is not a ${spec.field}.`, `Use one of ${spec.values?.join(', ')}.`);
          fields[spec.field] = v;
          break;
        }
        case 'duration': {
          const minutes = parseDurationText(value);
          if (minutes === undefined || minutes <= 0)
            return bad(
              `is not a duration.`,
              'Write it as "4 hours", "30 minutes", "1.5h", "2 days", "1 week" or "PT4H".',
            );
          fields[spec.field] = formatDuration(minutes);
          break;
        }
        case 'tier': {
          const named = Object.entries(mapping.tiers ?? {}).find(
            ([k]) => lower(k) === lower(value),
          );
          tier = named ? named[1] : tierOfLabel(value, ctx.tiers);
          if (tier === undefined || !ctx.tiers.some((t) => t.tier === tier))
            return bad(
              'names no tier of the tier table.',
              `Use a tier number or name (${ctx.tiers.map((t) => `${t.tier} ${t.name}`).join(', ')}), or map the label in the mapping's tiers.`,
            );
          columns.tier = at;
          return;
        }
        case 'ref': {
          const k = spec.refKind as Kind;
          let ref = resolve(k, value);
          if (ref === undefined && k === 'teams') {
            const teamId = toImportId(value);
            if (teamId === '') return bad('makes no team id.', 'Use the id of a team.');
            ref = teamId;
            newTeams.set(lower(value), {
              kind: 'teams',
              id: teamId,
              fields: { title: value, owner: teamId },
              sheet: r.sheet,
              row: r.row,
              columns: { title: at },
            });
          }
          if (ref === undefined) return unknown(r, col, k, value);
          fields[spec.field] = ref;
          break;
        }
        case 'refs':
        case 'deps': {
          const out: unknown[] = [];
          for (const item of splitList(value)) {
            const soft = spec.type === 'deps' && /\(\s*soft\s*\)$/i.test(item);
            const name = item.replace(/\(\s*(soft|hard)\s*\)$/i, '').trim();
            const k = spec.type === 'deps' ? 'services' : (spec.refKind as Kind);
            const ref = resolve(k, name);
            if (ref === undefined) {
              unknown(r, col, k, name);
              continue;
            }
            out.push(soft ? { service: ref, type: 'soft' } : ref);
          }
          fields[spec.field] = out;
          break;
        }
      }
      columns[spec.field] = at;
    };
    specs.forEach((spec, col) => {
      const value = cellOf(col);
      if (spec && value !== '') read(spec, col, value);
    });
    for (const [field, value] of Object.entries(mapping.defaults ?? {})) {
      const spec = COLUMNS[kind].find((c) => c.field === field);
      if (spec && fields[field] === undefined && value !== '') read(spec, -1, value);
    }
    // A fallback is for a new record only: an existing one keeps what it has.
    const isNew = !known(kind).some((k) => k.id === id);
    for (const spec of COLUMNS[kind])
      if (isNew && spec.fallback !== undefined && fields[spec.field] === undefined) {
        fields[spec.field] = spec.fallback;
        fellBack.set(spec.field, (fellBack.get(spec.field) ?? 0) + 1);
      }
    if (fields.title === undefined) fields.title = r.cells[titleAt] || id;
    if (tier !== undefined && fields.rto === undefined) {
      const row = ctx.tiers.find((t) => t.tier === tier);
      if (row) {
        fields.rto = formatDuration(row.maxRto);
        columns.rto = columns.tier;
      }
    }
    records.push({ kind, id, fields, sheet: r.sheet, row: r.row, columns });
  });
  for (const [field, n] of fellBack) {
    const spec = COLUMNS[kind].find((c) => c.field === field);
    notes.push(
      `${sheet.name}: ${field} "${spec?.fallback}" for ${n} new ${n === 1 ? 'record that gives' : 'records that give'} none (add a ${field} column, or set defaults.${field} in the mapping).`,
    );
  }
  problems.sort(
    (a, b) => a.row - b.row || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0),
  );
  const teams = [...newTeams.values()].filter(
    (t, i, all) => all.findIndex((x) => x.id === t.id) === i,
  );
  if (teams.length > 0)
    notes.push(
      `${teams.length} new ${teams.length === 1 ? 'team' : 'teams'} for owners the content does not have: ${teams.map((t) => `${t.fields.title as string} (${t.id})`).join(', ')}.`,
    );
  return { kind, records, teams, problems, notes, ids };
}
