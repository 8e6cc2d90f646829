import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { KINDS, SCHEMAS, type Kind } from '../../src/lib/schema/index.ts';
import { SettingsSchema } from '../../src/lib/schema/settings.ts';
import { parseDuration } from '../../src/lib/schema/duration.ts';
import { isIsoDate } from '../../src/lib/schema/date.ts';
import {
  toJsonSchema,
  DURATION_PATTERN,
  type JsonSchema,
  type ObjectDocs,
} from '../../src/lib/schema/json-schema.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import {
  EDITOR_DIR,
  renderSchemaFiles,
  toManifestKey,
  writeEditorFiles,
} from '../../scripts/schemas.ts';
import { readSchemaDocs } from '../../scripts/schema-docs.ts';
import { MINIMAL } from '../helpers.ts';

const docs = readSchemaDocs();
const files = renderSchemaFiles(docs);
const schemaOf = (name: string) => JSON.parse(files.get(`schemas/${name}.schema.json`)!);

// A real validator, as an editor's would be: draft-07, strict about the schemas themselves.
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addFormat('date', isIsoDate);
// The message editors show for a pattern (vscode-json-languageservice); an annotation here.
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
const validators = new Map<string, ValidateFunction>();
const validate = (name: Kind | 'organisation' | 'glossary', data: unknown): string[] => {
  let v = validators.get(name);
  if (!v) validators.set(name, (v = ajv.compile(schemaOf(name))));
  return v(data)
    ? []
    : (v.errors ?? []).map(
        (e) =>
          `${e.instancePath} ${e.message}${'additionalProperty' in e.params ? ` "${e.params.additionalProperty}"` : ''}`,
      );
};

/** YAML dates as an editor's YAML 1.2 parser sees them: text, not Date objects. */
const asEditorSees = (v: unknown): unknown =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : Array.isArray(v)
      ? v.map(asEditorSees)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asEditorSees(x)]))
        : v;

describe('renderSchemaFiles', () => {
  it('gives the files committed in schemas/ (run npm run schemas after changing a schema)', () => {
    expect([...files.keys()].sort()).toEqual(
      [...KINDS, 'organisation', 'glossary'].map((n) => `schemas/${n}.schema.json`).sort(),
    );
    for (const [path, text] of files)
      expect(readFileSync(join(PROJECT_ROOT, path), 'utf8'), path).toBe(text);
  });

  it('gives the same text twice, ending with a newline', () => {
    expect(renderSchemaFiles(docs)).toEqual(files);
    for (const text of files.values()) expect(text.endsWith('}\n')).toBe(true);
  });

  it('describes every field of every kind and of the settings, with no $ref to resolve', () => {
    const undescribed: string[] = [];
    const walk = (s: JsonSchema, at: string): void => {
      for (const [k, p] of Object.entries((s.properties ?? {}) as Record<string, JsonSchema>)) {
        if (!p.description) undescribed.push(`${at}.${k}`);
        walk(p, `${at}.${k}`);
      }
      if (s.items) walk(s.items as JsonSchema, `${at}[]`);
      for (const b of (s.anyOf ?? []) as JsonSchema[]) walk(b, at);
    };
    for (const [path, text] of files) {
      expect(text, path).not.toContain('$ref');
      const json = JSON.parse(text);
      expect(json.description ?? json.title, path).toBeTruthy();
      walk(json, path);
    }
    expect(undescribed).toEqual([]);
  });
});

