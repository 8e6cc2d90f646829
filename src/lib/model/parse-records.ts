/**
 * Shape layer: validates every raw record against its kind's schema and turns each zod
 * problem into an Issue that names file, field, value and fix. All records are checked;
 * nothing stops at the first error. Records that fail, or still hold a placeholder of
 * `npm run new` (placeholder.ts), are left out of the model; what passes of them is kept aside
 * (salvaged), so their references are checked in the same round.
 */
import type { z } from 'astro/zod';
import { SCHEMAS, KIND_NOUN, type Kind, type RecordData } from '../schema/index.ts';
import { didYouMean } from './did-you-mean.ts';
import { ID_PATTERN, toKebab, type IssueParams } from '../schema/common.ts';
import { showValue, toFieldPath, type FieldPath, type Issue } from './issue.ts';
import { keyOf, type RecordKey } from './key.ts';
import { findPlaceholders, PLACEHOLDER } from './placeholder.ts';

/** A record as read from disk: frontmatter not yet validated. */
export interface RawRecord {
  kind: Kind;
  /** File name without extension. */
  id: string;
  /** Path relative to the content folder, for messages. */
  file: string;
  /** The frontmatter as parsed from YAML. */
  data: unknown;
  /** The MDX/Markdown body. */
  body: string;
  /** The file could not be read (not UTF-8, bad YAML, a folder): it exists, its error is reported. */
  unreadable?: true;
}

/** A record whose frontmatter passed its schema. */
export interface ParsedRecord<K extends Kind = Kind> {
  kind: K;
  id: string;
  file: string;
  data: RecordData<K>;
  body: string;
}

export type ZodIssue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** A zod issue's path as a field path (symbols, which frontmatter cannot hold, as text). */
export const toPath = (path: Path): FieldPath =>
  path.map((p) => (typeof p === 'number' ? p : String(p)));

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const p of path)
    v = v != null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** The object keys a schema accepts at `path`, for "did you mean" on unknown fields. */
function keysAt(schema: z.ZodType, path: Path): string[] {
  const found: string[] = [];
  const visit = (s: z.core.$ZodType | undefined, rest: Path, depth: number): void => {
    if (!s || depth > 20) return;
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'object': {
        const shape = def.shape as Record<string, z.core.$ZodType>;
        if (rest.length === 0) found.push(...Object.keys(shape));
        else visit(shape[String(rest[0])], rest.slice(1), depth + 1);
        return;
      }
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nullable':
      case 'readonly':
      case 'catch':
        return visit(def.innerType as z.core.$ZodType, rest, depth + 1);
      case 'pipe':
        return visit(def.in as z.core.$ZodType, rest, depth + 1);
      case 'array':
        return rest.length
          ? visit(def.element as z.core.$ZodType, rest.slice(1), depth + 1)
          : undefined;
      case 'record':
        return rest.length
          ? visit(def.valueType as z.core.$ZodType, rest.slice(1), depth + 1)
          : undefined;
      case 'union':
        for (const o of def.options as z.core.$ZodType[]) visit(o, rest, depth + 1);
        return;
      case 'lazy':
        return visit((def.getter as () => z.core.$ZodType)(), rest, depth + 1);
    }
  };
  visit(schema, path, 0);
  return [...new Set(found)];
}

/** Picks the union branch that got furthest: the one with the fewest type mismatches at its root. */
function flattenUnion(issue: ZodIssue & { code: 'invalid_union' }): ZodIssue[] {
  const branches = issue.errors.filter((b) => b.length > 0);
  if (branches.length === 0) return [issue];
  const score = (b: ZodIssue[]) =>
    b.filter((i) => i.code === 'invalid_type' && i.path.length === 0).length * 100 + b.length;
  const best = [...branches].sort((a, b) => score(a) - score(b))[0];
  return best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as ZodIssue);
}

/** What a schema checked: a record, or the settings file. */
export interface Checked {
  file: string;
  data: unknown;
  /** "service", "settings file": what unknown fields are said to be in. */
  noun: string;
  key?: RecordKey;
}

