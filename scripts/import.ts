/**
 * `npm run import -- <file> --kind services|bia|vendors|people|teams`: brings an inventory or
 * BIA sheet (CSV or XLSX) into the content folder as records; `npm run import -- catalog-info.yaml`
 * (or a folder of catalogue files) brings a Backstage catalogue's Groups as teams and its
 * Components, Resources and Systems as services. Every problem is printed with
 * sheet, row, column and cell value, all at once, and then nothing is written; otherwise the
 * new and changed files are written (only the imported fields of an existing record change,
 * never its body) and the mapping file records the ids chosen, so the next import finds the
 * same records. Importing the same sheet twice changes nothing.
 *
 *   --kind K         what each row is (or `kind:` in the mapping file)
 *   --sheet NAME     the XLSX sheet to read (default: every sheet, or the mapping's `sheet`)
 *   --mapping FILE   column names, defaults, tier labels and ids (default: <file>.import.yaml
 *                    next to the sheet, written back after an import)
 *   --dry-run        print what would be written (new files, changed fields) and write nothing
 *
 * Exit 0 when the result passes the check, 1 when there are problems, 2 when the command is wrong.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify } from 'yaml';
import { loadContentFolder, SETTINGS_FILE } from '../src/load/content-folder.ts';
import { readCatalog } from '../src/load/read-catalog.ts';
import { catalogToSheets } from '../src/lib/import/backstage.ts';
import { SettingsSchema } from '../src/lib/schema/settings.ts';
import { exitWith, InputError, resolveAsOf, resolveContentDir } from '../src/load/build-inputs.ts';
import { readSheets } from '../src/load/read-sheet.ts';
import { checkImport, planImport } from '../src/load/import-records.ts';
import {
  importSheet,
  type ImportedRecord,
  type ImportMapping,
  type ImportProblem,
} from '../src/lib/import/import-sheet.ts';
import { IMPORT_KINDS, type ImportKind } from '../src/lib/import/columns.ts';
import { KINDS, type Kind } from '../src/lib/schema/index.ts';
import { toFieldPath } from '../src/lib/model/issue.ts';

const usage =
  'usage: npm run import -- <file.csv|file.xlsx> --kind services|bia|vendors|people|teams [--sheet NAME] [--mapping FILE] [--dry-run]';
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      sheet: { type: 'string' },
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
}
try {
  args = parse();
} catch (e) {
  exitWith(`npm run import: ${(e as Error).message}\n${usage}`);
}
const [file] = args.positionals;
if (!file || args.positionals.length > 1)
  exitWith(`npm run import: give one sheet file.\n${usage}`);
const mappingFile = args.values.mapping ?? `${file}.import.yaml`;
const dryRun = args.values['dry-run'] === true;

try {
  let mapping: ImportMapping & { sheet?: string } = {};
  if (existsSync(mappingFile)) {
    const text = readFileSync(mappingFile, 'utf8');
    let parsed: unknown;
    try {
      parsed = parseYaml(text);
    } catch (e) {
      throw new InputError(`${mappingFile}: not readable as YAML: ${(e as Error).message}`);
    }
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed)))
      throw new InputError(
        `${mappingFile}: must be a mapping of kind, sheet, columns, defaults, tiers and ids.`,
      );
    mapping = (parsed ?? {}) as typeof mapping;
  }
  // A Backstage catalogue (a .yaml file or a folder of them) brings teams and services.
  const catalogue = /\.ya?ml$/i.test(file) || (existsSync(file) && statSync(file).isDirectory());
  const kind = (args.values.kind ?? mapping.kind ?? (catalogue ? 'services' : undefined)) as
    ImportKind | undefined;
  if (!kind || !IMPORT_KINDS.includes(kind))
    throw new InputError(
      `--kind must be one of ${IMPORT_KINDS.join(', ')}${kind ? `, not "${kind}"` : ''}.`,
    );

  const dir = resolveContentDir(process.env);
  const loaded = loadContentFolder(dir);
  const parsedSettings = SettingsSchema.safeParse(loaded.settings ?? {});
  if (!parsedSettings.success)
    throw new InputError(`${SETTINGS_FILE} has errors: run npm run check to list them.`);
  const tiers = parsedSettings.data.tiers;
  const known: Partial<Record<Kind, { id: string; title: string }[]>> = {};
  for (const k of KINDS)
    known[k] = loaded.raws
      .filter((r) => r.kind === k)
      .map((r) => ({ id: r.id, title: String((r.data as { title?: unknown })?.title ?? r.id) }));

  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  const records: ImportedRecord[] = [];
  const ids: Record<string, string> = { ...(mapping.ids ?? {}) };
  const take = (result: ReturnType<typeof importSheet>) => {
    problems.push(...result.problems);
    notes.push(...result.notes);
    Object.assign(ids, result.ids);
    records.push(...result.teams, ...result.records);
  };
  if (catalogue) {
    const entities = readCatalog(file);
    const sheets = catalogToSheets(entities);
    for (const s of sheets.skipped)
      notes.push(`left aside (not a Component, Resource, System or Group): ${s}`);
    const teams = importSheet(sheets.teams, 'teams', { known, tiers }, {});
    take(teams);
    const withTeams = {
      ...known,
      teams: [
        ...(known.teams ?? []),
        ...teams.records.map((r) => ({ id: r.id, title: String(r.fields.title) })),
      ],
    };
    take(importSheet(sheets.services, 'services', { known: withTeams, tiers }, mapping));
  } else
    for (const sheet of await readSheets(file, args.values.sheet ?? mapping.sheet))
      take(importSheet(sheet, kind, { known, tiers }, mapping));
  const { changes, unchanged } = planImport(loaded, records);
  const checked = checkImport(loaded, changes, resolveAsOf(process.env), (r) => r.sheet);
  // A cell already reported is not reported again for what its record then lacks.
  const reported = new Set(problems.map((p) => `${p.sheet}\n${p.row}\n${p.column}`));
  problems.push(
    ...checked.problems.filter((p) => !reported.has(`${p.sheet}\n${p.row}\n${p.column}`)),
  );
  problems.sort(
    (a, b) =>
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
      a.row - b.row ||
      (a.column < b.column ? -1 : a.column > b.column ? 1 : 0),
  );

  for (const n of notes) console.log(`note: ${n}`);
  if (problems.length > 0) {
    for (const p of problems)
      console.log(
        `${p.sheet}${p.row ? ` ${/\.ya?ml$/i.test(p.sheet) ? 'line' : 'row'} ${p.row}` : ''}${p.column ? `, column ${p.column}` : ''}: ${p.value ? `"${p.value}" ` : ''}${p.message} Fix: ${p.fix}`,
      );
    console.log(
      `\n${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: nothing written. Fix the sheet (or the mapping) and import again.`,
    );
    process.exit(1);
  }
  for (const c of changes)
    console.log(
      `${dryRun ? 'would write' : 'write'} ${c.status === 'new' ? 'new' : 'changed'} ${c.file}: ${c.fields.join(', ')}`,
    );
  if (!dryRun) {
    for (const c of changes) {
      const path = join(dir, c.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, c.text);
    }
    const nextMapping = {
      ...mapping,
      kind,
      ids: Object.fromEntries(Object.entries(ids).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    };
    writeFileSync(mappingFile, stringify(nextMapping, { lineWidth: 0 }));
  }
  const fresh = changes.filter((c) => c.status === 'new');
  const teams = fresh.filter((c) => c.record.kind === 'teams' && kind !== 'teams').length;
  console.log(
    `\n${records.length} records: ${fresh.length} new${teams ? ` (${teams} of them teams for owners)` : ''}, ${changes.length - fresh.length} changed, ${unchanged} unchanged${dryRun ? ' (dry run: nothing written)' : `; ids kept in ${mappingFile}`}.`,
  );
  if (checked.others.length > 0) {
    console.log(`\nLeft to fix elsewhere in the content (npm run check lists them too):`);
    for (const i of checked.others)
      console.log(
        `  ${i.file}${i.path.length ? ` ${toFieldPath(i.path)}` : ''}: ${i.message} Fix: ${i.fix}`,
      );
    process.exit(1);
  }
} catch (e) {
  if (e instanceof InputError) exitWith(`npm run import: ${e.message}`);
  throw e;
}