describe('writeEditorFiles', () => {
  it("names every record file with its kind and copies the kinds' schemas, as the Astro extension reads them", () => {
    const root = mkdtempSync(join(tmpdir(), 'itscm-editor-'));
    try {
      const content = join(PROJECT_ROOT, 'test/fixtures/minimal');
      expect(writeEditorFiles(content, files, root)).toBe(loadContentFolder(content).raws.length);
      const manifest = JSON.parse(readFileSync(join(root, EDITOR_DIR, 'collections.json'), 'utf8'));
      expect(manifest.collections).toContainEqual({ hasSchema: true, name: 'services' });
      expect(manifest.entries[toManifestKey(join(content, 'services/app.md'))]).toBe('services');
      expect(toManifestKey('/A B/x.mdx')).toBe('file:///a b/x.mdx');
      expect(readFileSync(join(root, EDITOR_DIR, 'plans.schema.json'), 'utf8')).toBe(
        files.get('schemas/plans.schema.json'),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('readSchemaDocs', () => {
  it('reads the comments of spread fields and of a field written again, the last one winning', () => {
    const person = docs.find((d) => d.file === 'person.ts' && d.keys[0] === 'title')!;
    expect(person.keys.slice(0, 4)).toEqual(['title', 'owner', 'classification', 'summary']);
    expect(person.fields.title).toBe('Human title shown in headings, lists and search results.');
    expect(person.fields.classification).toMatch(/^Who may read the person's record/);
    expect(person.description).toMatch(/^A person who takes part in continuity/);
  });
});

describe('toJsonSchema', () => {
  it('passes the frontmatter of every sample record, the sample organisation.yaml and glossary.yaml', () => {
    const loaded = loadContentFolder(join(PROJECT_ROOT, 'src/content'));
    expect(loaded.raws.length).toBeGreaterThan(100);
    const failures = loaded.raws.flatMap((r) =>
      validate(r.kind, asEditorSees(r.data)).map((e) => `${r.file}: ${e}`),
    );
    expect(failures).toEqual([]);
    expect(validate('organisation', asEditorSees(loaded.settings))).toEqual([]);
    expect(validate('glossary', loaded.glossary)).toEqual([]);
    expect(validate('glossary', { rto: { term: 'RTO', defintion: 'x' } })).toEqual([
      "/rto must have required property 'definition'",
      '/rto must NOT have additional properties "defintion"',
    ]);
  });

  it('passes the minimal record of every kind, as the zod schema does', () => {
    for (const kind of KINDS)
      expect(validate(kind, { title: 'A record', owner: 'ops', ...MINIMAL[kind] }), kind).toEqual(
        [],
      );
  });

  it.each([
    ['an unknown field', 'services', { rot: '4h' }, '"rot"'],
    ['a typo in a nested field', 'services', { backup: { intervall: '1h' } }, '"intervall"'],
    ['a bad duration', 'services', { rto: '4 hours' }, '/rto must match pattern'],
    ['a number for a duration', 'services', { rto: 4 }, '/rto must be string'],
    ['a date that is not YYYY-MM-DD', 'services', { lastReviewed: '31/03/2026' }, '/lastReviewed'],
    ['a date that is not in the calendar', 'plans', { approvedOn: '2026-02-30' }, 'format "date"'],
    ['a value outside its list', 'plans', { status: 'final' }, '/status must be equal to one of'],
    ['an id that is not kebab-case', 'services', { owner: 'Ops Team' }, '/owner must match'],
    ['a score out of range', 'risks', { likelihood: 6 }, '/likelihood must be <= 5'],
  ] as const)('fails %s, as the zod schema does', (_, kind, change, expected) => {
    const data = { title: 'A record', owner: 'ops', ...MINIMAL[kind], ...change };
    expect(SCHEMAS[kind].safeParse(data).success).toBe(false);
    expect(validate(kind, data).join('\n')).toContain(expected);
  });

  it('fails a missing required field and an unknown setting', () => {
    expect(validate('services', { title: 'A record', owner: 'ops' })).toEqual([
      " must have required property 'kind'",
    ]);
    expect(
      validate('organisation', { tiers: [{ tier: 1, name: 'Critical', maxRto: '4h' }] }),
    ).toEqual([]);
    expect(validate('organisation', { riskApetite: 9 })).toEqual([
      ' must NOT have additional properties "riskApetite"',
    ]);
    expect(SettingsSchema.safeParse({ riskApetite: 9 }).success).toBe(false);
  });

  it('adds what a duration looks like to the field comment, and examples', () => {
    const rto = schemaOf('services').properties.rto;
    expect(rto.description).toBe(
      'Declared recovery time objective: what the service is engineered to recover within. A duration: "15m", "4h", "2d", "1w", "1h30m" or ISO 8601 "PT4H" (a day is 24 hours).',
    );
    expect(rto.examples).toContain('4h');
  });

  it('refuses two objects with the same fields and different comments', () => {
    const two: ObjectDocs[] = [
      { file: 'a.ts', keys: ['title', 'owner'], fields: { title: 'One.' } },
      { file: 'b.ts', keys: ['title', 'owner'], fields: { title: 'Other.' } },
    ];
    const schema = SCHEMAS.teams.pick({ title: true, owner: true });
    expect(() => toJsonSchema(schema, two, { title: 't' })).toThrow(
      /^internal: a\.ts, b\.ts declare objects with the same fields \(title, owner\)/,
    );
  });
});

describe('DURATION_PATTERN', () => {
  const pattern = new RegExp(DURATION_PATTERN, 'u');
  it('accepts exactly the text parseDuration reads', () => {
    const fixed = [
      ...['15m', '4h', '2d', '1w', '1h30m', '1d 12h', '90min', '1.5h', ' 4h ', '4 h', '0m'],
      ...['PT4H', 'PT30M', 'P1D', 'P1W', 'P1DT2H', 'pt15m', 'P1DT', ' PT4H '],
      ...['', ' ', '4', 'h', '4 hours', '30 minutes', 'PT', 'P', ' pt ', '-1h', '4x', 'soon'],
      ...['4hh', 'P4H', 'PT4D', '1.h', '.5h', 'P1.5D', '4h-', 'mm', '1m2', 'T4H'],
    ];
    // Random text from the pieces durations are made of: numbers, units, spaces, ISO letters.
    const pieces = ['1', '40', '.5', '1.5', ' ', 'P', 'p', 'T', 't', 'W', 'D', 'H', 'M'];
    pieces.push('m', 'h', 'd', 'w', 'min', 'MIN', 'x', '-');
    let seed = 7;
    const random = (n: number) =>
      Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const generated = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 1 + random(6) }, (_, i) =>
        // Every other piece a number more often than not, so that many are durations.
        i % 2 === 0 && random(3) > 0
          ? ['1', '40', '1.5'][random(3)]
          : pieces[random(pieces.length)],
      ).join(''),
    );
    const disagree = [...fixed, ...generated].filter(
      (t) => pattern.test(t) !== (parseDuration(t) !== undefined),
    );
    expect(disagree).toEqual([]);
    expect(generated.filter((t) => parseDuration(t) !== undefined).length).toBeGreaterThan(1000);
  });
});