/** The issues of one zod problem in `rec`: file, field, value, rule and fix, with did-you-mean. */
export function toIssues(rec: Checked, schema: z.ZodType, zi: ZodIssue): Issue[] {
  if (zi.code === 'invalid_union') {
    const flat = flattenUnion(zi);
    if (flat.length !== 1 || flat[0] !== zi) return flat.flatMap((i) => toIssues(rec, schema, i));
  }
  const base = {
    severity: 'error' as const,
    file: rec.file,
    ...(rec.key ? { key: rec.key } : {}),
  };
  const value = valueAt(rec.data, zi.path);
  const path = toPath(zi.path);
  const field = toFieldPath(path);
  const noun = rec.noun;
  switch (zi.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, zi.path);
      return zi.keys.map((key) => ({
        ...base,
        path: toPath([...zi.path, key]),
        value: showValue(valueAt(rec.data, [...zi.path, key])),
        rule: 'unknown-field',
        message: `unknown field "${key}" in a ${noun}.${didYouMean(key, known)}`,
        fix: `Rename or remove "${key}". Fields allowed here: ${known.join(', ')}.`,
      }));
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [
          {
            ...base,
            path,
            rule: 'required',
            message: `is required but missing.`,
            fix: `Add "${field}" (${zi.expected}) to the frontmatter.`,
          },
        ];
      }
      const custom = !zi.message.startsWith('Invalid input');
      return [
        {
          ...base,
          path,
          value: showValue(value),
          rule: 'wrong-type',
          message: custom
            ? `${showValue(value)} is not valid here: it ${zi.message}.`
            : `${showValue(value)} should be ${zi.expected === 'object' ? 'a set of fields' : `a ${zi.expected}`}.`,
          fix: `Write "${field}" as ${zi.expected === 'array' ? 'a list (one "- item" per line)' : `a ${zi.expected}`}.`,
        },
      ];
    }
    case 'invalid_value': {
      const allowed = zi.values.map(String);
      return [
        {
          ...base,
          path,
          value: showValue(value),
          rule: 'not-allowed',
          message: `${showValue(value)} is not one of: ${allowed.join(', ')}.${didYouMean(String(value), allowed)}`,
          fix: `Use one of: ${allowed.join(', ')}.`,
        },
      ];
    }
    case 'custom': {
      const params = zi.params as Partial<IssueParams> | undefined;
      return [
        {
          ...base,
          path,
          value: showValue(value),
          rule: params?.rule ?? 'invalid',
          message: `${zi.message}.`,
          fix: params?.fix ?? 'Correct the value.',
        },
      ];
    }
    case 'invalid_format':
      if (zi.format === 'regex' && 'pattern' in zi && String(zi.pattern) === String(ID_PATTERN))
        return [
          {
            ...base,
            path,
            value: showValue(value),
            rule: 'bad-id',
            message: `${showValue(value)} is not a kebab-case id.`,
            fix: `Write it as "${toKebab(String(value)) || 'an-id'}": lower-case letters, digits and single hyphens.`,
          },
        ];
    // falls through: another format
    default:
      return [
        {
          ...base,
          path,
          value: showValue(value),
          rule: 'invalid',
          message: `${showValue(value)}: ${zi.message}.`,
          fix: `Correct "${field}": ${zi.message}.`,
        },
      ];
  }
}

/** What is left of a record that failed its schema, for the reference and record checks. */
export interface SalvagedRecord {
  record: ParsedRecord;
  /** True when only optional fields or list items were dropped (no required field is missing). */
  complete: boolean;
  /** A field path in what was kept, as written in the file (list items after a dropped one move up). */
  writtenPath(path: FieldPath): FieldPath;
}

/** For each list that lost items: the index as written of each item kept. */
type Moves = WeakMap<unknown[], number[]>;

/**
 * Takes out of `data` (a copy) every part a zod issue points at: the list item when the path
 * goes through one, else the top-level field; unknown keys are removed where they are.
 */
function cut(data: Record<string, unknown>, issues: readonly ZodIssue[], moves: Moves): void {
  const items = new Map<unknown[], Set<number>>();
  for (const zi of issues) {
    if (zi.code === 'unrecognized_keys') {
      const at = valueAt(data, zi.path);
      if (at && typeof at === 'object')
        for (const k of zi.keys) delete (at as Record<string, unknown>)[k];
      continue;
    }
    const i = zi.path.findIndex((p) => typeof p === 'number');
    if (i > 0) {
      const list = valueAt(data, zi.path.slice(0, i));
      if (Array.isArray(list)) {
        const set = items.get(list) ?? new Set<number>();
        set.add(zi.path[i] as number);
        items.set(list, set);
        continue;
      }
    }
    if (zi.path.length > 0) delete data[String(zi.path[0])];
  }
  for (const [list, drop] of items) {
    const written = moves.get(list) ?? list.map((_, j) => j);
    const keep = list.map((_, j) => j).filter((j) => !drop.has(j));
    const kept = keep.map((j) => list[j]);
    list.length = 0;
    list.push(...kept);
    moves.set(
      list,
      keep.map((j) => written[j]),
    );
  }
}

