/**
 * What an import does to the content folder: each imported record as a new file, or as its
 * existing file with only the imported fields changed (the rest of the frontmatter, its
 * comments and order, and the body untouched); a field whose value means the same ("4h" and
 * "240m", a dependency list with the same services and types) is left as written, so importing
 * the same sheet twice changes nothing. Then the model of the folder as it would be, so every
 * problem the check would find on an imported record is told at its sheet, row and column,
 * before anything is written.
 */
import { parseDocument, stringify } from 'yaml';
import { FRONTMATTER, SETTINGS_FILE, type LoadedContent } from './content-folder.ts';
import { textsOf } from './locate.ts';
import { buildModel } from '../lib/model/build-model.ts';
import type { RawRecord } from '../lib/model/parse-records.ts';
import type { Issue } from '../lib/model/issue.ts';
import { parseDuration } from '../lib/schema/duration.ts';
import { SCHEMAS, type Kind } from '../lib/schema/index.ts';
import type { z } from 'astro/zod';
import type { ImportedRecord, ImportProblem } from '../lib/import/import-sheet.ts';

/** One file the import writes. */
export interface FileChange {
  /** Relative to the content folder ("services/db.mdx"). */
  file: string;
  record: ImportedRecord;
  status: 'new' | 'changed';
  /** The fields it sets or changes, in column order. */
  fields: string[];
  /** The whole new text of the file. */
  text: string;
  /** The frontmatter as it will be. */
  data: Record<string, unknown>;
}

const DURATIONS = new Set(['rto', 'rpo', 'recoveryTime', 'mtpd', 'contractRto', 'wrt']);

type Dep = string | { service: string; type?: string };
const depKey = (d: Dep) =>
  typeof d === 'string' ? `${d}:hard` : `${d.service}:${d.type ?? 'hard'}`;

/** The value the schema gives `field` of `kind` when a file leaves it out (undefined: none). */
function defaultOf(kind: Kind, field: string): unknown {
  const shape = (SCHEMAS[kind] as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const parsed = shape?.[field]?.safeParse(undefined);
  return parsed?.success ? parsed.data : undefined;
}

/** True when `now` (as the file has it) means what `next` (as imported) does. */
function sameValue(kind: Kind, field: string, now: unknown, next: unknown): boolean {
  if (now === undefined || now === null) {
    const fallback = defaultOf(kind, field);
    return next === undefined || (fallback !== undefined && sameValue(kind, field, fallback, next));
  }
  if (DURATIONS.has(field))
    return parseDuration(String(now)) === parseDuration(String(next)) && next !== undefined;
  if (field === 'dependsOn' && Array.isArray(now) && Array.isArray(next))
    return (
      now.length === next.length && now.every((d, i) => depKey(d as Dep) === depKey(next[i] as Dep))
    );
  if (Array.isArray(now) || Array.isArray(next))
    return JSON.stringify(now) === JSON.stringify(next);
  return String(now).trim() === String(next).trim();
}

/** The imported dependencies, keeping the note and alternate a listed one already has. */
function mergeDeps(now: unknown, next: Dep[]): Dep[] {
  const had = new Map<string, Dep>();
  if (Array.isArray(now))
    for (const d of now as Dep[]) had.set(typeof d === 'string' ? d : d.service, d);
  return next.map((d) => {
    const service = typeof d === 'string' ? d : d.service;
    const old = had.get(service);
    if (old === undefined || typeof old === 'string') return d;
    const type = typeof d === 'string' ? 'hard' : (d.type ?? 'hard');
    return { ...old, type };
  });
}

/** The files the import writes, and how many records it leaves as they are. */
export function planImport(
  loaded: LoadedContent,
  records: readonly ImportedRecord[],
): { changes: FileChange[]; unchanged: number } {
  const texts = textsOf(loaded);
  const byKey = new Map(loaded.raws.map((r) => [`${r.kind}/${r.id}`, r]));
  const changes: FileChange[] = [];
  let unchanged = 0;
  for (const record of records) {
    const raw = byKey.get(`${record.kind}/${record.id}`);
    if (raw === undefined) {
      const data = { ...record.fields };
      changes.push({
        file: `${record.kind}/${record.id}.mdx`,
        record,
        status: 'new',
        fields: Object.keys(data),
        text: `---\n${stringify(data, { lineWidth: 0 })}---\n`,
        data,
      });
      continue;
    }
    const text = texts(raw.file) ?? '';
    const fm = FRONTMATTER.exec(text);
    const doc = parseDocument(fm?.[1] ?? '');
    const now = (doc.toJS() ?? {}) as Record<string, unknown>;
    const fields: string[] = [];
    for (const [field, value] of Object.entries(record.fields)) {
      if (sameValue(record.kind, field, now[field], value)) continue;
      doc.set(field, field === 'dependsOn' ? mergeDeps(now[field], value as Dep[]) : value);
      fields.push(field);
    }
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    const rest = fm ? text.slice(fm[0].length) : text;
    changes.push({
      file: raw.file,
      record,
      status: 'changed',
      fields,
      text: `---\n${doc.toString({ lineWidth: 0 })}---\n${rest}`,
      data: doc.toJS() as Record<string, unknown>,
    });
  }
  return { changes, unchanged };
}

/**
 * The problems the check would find once `changes` are written: those on an imported record
 * at its sheet, row and column (the field's column, or the row's name), the others as they are.
 */
export function checkImport(
  loaded: LoadedContent,
  changes: readonly FileChange[],
  asOf: string,
  sheetOf: (record: ImportedRecord) => string,
): { problems: ImportProblem[]; others: Issue[] } {
  const changed = new Map(changes.map((c) => [`${c.record.kind}/${c.record.id}`, c]));
  const raws: RawRecord[] = loaded.raws.map((r) => {
    const c = changed.get(`${r.kind}/${r.id}`);
    return c ? { ...r, data: c.data } : r;
  });
  for (const c of changes)
    if (c.status === 'new')
      raws.push({ kind: c.record.kind, id: c.record.id, file: c.file, data: c.data, body: '' });
  const model = buildModel({
    raws,
    settings: loaded.settings,
    asOf,
    // An empty folder the import fills holds records once it is written.
    readIssues: loaded.issues.filter((i) => i.rule !== 'no-records' || raws.length === 0),
    settingsFile: SETTINGS_FILE,
  });
  const problems: ImportProblem[] = [];
  const others: Issue[] = [];
  for (const issue of model.issues) {
    if (issue.severity !== 'error') continue;
    const c = issue.key ? changed.get(issue.key) : undefined;
    if (!c) {
      others.push(issue);
      continue;
    }
    const field = String(issue.path?.[0] ?? '');
    const column = c.record.columns[field] ?? c.record.columns.title ?? '';
    problems.push({
      sheet: sheetOf(c.record),
      row: c.record.row,
      column,
      value: (issue.value ?? '').replace(/^"(.*)"$/, '$1'),
      message: `${field ? `${field}: ` : ''}${issue.message}`,
      fix: issue.fix,
    });
  }
  return { problems, others };
}
