/**
 * Astro integration: with ITSCM_KEEP_OUTPUT=1 (set by `npm run build`) the pages a rebuild keeps
 * are the ones already in the output folder (keep-output.ts), so Astro's second copy of every
 * page it renders, in its cache folder (`dist/` under cacheDir, written by
 * `IncrementalBuildCache.writeOutputFile` in astro/dist/core/build/incremental.js), is never
 * read: at 10,000 services it was 40,000 more files, 1.3 GB written, each in a folder of its own.
 * This turns the copy off, and restoring from it: a page whose key is unchanged but whose file
 * is not in the output (removed because it was changed by hand) is rendered again, as in a cold
 * build. Astro's record of keys and pages (incremental-build.json) is written as before.
 *
 * Astro exports no option for this; the class is patched where Astro's build loads it (the
 * version is pinned, and test/site/incremental.test.ts fails if the copies come back).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';

/** The folder under Astro's cacheDir that holds its copies of the pages. */
export const PAGE_COPIES = 'dist';

interface PageCache {
  prototype: {
    writeOutputFile(...args: unknown[]): Promise<void>;
    restoreOutputFile(...args: unknown[]): Promise<boolean>;
  };
}

export function noPageCopies(): AstroIntegration {
  return {
    name: 'itscm-no-page-copies',
    hooks: {
      'astro:build:start': async () => {
        if (process.env.ITSCM_KEEP_OUTPUT !== '1') return;
        const file = join(PROJECT_ROOT, 'node_modules/astro/dist/core/build/incremental.js');
        const { IncrementalBuildCache } = (await import(pathToFileURL(file).href)) as {
          IncrementalBuildCache?: PageCache;
        };
        const proto = IncrementalBuildCache?.prototype;
        if (typeof proto?.writeOutputFile !== 'function' || !proto.restoreOutputFile)
          throw new Error(
            `internal: Astro's incremental build cache (${file}) has changed: scripts/astro-page-copies.ts must be updated`,
          );
        proto.writeOutputFile = async () => {};
        proto.restoreOutputFile = async () => false;
      },
    },
  };
}
