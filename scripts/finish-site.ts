/**
 * What is made once over a whole built site, after its pages: the search index, then the
 * offline manifest (which lists the search files). `npm run build` (scripts/build.ts) runs it
 * in a process of its own once `astro build` has ended, so the memory the rendering held is
 * given back before Pagefind starts; `npm run merge` runs it over the joined parts. A plain
 * `astro build` does the same in its own process (the hooks of astro-pagefind.ts and
 * astro-offline.ts), unless ITSCM_FINISH=separate says that something else will.
 */
import type { AstroIntegrationLogger } from 'astro';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteBuild } from '../src/load/load-model.ts';
import { hasErrors } from '../src/lib/model/model.ts';
import { InputError } from '../src/load/build-inputs.ts';
import { searchLine, writeSearchIndex } from './astro-pagefind.ts';
import { writeOffline } from './astro-offline.ts';
import { digestAside, type FileDigest } from './file-digests.ts';

/** A logger for the scripts that finish a site outside Astro, printing like Astro's. */
export function consoleLogger(label: string): AstroIntegrationLogger {
  const logger = {
    info: (s: string) => console.log(`[${label}] ${s}`),
    warn: (s: string) => console.warn(`[${label}] ${s}`),
    error: (s: string) => console.error(`[${label}] ${s}`),
    debug: () => {},
    fork: () => logger,
    label,
    options: {},
  };
  return logger as unknown as AstroIntegrationLogger;
}

/**
 * Reads the content as the build did (ITSCM_CONTENT, ITSCM_AS_OF, ITSCM_EDITION) and writes the
 * search index and offline manifest of the site in `out`. `known` holds the digests of files
 * the last build left and `search` what its search bundles were made from
 * (scripts/keep-output.ts); returns the digests of every file and of the bundles' records.
 */
export async function finishSite(
  out: string,
  logger: AstroIntegrationLogger,
  known?: ReadonlyMap<string, FileDigest>,
  search?: Readonly<Record<string, string>>,
): Promise<{ digests: Map<string, FileDigest>; search: Record<string, string> }> {
  let t = performance.now();
  const took = () => {
    const s = ((performance.now() - t) / 1000).toFixed(1);
    t = performance.now();
    return s;
  };
  const build = loadSiteBuild();
  if (hasErrors(build.model))
    throw new InputError('the content has errors: run npm run check to list them.');
  logger.info(`content loaded in ${took()} s`);
  // The pages are read for the offline manifest while Pagefind makes the index.
  const read = digestAside(out, /^(pagefind|pagefind-more|offline)\//, known);
  const indexed = await writeSearchIndex(out, search, (folder) => isIntact(out, folder, known));
  logger.info(`${searchLine(indexed)} in ${took()} s`);
  const digests = writeOffline(out, logger, new Map([...(known ?? []), ...(await read)]));
  logger.info(`offline files written in ${took()} s`);
  return { digests, search: indexed.digests };
}

/**
 * Whether every file the last build left in `folder` of `out` is there as it was left: what
 * was changed or added by hand was removed before the build (keep-output.ts: checkOutput).
 */
function isIntact(out: string, folder: string, known?: ReadonlyMap<string, FileDigest>): boolean {
  const files = [...(known ?? [])].filter(([rel]) => rel.startsWith(`${folder}/`));
  return (
    files.length > 0 &&
    files.every(([rel, d]) => {
      try {
        const now = statSync(join(out, rel));
        return now.size === d.size && now.mtimeMs === d.mtimeMs;
      } catch {
        return false;
      }
    })
  );
}
