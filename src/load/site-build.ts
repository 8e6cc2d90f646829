/**
 * The content of the site being built or served, handed from the content integration (which
 * reads the folder and builds the model when Astro starts) to the collections' loader (which
 * feeds Astro's store for body rendering) and to the pages (src/site/model.ts).
 *
 * `astro build` and `astro dev` run all three in one Node process, but each as its own module
 * instance (the config through Vite, content.config.ts through another Vite, the pages from
 * the built bundle), so module state is not shared: the hand-off is a property of globalThis.
 * This module imports nothing at run time, so the page bundle gains no file-system code.
 */
import type { Analysis } from '../lib/analytics/analyse.ts';
import type { Issue } from '../lib/model/issue.ts';
import type { Model } from '../lib/model/model.ts';
import type { Published } from '../lib/publish/publish.ts';
import type { BuildInputs } from './build-inputs.ts';
import type { LoadedContent } from './content-folder.ts';

/** What one load of the content folder produced. */
export interface SiteBuild extends BuildInputs {
  model: Model;
  /** Every analysis of the whole organisation, run once; absent when the content has errors. */
  analysis?: Analysis;
  /**
   * Every problem to report: the model's, and the analysis's warnings placed at their line,
   * with the organisation's severities (a warning it raised to an error stops the build).
   */
  issues: Issue[];
  /** The content as read once (relative paths, texts), for the body check. */
  loaded: LoadedContent;
  /** The text of every .mdx file as read, by absolute path (symbolic links resolved). */
  mdxSources: ReadonlyMap<string, string>;
  /** Changes when any file read, the as-of date or the edition changes. */
  digest: string;
  /** How many content files were read. */
  filesRead: number;
  /** One line saying what git history the build has (git-facts.ts), for the build log. */
  gitSummary: string;
  /**
   * The edition as published from this model, made once by whoever needs it first (the pages,
   * or the integrations that write the API and the search index after the pages).
   */
  published?: Published;
}

interface HandOff {
  current?: SiteBuild;
  /** Models built in this process (one per build; one more per content change in dev). */
  modelBuilds: number;
}

const KEY = Symbol.for('itscm-kb.site-build');

function handOff(): HandOff {
  const g = globalThis as { [KEY]?: HandOff };
  return (g[KEY] ??= { modelBuilds: 0 });
}

/** Makes `build` the current one and counts its model. */
export function setSiteBuild(build: SiteBuild): void {
  const h = handOff();
  h.current = build;
  h.modelBuilds++;
}

/** The current build, or undefined when Astro runs without one (`astro sync`, `astro check`). */
export function getSiteBuild(): SiteBuild | undefined {
  return handOff().current;
}

/** How many models this process has built. */
export function countModelBuilds(): number {
  return handOff().modelBuilds;
}
