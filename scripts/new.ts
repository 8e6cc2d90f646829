/**
 * `npm run new -- <kind> <id>`: writes <content>/<kind>/<id>.mdx (the content folder is
 * ITSCM_CONTENT, else src/content) from the kind's template in templates/records/: every
 * required field with the placeholder TODO, which `npm run check` reports until it is replaced,
 * the commonly needed optional fields commented out, a comment on each, and the body's sections.
 * Refuses, with one line on stderr and exit code 2, an unknown kind, an id that is not
 * kebab-case and a record that exists.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { KINDS, type Kind } from '../src/lib/schema/index.ts';
import { isId } from '../src/lib/schema/common.ts';
import { didYouMean } from '../src/lib/model/did-you-mean.ts';
import { PROJECT_ROOT, resolveContentDir } from '../src/load/build-inputs.ts';
import { EDITOR_DIR, writeEditorFiles } from './schemas.ts';

/** The folder of the templates, one <kind>.mdx per kind. */
export const TEMPLATE_DIR = join(PROJECT_ROOT, 'templates', 'records');

/** A mistake in the command line or a clash with an existing file: reported in one line, exit 2. */
export class UsageError extends Error {}

/** The template of a kind, as written. */
export const readTemplate = (kind: Kind): string =>
  readFileSync(join(TEMPLATE_DIR, `${kind}.mdx`), 'utf8');

/** "Payments API" -> "payments-api": the id an author probably meant, or "" when nothing is left. */
export const toKebab = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A path as the author reads it best: relative to the current folder when inside it. */
function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const USAGE = `usage: npm run new -- <kind> <id>, where kind is one of ${KINDS.join(', ')}`;

/** Checks the arguments and picks the file to write; throws UsageError. */
export function planNewRecord(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { kind: Kind; id: string; dir: string; file: string } {
  if (args.length !== 2) throw new UsageError(USAGE);
  const [kindArg, id] = args;
  if (!(KINDS as readonly string[]).includes(kindArg))
    throw new UsageError(
      `"${kindArg}" is not a record kind.${didYouMean(kindArg, KINDS)} Kinds: ${KINDS.join(', ')}.`,
    );
  const kind = kindArg as Kind;
  if (!isId(id)) {
    const kebab = toKebab(id);
    throw new UsageError(
      `"${id}" is not an id: write it in kebab-case (lower-case letters and digits, single hyphens between), as it becomes the file name.${kebab ? ` Did you mean "${kebab}"?` : ''}`,
    );
  }
  const dir = resolveContentDir(env);
  if (!existsSync(dir))
    throw new UsageError(
      `the content folder ${dir} does not exist: set ITSCM_CONTENT to an existing folder, or unset it to use src/content.`,
    );
  for (const ext of ['mdx', 'md']) {
    const existing = join(dir, kind, `${id}.${ext}`);
    if (existsSync(existing))
      throw new UsageError(`${show(existing)} already exists: edit it, or choose another id.`);
  }
  return { kind, id, dir, file: join(dir, kind, `${id}.mdx`) };
}

/**
 * Writes the new record and returns its path; throws UsageError before writing anything. When
 * `editorRoot` (default the project) holds the Astro extension's list of record files
 * (`npm run schemas` writes it), the list is written again with the new file; null leaves it.
 */
export function writeNewRecord(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  editorRoot: string | null = PROJECT_ROOT,
): string {
  const { kind, dir, file } = planNewRecord(args, env);
  mkdirSync(join(dir, kind), { recursive: true });
  writeFileSync(file, readTemplate(kind), { flag: 'wx' });
  if (editorRoot !== null && existsSync(join(editorRoot, EDITOR_DIR, 'collections.json')))
    writeEditorFiles(dir, undefined, editorRoot);
  return file;
}

if (import.meta.main) {
  try {
    const file = writeNewRecord(process.argv.slice(2));
    console.log(
      `Wrote ${show(file)}. Replace each TODO, uncomment the fields that apply, then run npm run check.`,
    );
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`npm run new: ${e.message}`);
    process.exit(2);
  }
}
