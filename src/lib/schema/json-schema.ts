/**
 * JSON Schemas (draft-07) of what authors write: the frontmatter of each kind and
 * organisation.yaml, from the zod schemas, for completion, hover and validation in editors
 * (written by `npm run schemas` into schemas/). They describe the input side: a duration is the
 * text "4h", not the minutes it becomes; a field with a default may be left out.
 *
 * The fields' doc comments become `description`s: zod does not see comments, so the caller
 * passes them in, read from the source (scripts/schema-docs.ts). Types that zod cannot express
 * as JSON Schema (a duration or a date is text checked by a transform) get their JSON form
 * here. Output is deterministic: keywords in a fixed order, properties in schema order.
 *
 * The JSON Schema is a help, not the rule: `npm run check` validates with the zod schemas and
 * the model (references, dates in order, ...), which no JSON Schema can see.
 */
import { z } from 'astro/zod';
import { Duration } from './duration.ts';
import { IsoDate } from './date.ts';
import { ID_PATTERN } from './common.ts';

/** A JSON Schema object, or any JSON value inside one. */
export type JsonSchema = { [key: string]: unknown };

/** The doc comments of one schema object, as read from its source. */
export interface ObjectDocs {
  /** The file it is written in, for messages. */
  file: string;
  /** Its keys, in the order the object has at run time. */
  keys: string[];
  /** The comment of each key that has one. */
  fields: Record<string, string>;
  /** The comment of the constant it is declared as (`export const XSchema = ...`), if any. */
  description?: string;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT = '(?:[wW]|[dD]|[hH]|[mM][iI][nN]|[mM])';

/**
 * The text a duration field accepts, as a JSON Schema pattern (no flags, so letters in both
 * cases are spelled out): exactly what `parseDuration` reads, surrounding spaces included
 * (tested against it).
 */
export const DURATION_PATTERN =
  String.raw`^\s*(?:(?:${NUMBER}\s*${UNIT}\s*)+|(?![pP][tT]?\s*$)[pP](?:${NUMBER}[wW])?(?:${NUMBER}[dD])?` +
  String.raw`(?:[tT](?:${NUMBER}[hH])?(?:${NUMBER}[mM])?)?\s*)$`;

/** The pattern of a date field; the calendar check is `format: date`. */
export const DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;

/**
 * `patternErrorMessage` is the message editors built on vscode-json-languageservice or
 * yaml-language-server (VS Code, the Astro extension) show instead of the bare pattern; other
 * validators ignore it as an annotation.
 */
const ID_MESSAGE = 'Write a kebab-case id such as "payments-api".';

/**
 * Custom types: their JSON Schema, and the sentence added to the description of a field of the
 * type unless its comment says it already (`said`).
 */
const CUSTOM = new Map<z.core.$ZodType, { schema: JsonSchema; hint: string; said: RegExp }>([
  [
    Duration,
    {
      schema: {
        type: 'string',
        pattern: DURATION_PATTERN,
        patternErrorMessage: 'Write a duration such as "15m", "4h", "2d", "1w", "1h30m" or "PT4H".',
        examples: ['15m', '4h', '1d', 'PT4H'],
      },
      hint: 'A duration: "15m", "4h", "2d", "1w", "1h30m" or ISO 8601 "PT4H" (a day is 24 hours).',
      said: /ISO 8601/,
    },
  ],
  [
    IsoDate,
    {
      schema: {
        type: 'string',
        format: 'date',
        pattern: DATE_PATTERN,
        patternErrorMessage: 'Write a date as YYYY-MM-DD, for example 2026-03-31.',
        examples: ['2026-03-31'],
      },
      hint: 'A date, YYYY-MM-DD.',
      said: /YYYY-MM-DD/,
    },
  ],
]);

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

/** The schema under optional/default/... and the input side of a transform, stopping at a custom type. */
function unwrap(s: z.core.$ZodType): z.core.$ZodType {
  let u = s;
  while (!CUSTOM.has(u)) {
    const def = u._zod.def as unknown as { type: string; innerType?: z.core.$ZodType };
    if (WRAPPERS.has(def.type) && def.innerType) u = def.innerType;
    else if (def.type === 'pipe') u = (def as unknown as { in: z.core.$ZodType }).in;
    else break;
  }
  return u;
}

/** Finds the comments of an object by its keys; throws when two objects with these keys disagree. */
function docsFor(index: Map<string, ObjectDocs[]>, keys: string[]): ObjectDocs | undefined {
  const found = index.get(keys.join('\0')) ?? [];
  const distinct = new Map(
    found.map((d) => [JSON.stringify([d.fields, d.description ?? null]), d]),
  );
  if (distinct.size > 1)
    throw new Error(
      `internal: ${[...new Set(found.map((d) => d.file))].join(', ')} declare objects with the same fields (${keys.join(', ')}) and different comments; the JSON Schema cannot tell which comment belongs where. Give the comments the same text or the objects different fields.`,
    );
  return found[0];
}

const asSchema = (v: unknown): JsonSchema | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonSchema) : undefined;

