/**
 * `npm run check`: validates the whole content folder without building the site, runs the
 * analyses, compiles every MDX body as the build does, and prints every error and warning with
 * file, line and column. Exit code 1 when
 * there is any error, 2 when the command itself is wrong.
 *
 *   --strict           every warning is an error
 *   --format text      for people (the default)
 *   --format json      one JSON document: the problems and a summary
 *   --format github    workflow-command annotations (problems in changed files first) and, when
 *                      $GITHUB_STEP_SUMMARY is set, the complete list in the job summary
 */
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { allIssues, loadModel, printIssues } from '../src/load/load-model.ts';
import { analyse } from '../src/lib/analytics/analyse.ts';
import { hasErrors } from '../src/lib/model/model.ts';
import { isLate } from '../src/lib/analytics/review-due.ts';
import { toAnnotations, toJsonIssue, toMarkdownSummary } from '../src/lib/model/issue-report.ts';
import { checkBodies } from '../src/load/check-bodies.ts';
import { sortIssues } from '../src/lib/model/issue.ts';
import { mermaidPlugin } from './mermaid-plugin.ts';
import { closeMermaid } from './mermaid-render.ts';
import { exitWith, InputError, resolveEdition } from '../src/load/build-inputs.ts';

let args: { strict?: boolean; format?: string };
try {
  args = parseArgs({
    options: { strict: { type: 'boolean' }, format: { type: 'string', default: 'text' } },
  }).values;
} catch (e) {
  exitWith(
    `npm run check: ${(e as Error).message} (options: --strict, --format text|json|github).`,
  );
}
const format = args.format ?? 'text';
if (!['text', 'json', 'github'].includes(format))
  exitWith(`npm run check: --format must be text, json or github, not "${format}".`);

// Check every record whatever the edition: authors must see every problem.
let loaded: ReturnType<typeof loadModel>;
try {
  resolveEdition(process.env);
  loaded = loadModel(process.env);
} catch (e) {
  if (e instanceof InputError) exitWith(`npm run check: ${e.message}`);
  throw e;
}
const { model, dir } = loaded;
// Bodies are compiled as the build compiles them (mermaid drawn by the same renderer).
const bodyIssues = await checkBodies(loaded.loaded, [mermaidPlugin]);
await closeMermaid();
const analysis = hasErrors(model) ? undefined : analyse(model);
const issues = sortIssues([
  ...allIssues(model, analysis, loaded.loaded, args.strict),
  ...bodyIssues,
]);
const errors = issues.filter((i) => i.severity === 'error').length;
const counts = Object.entries(model.byKind)
  .map(([k, v]) => `${v.length} ${k}`)
  .join(', ');
const overdue = analysis ? analysis.reviews.filter(isLate).length : 0;

/** The content folder relative to the repository (the working directory), for file names in CI. */
const prefix = (() => {
  const rel = relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') ? `${rel}/` : '';
})();

/** Files a pull request changed (GitHub's base ref), to annotate first; empty elsewhere. */
function changedFiles(): Set<string> {
  const base = process.env.GITHUB_BASE_REF;
  if (!base) return new Set();
  const r = spawnSync('git', ['diff', '--name-only', `origin/${base}...HEAD`], {
    encoding: 'utf8',
  });
  return new Set(r.status === 0 ? r.stdout.split('\n').filter(Boolean) : []);
}

if (format === 'json') {
  console.log(
    JSON.stringify(
      {
        content: dir,
        asOf: model.asOf,
        strict: Boolean(args.strict),
        errors,
        warnings: issues.length - errors,
        records: model.index.size,
        issues: issues.map((i) => toJsonIssue(i, prefix)),
      },
      null,
      2,
    ),
  );
} else if (format === 'github') {
  for (const line of toAnnotations(issues, changedFiles(), prefix)) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY)
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, toMarkdownSummary(issues, prefix));
  console.log(
    `Checked ${dir} as of ${model.asOf}: ${errors} error(s), ${issues.length - errors} warning(s).`,
  );
} else {
  printIssues(issues, dir);
  console.log(`\nChecked ${dir} as of ${model.asOf}${args.strict ? ' (strict)' : ''}: ${counts}.`);
  if (analysis && !errors)
    console.log(
      `No errors. ${analysis.gaps.length} gaps, ${overdue} reviews overdue or never done, ${analysis.recovery.cycles.length} dependency cycle(s); the site lists them.`,
    );
}
process.exit(errors ? 1 : 0);
