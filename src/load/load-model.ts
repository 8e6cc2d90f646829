/** Loads the content folder from disk and builds the model: the one entry point for check, build and bench. */
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { loadContentFolder, SETTINGS_FILE, type LoadedContent } from './content-folder.ts';
import {
  resolveAsOf,
  resolveContentDir,
  resolveBuildInputs,
  type BuildInputs,
} from './build-inputs.ts';
import { setSiteBuild, type SiteBuild } from './site-build.ts';
import { describeGitFacts, readGitFacts } from './git-facts.ts';
import type { ContentHistory } from '../lib/git/history.ts';
import { buildModel } from '../lib/model/build-model.ts';
import { locateIssues, textsOf } from './locate.ts';
import { formatIssue, placeOf, sortIssues, type Issue } from '../lib/model/issue.ts';
import { hasErrors } from '../lib/model/model.ts';
import { toIssue } from '../lib/model/finding.ts';
import { applySeverity } from '../lib/model/severity.ts';
import { analyse, type Analysis } from '../lib/analytics/analyse.ts';
import type { Model } from '../lib/model/model.ts';

/** Builds the model of content already read, with its git history when one was read, its issues
 * placed at their line and column. */
export function toModel(
  loaded: LoadedContent,
  inputs: Pick<BuildInputs, 'asOf'>,
  history?: ContentHistory,
): Model {
  const model = buildModel({
    raws: loaded.raws,
    settings: loaded.settings,
    glossary: loaded.glossary,
    asOf: inputs.asOf,
    readIssues: loaded.issues,
    settingsFile: SETTINGS_FILE,
    history,
  });
  return model.issues.length
    ? { ...model, issues: sortIssues(locateIssues(model.issues, textsOf(loaded))) }
    : model;
}

/**
 * Loads and builds the model of the whole organisation (every record, whatever the edition),
 * without the git history: `check` reports content problems, and no problem depends on it.
 */
export function loadModel(env: NodeJS.ProcessEnv = process.env): {
  model: Model;
  dir: string;
  loaded: LoadedContent;
} {
  const dir = resolveContentDir(env);
  const loaded = loadContentFolder(dir);
  // The same history as the build's, so the check counts the same re-test items.
  const model = toModel(loaded, { asOf: resolveAsOf(env) }, readGitFacts(dir).history);
  return { model, dir, loaded };
}

/**
 * Loads the content folder and builds the model of the whole organisation for the site (the
 * edition to publish from ITSCM_EDITION),
 * and makes it the current build that the collections' loader and the pages read
 * (site-build.ts). Called once per `astro build`, and again after a content change in dev.
 */
export function loadSiteBuild(env: NodeJS.ProcessEnv = process.env): SiteBuild {
  const inputs = resolveBuildInputs(env);
  const loaded = loadContentFolder(inputs.dir);
  const git = readGitFacts(inputs.dir);
  const model = toModel(loaded, inputs, git.history);
  const analysis = hasErrors(model) ? undefined : analyse(model);
  // Vite names modules by real path; key the sources the same way.
  const real = loaded.filesRead ? realpathSync(inputs.dir) : inputs.dir;
  const build: SiteBuild = {
    ...inputs,
    model,
    loaded,
    analysis,
    issues: allIssues(model, analysis, loaded),
    mdxSources: new Map([...loaded.mdxSources].map(([file, text]) => [join(real, file), text])),
    digest: createHash('sha256')
      .update(`${loaded.digest}\0${inputs.asOf}\0${inputs.edition}\0${historyDigest(git.history)}`)
      .digest('hex'),
    filesRead: loaded.filesRead,
    gitSummary: describeGitFacts(git),
  };
  setSiteBuild(build);
  return build;
}

/**
 * Every problem of a model and its analysis: the analysis's warnings placed at their line, the
 * organisation's severities applied (and every warning an error when `strict`), sorted.
 */
export function allIssues(
  model: Model,
  analysis: Analysis | undefined,
  loaded: Pick<LoadedContent, 'mdxSources' | 'otherSources'>,
  strict = false,
): Issue[] {
  const found = (analysis?.issues ?? []).map((w) =>
    toIssue(w, model.index.get(w.key)?.file ?? w.key),
  );
  return sortIssues(
    applySeverity(
      [...model.issues, ...locateIssues(found, textsOf(loaded))],
      model.settings.severity,
      strict,
    ),
  );
}

/**
 * The build's report: every error in full; warnings summed up per rule with the first few,
 * since `npm run check` lists them all. Returns the number of errors.
 */
export function printBuildIssues(issues: Issue[], dir: string, log: (s: string) => void): number {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (warnings.length) {
    const byRule = new Map<string, Issue[]>();
    for (const w of warnings) byRule.set(w.rule, [...(byRule.get(w.rule) ?? []), w]);
    log(`${warnings.length} warning(s) in ${dir} (npm run check lists them all):`);
    for (const [rule, list] of [...byRule].sort(
      (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
    ))
      log(
        `  ${list.length} ${rule}: ${list.slice(0, 3).map(placeOf).join(', ')}${list.length > 3 ? ', ...' : ''}`,
      );
  }
  if (errors.length) {
    log(`\n${errors.length} error(s) in ${dir}: fix them all, then run npm run check again.`);
    for (const e of errors) log(`  error ${formatIssue(e)}`);
  }
  return errors.length;
}

/** What of the history pages show: the commit built and the files not committed. */
function historyDigest(history: ContentHistory): string {
  if (!history.available) return history.missing;
  const uncommitted = [...history.files].filter(([, f]) => f.uncommitted).map(([p]) => p);
  return `${history.head ?? ''}\0${history.shallow}\0${uncommitted.join('\0')}`;
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
