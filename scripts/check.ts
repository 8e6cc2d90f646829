/**
 * `npm run check`: validates the whole content folder without building the site and prints
 * every error and warning. Exit code 1 when there is any error.
 */
import { loadModel, printIssues } from './load-model.ts';

const { model, dir } = loadModel();
printIssues(model.issues, dir);
const counts = Object.entries(model.byKind).map(([k, v]) => `${v.length} ${k}`).join(', ');
console.log(`Checked ${dir} as of ${model.asOf}: ${counts}.`);
process.exit(model.issues.some((i) => i.severity === 'error') ? 1 : 0);
