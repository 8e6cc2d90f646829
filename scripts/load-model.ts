/** Loads the content folder from disk and builds the model: the one entry point for check, build and bench. */
import { loadContentFolder, resolveContentDir, SETTINGS_FILE } from './content.ts';
import { resolveAsOf } from './as-of.ts';
import { buildModel } from '../src/lib/model/build-model.ts';
import { formatIssue, type Issue } from '../src/lib/model/issue.ts';
import type { Model } from '../src/lib/model/model.ts';

export function loadModel(env: NodeJS.ProcessEnv = process.env): { model: Model; dir: string } {
  const dir = resolveContentDir(env);
  const loaded = loadContentFolder(dir);
  const model = buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: resolveAsOf(env), readIssues: loaded.issues, settingsFile: SETTINGS_FILE });
  return { model, dir };
}

/** Prints warnings then errors, with a count line; returns the number of errors. */
export function printIssues(issues: Issue[], dir: string, log: (s: string) => void = console.log): number {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (warnings.length) {
    log(`\n${warnings.length} warning(s) in ${dir}:`);
    for (const w of warnings) log(`  warning ${formatIssue(w)}`);
  }
  if (errors.length) {
    log(`\n${errors.length} error(s) in ${dir}: fix them all, then run npm run check again.`);
    for (const e of errors) log(`  error ${formatIssue(e)}`);
  }
  return errors.length;
}
