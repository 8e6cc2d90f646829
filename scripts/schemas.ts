/**
 * `npm run schemas`: writes the JSON Schemas of what authors write, for editors:
 * schemas/<kind>.schema.json (the frontmatter of each kind), schemas/organisation.schema.json and
 * schemas/glossary.schema.json,
 * generated from the zod schemas with their doc comments as descriptions
 * (src/lib/schema/json-schema.ts). The files are committed; a unit test fails when they are out
 * of date.
 *
 * It also writes the files through which the Astro VS Code extension completes and checks
 * record frontmatter (its experimental content intellisense): .astro/collections/, local and
 * ignored by git, naming every record file of the content folder (ITSCM_CONTENT). Astro itself
 * writes them only for collections with a schema, which ours do not have (the model validates).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KINDS, KIND_NOUN, SCHEMAS } from '../src/lib/schema/index.ts';
import { SettingsSchema } from '../src/lib/schema/settings.ts';
import { GlossarySchema } from '../src/lib/schema/glossary.ts';
import { toJsonSchema, type ObjectDocs } from '../src/lib/schema/json-schema.ts';
import { PROJECT_ROOT, resolveContentDir } from '../src/load/build-inputs.ts';
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
          title: `Frontmatter of a ${KIND_NOUN[kind]}: ${kind}/<id>.mdx`,
          comment: COMMENT,
        }),
      ),
    );
  files.set(
    `${SCHEMAS_DIR}/organisation.schema.json`,
    toText(
      toJsonSchema(SettingsSchema, docs, {
        title: 'Organisation settings: organisation.yaml',
        comment: COMMENT,
      }),
    ),
  );
  files.set(
    `${SCHEMAS_DIR}/glossary.schema.json`,
    toText(
      toJsonSchema(GlossarySchema, docs, {
        title: 'The glossary: glossary.yaml (term id -> term)',
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

/** Where the Astro VS Code extension looks for collection schemas and the files of each collection. */
export const EDITOR_DIR = join('.astro', 'collections');

/** How the Astro language server names a file in its manifest: the decoded file URL, lower case. */
export const toManifestKey = (path: string): string =>
  decodeURIComponent(pathToFileURL(resolve(path)).href).toLowerCase();

/**
 * Writes the Astro extension's manifest (`collections.json`: each kind, and every record file of
 * `contentDir` with its kind) and a copy of each kind's schema into `root`/.astro/collections/.
 * Returns the number of record files named. Record files are found as the content folder's
 * reader finds them (.md and .mdx, no names starting with _ or .).
 */
export function writeEditorFiles(
  contentDir: string,
  files: Map<string, string> = renderSchemaFiles(),
  root: string = PROJECT_ROOT,
): number {
  const dir = join(root, EDITOR_DIR);
  mkdirSync(dir, { recursive: true });
  const entries: Record<string, string> = {};
  for (const kind of KINDS) {
    writeFileSync(
      join(dir, `${kind}.schema.json`),
      files.get(`${SCHEMAS_DIR}/${kind}.schema.json`) ?? '',
    );
    const folder = join(contentDir, kind);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort())
      if (/^[^_.].*\.mdx?$/.test(name)) entries[toManifestKey(join(folder, name))] = kind;
  }
  const manifest = { collections: KINDS.map((name) => ({ hasSchema: true, name })), entries };
  writeFileSync(join(dir, 'collections.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return Object.keys(entries).length;
}

if (import.meta.main) {
  const files = writeSchemaFiles();
  const contentDir = resolveContentDir(process.env);
  const named = writeEditorFiles(contentDir, files);
  console.log(
    `Wrote ${files.size} JSON Schemas to ${SCHEMAS_DIR}/, and ${EDITOR_DIR}/ for the Astro VS Code extension (${named} record files of ${contentDir}).`,
  );
}
