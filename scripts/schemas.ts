/**
 * `npm run schemas`: writes the JSON Schemas of what authors write, for editors: schemas/<kind>.schema.json
 * (the frontmatter of each kind) and schemas/organisation.schema.json, generated from the zod
 * schemas with their doc comments as descriptions (src/lib/schema/json-schema.ts). The files
 * are committed; a unit test fails when they are out of date.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, KIND_NOUN, SCHEMAS } from '../src/lib/schema/index.ts';
import { SettingsSchema } from '../src/lib/schema/settings.ts';
import { toJsonSchema, type ObjectDocs } from '../src/lib/schema/json-schema.ts';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';
import { readSchemaDocs } from './schema-docs.ts';

/** The folder of the generated schemas, relative to the project root. */
export const SCHEMAS_DIR = 'schemas';

const COMMENT =
  'Generated from src/lib/schema/ by npm run schemas; do not edit. A help for editors: npm run check is the authority.';

const toText = (json: unknown) => `${JSON.stringify(json, null, 2)}\n`;

/** Every generated file, by path relative to the project root, with its text. */
export function renderSchemaFiles(
  docs: readonly ObjectDocs[] = readSchemaDocs(),
): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of KINDS)
    files.set(
      `${SCHEMAS_DIR}/${kind}.schema.json`,
      toText(
        toJsonSchema(SCHEMAS[kind], docs, {
          title: `Frontmatter of a ${KIND_NOUN[kind]} (${kind}/<id>.mdx)`,
          comment: COMMENT,
        }),
      ),
    );
  files.set(
    `${SCHEMAS_DIR}/organisation.schema.json`,
    toText(
      toJsonSchema(SettingsSchema, docs, {
        title: 'Organisation settings (organisation.yaml)',
        comment: COMMENT,
      }),
    ),
  );
  return files;
}

/** Writes the files into `root`, removing generated files that are no longer generated. */
export function writeSchemaFiles(root: string = PROJECT_ROOT): Map<string, string> {
  const files = renderSchemaFiles();
  const dir = join(root, SCHEMAS_DIR);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir))
    if (name.endsWith('.schema.json') && !files.has(`${SCHEMAS_DIR}/${name}`))
      rmSync(join(dir, name));
  for (const [path, text] of files) writeFileSync(join(root, path), text);
  return files;
}

if (import.meta.main) {
  const files = writeSchemaFiles();
  console.log(`Wrote ${files.size} JSON Schemas to ${SCHEMAS_DIR}/.`);
}
