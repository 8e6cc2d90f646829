/**
 * `npm run codeowners [-- --out FILE [--check]]`: a CODEOWNERS file from the records' owners
 * (src/lib/render/codeowners.ts), printed, or written to FILE. With `--check` FILE is compared
 * instead of written: exit 1 when it is missing or differs (for CI).
 *
 * Paths are the repository's: the content folder's path is `repository.contentPath` in
 * organisation.yaml, else where git finds the folder, else its path from the working directory.
 * Exit 1 on content errors (CODEOWNERS is made from valid content only, as the build is), 2 on a
 * bad option or build input.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { loadModel } from '../src/load/load-model.ts';
import { exitWith, InputError } from '../src/load/build-inputs.ts';
import { hasErrors, type Model } from '../src/lib/model/model.ts';
import { contentPathOf } from '../src/lib/render/repository.ts';
import { toCodeOwners } from '../src/lib/render/codeowners.ts';

const USAGE = 'usage: npm run codeowners [-- --out FILE [--check]]';

/** The content folder's path in the repository ("src/content"; "" for the root). */
function contentPathIn(model: Model, dir: string): string {
  if (model.settings.repository?.contentPath !== undefined || model.history.available)
    return contentPathOf(model);
  // Outside git: as `npm run check` names files, from the working directory.
  const rel = relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : '';
}

/** The line number (from 1) where two texts first differ. */
function firstDifference(a: string, b: string): number {
  const [x, y] = [a.split('\n'), b.split('\n')];
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i + 1;
}

let args: { out?: string; check?: boolean };
try {
  args = parseArgs({ options: { out: { type: 'string' }, check: { type: 'boolean' } } }).values;
} catch (e) {
  exitWith(`npm run codeowners: ${(e as Error).message}\n${USAGE}`);
}
if (args.check && !args.out)
  exitWith(`npm run codeowners: --check compares with a file: give it with --out FILE.\n${USAGE}`);

let loaded: ReturnType<typeof loadModel>;
try {
  loaded = loadModel(process.env);
} catch (e) {
  if (e instanceof InputError) exitWith(`npm run codeowners: ${e.message}`);
  throw e;
}
const { model, dir } = loaded;
if (hasErrors(model)) {
  const n = model.issues.filter((i) => i.severity === 'error').length;
  console.error(
    `npm run codeowners: ${dir} has ${n} error(s), and CODEOWNERS is made from valid content only: run npm run check, which lists them.`,
  );
  process.exit(1);
}

const made = toCodeOwners(model, contentPathIn(model, dir));
const left = made.unowned.length
  ? `, ${made.unowned.length} left out (their team sets no codeOwners and organisation.yaml no repository.defaultCodeOwners)`
  : '';
if (!args.out) {
  process.stdout.write(made.text);
  console.error(`${made.owned} record file(s) owned${left}.`);
  process.exit(0);
}
const out = resolve(args.out);
if (args.check) {
  if (!existsSync(out)) {
    console.error(`${args.out} does not exist: run npm run codeowners -- --out ${args.out}.`);
    process.exit(1);
  }
  const now = readFileSync(out, 'utf8');
  if (now !== made.text) {
    console.error(
      `${args.out} is out of date (from line ${firstDifference(now, made.text)}): run npm run codeowners -- --out ${args.out} and commit it.`,
    );
    process.exit(1);
  }
  console.error(`${args.out} is up to date: ${made.owned} record file(s) owned${left}.`);
  process.exit(0);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, made.text);
console.error(`Wrote ${args.out}: ${made.owned} record file(s) owned${left}.`);
