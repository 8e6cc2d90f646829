/**
 * `npm run impact -- --base <ref> [--format markdown|json] [--out FILE]`: what a change does to
 * continuity, for a pull-request comment. Loads the content folder (ITSCM_CONTENT, else
 * src/content) as it is at <ref> and as it is in the working tree, analyses both with the
 * current code and the same as-of date (ITSCM_AS_OF, else SOURCE_DATE_EPOCH, else today in UTC),
 * and writes the comparison (src/lib/impact/) as Markdown or JSON. The repository is the one
 * that holds the content folder, so ITSCM_CONTENT may point into another repository.
 *
 * Exit 0 with a report, whatever the content says (content errors are reported in it); exit 2
 * with one line on stderr when there is no report to make: a bad ref, no git repository, no
 * content folder in the working tree, a bad option. A base without the content folder (a new
 * repository, or the folder moved) counts as empty, and the report says so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFolder, type LoadedContent } from '../src/load/content-folder.ts';
import { resolveAsOf, resolveContentDir } from '../src/load/build-inputs.ts';
import { toModel } from '../src/load/load-model.ts';
import {
  GitContentError,
  copyContentAt,
  locateContent,
  resolveCommit,
} from '../src/load/git-content.ts';
import { analyse } from '../src/lib/analytics/analyse.ts';
import { compareSides, type ImpactSide } from '../src/lib/impact/compare.ts';
import { toMarkdownReport } from '../src/lib/impact/report-markdown.ts';
import { toImpactJson } from '../src/lib/impact/report-json.ts';

const USAGE = 'usage: npm run impact -- --base <git ref> [--format markdown|json] [--out FILE]';

/** A problem that ends the command with one line and exit code 2. */
class UsageError extends Error {}

/** One side: the folder read, its model, and its analysis unless that fails. */
function sideOf(loaded: LoadedContent, asOf: string): ImpactSide {
  const model = toModel(loaded, { asOf });
  const side: ImpactSide = { raws: loaded.raws, settings: loaded.settings, model };
  try {
    side.analysis = analyse(model);
  } catch (e) {
    // The report still shows the records and problems; it says the figures are missing.
    side.analysisError = e instanceof Error ? e.message : String(e);
  }
  return side;
}

function main(argv: string[], env: NodeJS.ProcessEnv): void {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: 'string' },
        format: { type: 'string', default: 'markdown' },
        out: { type: 'string' },
      },
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.base) throw new UsageError(`--base is missing.\n${USAGE}`);
  if (values.format !== 'markdown' && values.format !== 'json')
    throw new UsageError(`--format "${values.format}" is not markdown or json.\n${USAGE}`);
  let asOf: string;
  try {
    asOf = resolveAsOf(env);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const dir = resolveContentDir(env);
  const { root, prefix } = locateContent(dir);
  const commit = resolveCommit(root, values.base);
  const copy = copyContentAt(root, commit, prefix);
  let before: ImpactSide;
  try {
    // Without the folder at the base the copy is an empty folder: an organisation of no records.
    before = sideOf(loadContentFolder(copy.dir), asOf);
  } finally {
    copy.remove();
  }
  const after = sideOf(loadContentFolder(dir), asOf);
  const impact = compareSides(before, after, {
    base: { ref: values.base, commit },
    content: prefix,
    baseHasContent: copy.found,
    asOf,
  });
  const text = values.format === 'json' ? toImpactJson(impact) : toMarkdownReport(impact);
  if (values.out) {
    const out = resolve(values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.error(`${impact.verdict} Wrote ${out}.`);
  } else process.stdout.write(text);
}

try {
  main(process.argv.slice(2), process.env);
} catch (e) {
  if (!(e instanceof GitContentError || e instanceof UsageError)) throw e;
  console.error(`impact: ${e.message}`);
  process.exit(2);
}
