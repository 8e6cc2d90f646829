/** The resolved model: every valid record, its references both ways, and every issue found. */
import type { Kind, RecordData, Settings } from '../schema/index.ts';
import type { RelationName } from './references.ts';
import type { FieldPath, Issue } from './issue.ts';
import { idOf, keyOf, type RecordKey } from './key.ts';
import type { ContentHistory } from '../git/history.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';

/** A resolved reference from one record to another. */
export interface Link {
  rel: RelationName;
  kind: Kind;
  id: string;
  /** The other record's own key (the same string as its Entry.key). */
  key: RecordKey;
  /** Where the referring record holds it: ["dependsOn", 1]. */
  path: FieldPath;
  /** For a dependency (rel dependsOn): true when it is soft. */
  soft?: boolean;
}

/** A field an edition took out of its copy of a record: what it held, and the edition that has it. */
export interface Withheld {
  /** The field, as written in the source ("outOfBand"). */
  field: string;
  /** What it held, in words a page can print ("personal numbers"). */
  what: string;
  /** The lowest edition that prints it. */
  edition: 'internal' | 'confidential';
}

export interface Entry<K extends Kind = Kind> {
  kind: K;
  id: string;
  /** "kind/id", made once by keyOf. */
  key: RecordKey;
  /** Path relative to the content folder. */
  file: string;
  data: RecordData<K>;
  body: string;
  /** References this record makes to existing records. */
  refs: Link[];
  /** References other records make to this one (derived). */
  referencedBy: Link[];
  /** Fields the edition took out of `data` (classified above it); absent when none. */
  withheld?: Withheld[];
}

export interface Model {
  /** The "today" every date computation is relative to (YYYY-MM-DD). */
  asOf: string;
  settings: Settings;
  /**
   * The glossary's terms, A to Z (glossary.yaml; empty without one). Public content: every
   * edition keeps all of it.
   */
  glossary: GlossaryEntry[];
  /**
   * The git history of the content files: a build input, never read here. Record pages show
   * each file's last change; the re-test check (review-due.ts) reads the change dates.
   */
  history: ContentHistory;
  /** Records per kind, sorted by id. */
  byKind: { [K in Kind]: Entry<K>[] };
  /** Records by "kind/id". */
  index: Map<RecordKey, Entry>;
  /** Errors and warnings, sorted by file. */
  issues: Issue[];
  /** The edition this model is for: records classified above it are left out. */
  edition: 'public' | 'internal' | 'confidential';
  /** How many records the edition left out (counted, never named). */
  left: number;
}

/** Looks a record up by kind and id. */
export function getEntry<K extends Kind>(model: Model, kind: K, id: string): Entry<K> | undefined {
  return model.index.get(keyOf(kind, id)) as Entry<K> | undefined;
}

/** True when the model has errors (the build must stop). */
export function hasErrors(model: Pick<Model, 'issues'>): boolean {
  return model.issues.some((i) => i.severity === 'error');
}

/** Title of a record by key, or its id when the model has no such record (a left-out record). */
export function titleOf(model: Pick<Model, 'index'>, key: RecordKey): string {
  return (model.index.get(key)?.data as { title?: string } | undefined)?.title ?? idOf(key);
}
