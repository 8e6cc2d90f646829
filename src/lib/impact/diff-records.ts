/**
 * Which records a change adds, removes and edits, from the records as read (frontmatter as the
 * author wrote it, before any schema): per edited record the top-level frontmatter fields that
 * differ, old and new, and whether the body differs; and the same for organisation.yaml. Records
 * are matched by key ("services/ledger-db"), so a record whose file moves from .md to .mdx is
 * an edit of its `file`. Records that fail their schema are compared too: a broken record is
 * still a record the change touches. Pure; O(records + size of their frontmatter).
 */
import type { RawRecord } from '../model/parse-records.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { canonical, isSamePlain, toPlain, type Plain } from './plain-value.ts';
import { matchItems } from './match.ts';

/** One side of the comparison, as read from its content folder. */
export interface RecordsSide {
  raws: readonly RawRecord[];
  /** organisation.yaml as parsed ({} when absent). */
  settings: unknown;
}

/** A record named in the report. */
export interface RecordRef {
  key: RecordKey;
  /** Its `title` as written, else its id. */
  title: string;
  /** Path relative to the content folder. */
  file: string;
}

/** One frontmatter field that differs; a side where the field is absent has no value. */
export interface FieldChange {
  /** The top-level field ("rto", "dependsOn"), or "file" for a renamed file. */
  field: string;
  before?: Plain;
  after?: Plain;
  /** When both sides are lists: the entries only the new one has, and only the old one has. */
  items?: { added: Plain[]; removed: Plain[] };
}

/** A record present on both sides whose frontmatter, body or file name differs. */
export interface RecordChange extends RecordRef {
  /** The fields that differ, in the order the new version writes them, then the removed ones. */
  fields: FieldChange[];
  /** True when the body (the text after the frontmatter) differs. */
  body: boolean;
}

/** Records added, removed and changed, each in key order, and the settings fields that differ. */
export interface RecordsDiff {
  added: RecordRef[];
  removed: RecordRef[];
  changed: RecordChange[];
  /** Top-level fields of organisation.yaml that differ. */
  settings: FieldChange[];
}

const titleOf = (r: RawRecord): string => {
  const t = (r.data as { title?: unknown } | null)?.title;
  return typeof t === 'string' && t.trim() !== '' ? t : r.id;
};

const toRef = (r: RawRecord): RecordRef => ({
  key: keyOf(r.kind, r.id),
  title: titleOf(r),
  file: r.file,
});

const asObject = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The top-level fields of two frontmatter objects that differ, new order first. */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const b = asObject(before);
  const a = asObject(after);
  const out: FieldChange[] = [];
  const names = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
  for (const field of names) {
    const old = field in b && b[field] !== undefined ? toPlain(b[field]) : undefined;
    const now = field in a && a[field] !== undefined ? toPlain(a[field]) : undefined;
    if (isSamePlain(old, now)) continue;
    const change: FieldChange = { field };
    if (old !== undefined) change.before = old;
    if (now !== undefined) change.after = now;
    if (Array.isArray(old) && Array.isArray(now)) {
      const m = matchItems(old, now, canonical);
      change.items = { added: m.added, removed: m.removed };
    }
    out.push(change);
  }
  return out;
}

const byKey = (raws: readonly RawRecord[]): Map<RecordKey, RawRecord> => {
  const map = new Map<RecordKey, RawRecord>();
  // Two files of one id (a.md and a.mdx) are a duplicate-id error; the first is the record.
  for (const r of raws) if (!map.has(keyOf(r.kind, r.id))) map.set(keyOf(r.kind, r.id), r);
  return map;
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares the records and settings of two sides. */
export function diffRecords(before: RecordsSide, after: RecordsSide): RecordsDiff {
  const old = byKey(before.raws);
  const now = byKey(after.raws);
  const added: RecordRef[] = [];
  const removed: RecordRef[] = [];
  const changed: RecordChange[] = [];
  for (const [key, r] of now) {
    const o = old.get(key);
    if (!o) {
      added.push(toRef(r));
      continue;
    }
    const fields = diffFields(o.data, r.data);
    if (o.file !== r.file) fields.push({ field: 'file', before: o.file, after: r.file });
    const body = o.body !== r.body;
    if (fields.length || body) changed.push({ ...toRef(r), fields, body });
  }
  for (const [key, r] of old) if (!now.has(key)) removed.push(toRef(r));
  const order = (x: RecordRef, y: RecordRef) => cmp(x.key, y.key);
  return {
    added: added.sort(order),
    removed: removed.sort(order),
    changed: changed.sort(order),
    settings: diffFields(before.settings, after.settings),
  };
}
