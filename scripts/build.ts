/**
 * `npm run build`: `astro build` renders the pages in one process; when it has ended, a second
 * process writes the search index and the offline manifest over the whole site
 * (scripts/finish-site.ts). Astro's process holds the rendering's memory to its end, and
 * Pagefind's indexer needs its own on top: one after the other, the peak is the larger of the
 * two, not their sum. The build's "today" is fixed once here and given to both. Arguments go to
 * `astro build`; the output folder is ITSCM_OUT_DIR (default dist/). A shard (ITSCM_SHARD) stops
 * after the pages: `npm run merge` finishes the whole site. The last build's output is built
 * over: unchanged pages stay where they are and what the build did not make is swept away
 * (keep-output.ts).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import {
  cacheDirOf,
  exitWith,
  InputError,
  PROJECT_ROOT,
  resolveAsOf,
} from '../src/load/build-inputs.ts';
import { resolveShard, type Shard } from '../src/load/shard.ts';
import { checkOutput, lastBuild, recordOutput, sweepOutput } from './keep-output.ts';

/**
 * What is written over rather than anew, and sweeps itself (keep-output.ts: writeFolder): the
 * API documents, after the pages; the search bundles and the offline packs, in the second step,
 * which a shard leaves to `npm run merge`.
 */
const WRITTEN_AFTER_PAGES = /^api\//;
const WRITTEN_IN_SECOND_STEP = /^(pagefind|pagefind-more|offline\/packs)\//;

if (import.meta.main) {
  let asOf: string;
  let shard: Shard | undefined;
  try {
    asOf = resolveAsOf();
    shard = resolveShard();
  } catch (e) {
    exitWith((e as Error).message);
  }
  const env = {
    ...process.env,
    ITSCM_AS_OF: asOf,
    ITSCM_FINISH: 'separate',
    ITSCM_KEEP_OUTPUT: '1',
    // Vite's bundler (rolldown, with the mimalloc allocator) gives the memory it has freed back
    // at once. By default it waits 10 ms, but checks only when it allocates again, which after
    // the bundling it hardly does: at 10,000 services Astro's process peaked 140 MB higher
    // (1.71 GB against 1.57 GB). A value already set is kept.
    MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
  };
  const astro = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
  const out = resolve(PROJECT_ROOT, process.env.ITSCM_OUT_DIR || 'dist');
  const cacheDir = cacheDirOf(process.env.ITSCM_OUT_DIR ? out : undefined);
  const { started, removed } = checkOutput(out, cacheDir);
  const r = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    cwd: PROJECT_ROOT,
    env,
    stdio: 'inherit',
  });
  await removed;
  if (r.status !== 0) process.exit(r.status ?? 1);
  process.env.ITSCM_AS_OF = asOf;
  try {
    const swept = sweepOutput(
      out,
      cacheDir,
      started,
      (rel) => WRITTEN_AFTER_PAGES.test(rel) || (!shard && WRITTEN_IN_SECOND_STEP.test(rel)),
    );
    console.log(
      swept === undefined
        ? "[itscm-build] Astro's record of its pages could not be read, so nothing of the last build was removed: build into an empty folder to be sure none is left over"
        : `[itscm-build] removed ${swept} file(s) of the last build that this one did not make`,
    );
    // A shard is one part of the site: `npm run merge` finishes the whole.
    // Loaded now, not while Astro runs: the peak memory is Astro's process and this one's.
    const { consoleLogger, finishSite } = await import('./finish-site.ts');
    const last = shard ? undefined : lastBuild(cacheDir);
    const read = last
      ? await finishSite(out, consoleLogger('itscm-finish'), last.digests, last.search)
      : undefined;
    recordOutput(out, cacheDir, read?.digests, read?.search);
  } catch (e) {
    if (e instanceof InputError) exitWith(e.message);
    console.error(
      `The site could not be finished (search index, offline manifest): ${(e as Error).message}`,
    );
    process.exit(1);
  }
}