/** Writes descriptions into `json` (the JSON Schema of `s`) from the comments, recursively. */
function annotate(
  s: z.core.$ZodType,
  json: JsonSchema,
  index: Map<string, ObjectDocs[]>,
  doc: string | undefined,
): void {
  const u = unwrap(s);
  const custom = CUSTOM.get(u);
  const def = u._zod.def as unknown as Record<string, unknown> & { type: string };
  const docs =
    def.type === 'object'
      ? docsFor(index, Object.keys(def.shape as Record<string, unknown>))
      : undefined;
  // A description given in zod (.describe, .meta) wins over the comment.
  const own = typeof json.description === 'string' ? json.description : undefined;
  const said = own ?? doc ?? docs?.description;
  const hint = custom && !(said && custom.said.test(said)) ? custom.hint : undefined;
  const text = [said, hint].filter(Boolean).join(' ');
  if (text) json.description = text;
  if (custom) return;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      const properties = asSchema(json.properties) ?? {};
      for (const [key, field] of Object.entries(shape)) {
        const p = asSchema(properties[key]);
        if (p) annotate(field, p, index, docs?.fields[key]);
      }
      return;
    }
    case 'array': {
      const items = asSchema(json.items);
      if (items) annotate(def.element as z.core.$ZodType, items, index, undefined);
      return;
    }
    case 'union': {
      const branches = (json.anyOf ?? json.oneOf) as unknown[] | undefined;
      (def.options as z.core.$ZodType[]).forEach((o, i) => {
        const b = asSchema(branches?.[i]);
        if (b) annotate(o, b, index, undefined);
      });
      return;
    }
    case 'record': {
      const values = asSchema(json.additionalProperties);
      if (values) annotate(def.valueType as z.core.$ZodType, values, index, undefined);
      return;
    }
  }
}

/** Keywords first in this order, then the others alphabetically, then KEYWORDS_LAST. */
const KEYWORDS_FIRST = [
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'patternErrorMessage',
  'default',
  'examples',
];
const KEYWORDS_LAST = ['items', 'properties', 'required', 'additionalProperties'];
/** Keywords whose value is a schema, or a list of schemas. */
const SCHEMA_VALUED = new Set([
  'items',
  'additionalProperties',
  'propertyNames',
  'not',
  'anyOf',
  'allOf',
  'oneOf',
  'if',
  'then',
  'else',
]);
/** Keywords whose value maps names to schemas: their order is the schema's (properties in field order). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/** The schema with its keywords in a fixed order and zod's safe-integer bounds left out. */
function canonical(json: JsonSchema): JsonSchema {
  const rank = (k: string) => {
    const first = KEYWORDS_FIRST.indexOf(k);
    const last = KEYWORDS_LAST.indexOf(k);
    return first !== -1 ? first : last !== -1 ? 100 + last : 50;
  };
  const keys = Object.keys(json).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: JsonSchema = {};
  for (const k of keys) {
    const v = json[k];
    // z.number().int() adds these bounds; they say nothing to an author.
    if ((k === 'maximum' || k === 'minimum') && Math.abs(v as number) === Number.MAX_SAFE_INTEGER)
      continue;
    if (SCHEMA_MAPS.has(k) && asSchema(v))
      out[k] = Object.fromEntries(
        Object.entries(v as JsonSchema).map(([name, s]) => [name, canonicalAny(s)]),
      );
    else if (SCHEMA_VALUED.has(k))
      out[k] = Array.isArray(v) ? v.map(canonicalAny) : canonicalAny(v);
    else out[k] = v;
  }
  return out;
}
const canonicalAny = (v: unknown): unknown => {
  const s = asSchema(v);
  return s ? canonical(s) : v;
};

/** Options of `toJsonSchema`: the top-level title and comment. */
export interface JsonSchemaOptions {
  /** The schema's `title`, for example "Frontmatter of a service". */
  title: string;
  /** The schema's `$comment`, for example where it is generated from. */
  comment?: string;
}

/**
 * The draft-07 JSON Schema of the input `schema` accepts, with `docs` as descriptions. Throws
 * `internal:` when two schema objects with the same fields have different comments.
 */
export function toJsonSchema(
  schema: z.ZodType,
  docs: readonly ObjectDocs[],
  options: JsonSchemaOptions,
): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.jsonSchema.pattern === ID_PATTERN.source)
        ctx.jsonSchema.patternErrorMessage = ID_MESSAGE;
      const custom = CUSTOM.get(ctx.zodSchema);
      if (!custom) return;
      for (const k of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[k];
      Object.assign(ctx.jsonSchema, structuredClone(custom.schema));
    },
  });
  // A copy with no shared objects, so that a description goes to one field only.
  const json = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  const index = new Map<string, ObjectDocs[]>();
  for (const d of docs) {
    const key = d.keys.join('\0');
    index.set(key, [...(index.get(key) ?? []), d]);
  }
  annotate(schema, json, index, undefined);
  return canonical({
    ...json,
    title: options.title,
    ...(options.comment ? { $comment: options.comment } : {}),
  });
}
