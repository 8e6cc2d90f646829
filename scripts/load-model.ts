/** Loads the content folder from disk and builds the model: the one entry point for check, build and bench. */
import { loadContentFolder, resolveContentDir, SETTINGS_FILE } from './content.ts';
import { resolveAsOf } from './as-of.ts';
import { buildModel } from '../src/lib/model/build-model.ts';
import { formatIssue, type Issue } from '../src/lib/model/issue.ts';
import type { Model } from '../src/lib/model/model.ts';
import { EDITIONS, type Edition } from '../src/lib/model/edition.ts';

/**
 * The edition to build: ITSCM_EDITION, default "internal". Internal is the default because the
 * site is for staff and people's contact details are confidential: a build published by
 * mistake must not carry personal data. Build "confidential" for an access-controlled host or
 * for team go-bags, "public" for anything outside the organisation.
 */
export function resolveEdition(env: NodeJS.ProcessEnv = process.env): Edition {
  const e = (env.ITSCM_EDITION ?? 'internal').trim() as Edition;
  if (!EDITIONS.includes(e))
    throw new Error(
      `ITSCM_EDITION="${e}" is not an edition: use public, internal or confidential.`,
    );
  return e;
}

/** Loads and builds the model of the whole organisation (every record, whatever the edition). */
export function loadModel(env: NodeJS.ProcessEnv = process.env): { model: Model; dir: string } {
  const dir = resolveContentDir(env);
  const loaded = loadContentFolder(dir);
  const model = buildModel({
    raws: loaded.raws,
    settings: loaded.settings,
    asOf: resolveAsOf(env),
    readIssues: loaded.issues,
    settingsFile: SETTINGS_FILE,
  });
  return { model, dir };
}

/** Prints warnings then errors, with a count line; returns the number of errors. */
export function printIssues(
  issues: Issue[],
  dir: string,
  log: (s: string) => void = console.log,
): number {
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
