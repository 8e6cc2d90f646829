/**
 * `npm run check`: validates the whole content folder without building the site, runs the
 * analyses, and prints every error and warning. Exit code 1 when there is any error.
 */
import { loadModel, printIssues } from '../src/load/load-model.ts';
import { locateIssues } from '../src/load/locate.ts';
import { analyse } from '../src/lib/analytics/analyse.ts';
import { hasErrors } from '../src/lib/model/model.ts';
import { toIssue } from '../src/lib/model/finding.ts';
import { isLate } from '../src/lib/analytics/review-due.ts';

// Check every record whatever the edition: authors must see every problem.
const { model, dir } = loadModel(process.env);
const counts = Object.entries(model.byKind)
  .map(([k, v]) => `${v.length} ${k}`)
  .join(', ');
if (hasErrors(model)) {
  printIssues(model.issues, dir);
  console.log(`\nChecked ${dir} as of ${model.asOf}: ${counts}.`);
  process.exit(1);
}
const analysis = analyse(model);
printIssues(
  [
    ...model.issues,
    ...locateIssues(
      analysis.issues.map((w) => toIssue(w, model.index.get(w.key)?.file ?? w.key)),
      dir,
    ),
  ],
  dir,
);
const overdue = analysis.reviews.filter(isLate).length;
console.log(`\nChecked ${dir} as of ${model.asOf}: ${counts}.`);
console.log(
  `No errors. ${analysis.gaps.length} gaps, ${overdue} reviews overdue or never done, ${analysis.recovery.cycles.length} dependency cycle(s); the site lists them.`,
);