/** `path` in `data` (after cuts) as written: each list index mapped back through `moves`. */
function toWritten(data: unknown, path: FieldPath, moves: Moves): FieldPath {
  let node = data;
  return path.map((part) => {
    const here = node;
    node =
      here !== null && typeof here === 'object'
        ? (here as Record<string | number, unknown>)[part]
        : undefined;
    return typeof part === 'number' && Array.isArray(here)
      ? (moves.get(here)?.[part] ?? part)
      : part;
  });
}

/**
 * The parts of a record that failed its schema which do pass: the failing fields and list items
 * dropped, and required fields that are missing (or were dropped) left undefined. Undefined when
 * even that does not parse.
 */
function salvage(
  rec: RawRecord,
  schema: z.ZodType,
  first: readonly ZodIssue[],
): SalvagedRecord | undefined {
  let data: Record<string, unknown>;
  try {
    data = structuredClone(rec.data) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const moves: Moves = new WeakMap();
  const writtenPath = (path: FieldPath) => toWritten(data, path, moves);
  let issues = first;
  for (let round = 0; round < 3; round++) {
    cut(data, issues, moves);
    const again = schema.safeParse(data);
    if (again.success)
      return { record: { ...rec, data: again.data as never }, complete: true, writtenPath };
    issues = again.error.issues as ZodIssue[];
  }
  const required = [
    ...new Set(issues.map((zi) => zi.path[0]).filter((k) => typeof k === 'string')),
  ];
  const object = schema as unknown as { partial?: (keys: Record<string, true>) => z.ZodType };
  if (typeof object.partial !== 'function') return undefined;
  const lenient = object.partial(Object.fromEntries(required.map((k) => [k, true])));
  const last = lenient.safeParse(data);
  return last.success
    ? { record: { ...rec, data: last.data as never }, complete: false, writtenPath }
    : undefined;
}

/**
 * Validates every raw record; returns the ones that passed, an issue per problem in the rest,
 * and what passes of those (`salvaged`), so their references are checked in the same round.
 */
export function parseRecords(raws: RawRecord[]): {
  records: ParsedRecord[];
  issues: Issue[];
  salvaged: SalvagedRecord[];
} {
  const records: ParsedRecord[] = [];
  const issues: Issue[] = [];
  const salvaged: SalvagedRecord[] = [];
  for (const rec of raws) {
    if (rec.unreadable) continue;
    const schema = SCHEMAS[rec.kind] as z.ZodType;
    if (rec.data === null || typeof rec.data !== 'object' || Array.isArray(rec.data)) {
      issues.push({
        severity: 'error',
        file: rec.file,
        key: keyOf(rec.kind, rec.id),
        path: [],
        rule: 'no-frontmatter',
        message: 'has no frontmatter (or it is not a set of fields).',
        fix: 'Start the file with a YAML block between two "---" lines holding at least title and owner.',
      });
      continue;
    }
    // A placeholder is reported as one, and what the schema says about the word is left out.
    const placeholders = findPlaceholders(rec.data);
    const atPlaceholder = new Set(placeholders.map(toFieldPath));
    for (const path of placeholders)
      issues.push({
        severity: 'error',
        file: rec.file,
        key: keyOf(rec.kind, rec.id),
        path,
        value: PLACEHOLDER,
        rule: 'placeholder',
        message: `is still the placeholder ${PLACEHOLDER} that npm run new wrote.`,
        fix: `Replace ${PLACEHOLDER} in "${toFieldPath(path)}" with the value its comment asks for.`,
      });
    const result = schema.safeParse(rec.data);
    if (result.success && placeholders.length === 0) {
      records.push({ ...rec, data: result.data as never });
      continue;
    }
    if (result.success) continue;
    const zis = result.error.issues as ZodIssue[];
    const checked = {
      file: rec.file,
      data: rec.data,
      noun: KIND_NOUN[rec.kind],
      key: keyOf(rec.kind, rec.id),
    };
    for (const zi of zis)
      for (const issue of toIssues(checked, schema, zi))
        if (!atPlaceholder.has(toFieldPath(issue.path))) issues.push(issue);
    const rest = salvage(rec, schema, zis);
    if (rest) salvaged.push(rest);
  }
  return { records, issues, salvaged };
}
