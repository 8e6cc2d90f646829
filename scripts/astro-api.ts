/**
 * Astro integration: the machine-readable API (src/lib/render/api.ts). `astro build` writes each
 * document once, straight to <outDir>/api/, after the pages: as routes they cost a render each
 * (12,000 documents at 10,000 services). `astro dev` serves them through an injected route.
 * The bytes are those the route gives: JSON.stringify(document, null, 1).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSiteBuild } from '../src/load/site-build.ts';
import { publishedOf } from '../src/load/published.ts';
import { eachApiDocument } from '../src/lib/render/api.ts';
import { inShard, resolveShard } from '../src/load/shard.ts';
import { writeFolder } from './keep-output.ts';

/** Where the documents are, in the site. */
const API = 'api/';

/**
 * Writes every API document of the current build under `root`/api/, over the last build's:
 * a document that has not changed is not written again, and one no longer made is removed
 * (scripts/keep-output.ts: writeFolder). Returns how many documents there are.
 */
export function writeApi(root: string): number {
  const build = getSiteBuild();
  const site = build && publishedOf(build);
  if (!site) return 0;
  const shard = resolveShard();
  const shown = site;
  function* documents() {
    for (const [path, doc] of eachApiDocument(shown)) {
      if (!inShard(path, shard)) continue;
      yield {
        path: path.slice(API.length),
        content: Buffer.from(JSON.stringify(doc, null, 1)),
      };
    }
  }
  return writeFolder(join(root, API), documents());
}

export function apiDocuments(): AstroIntegration {
  return {
    name: 'itscm-api',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev')
          injectRoute({ pattern: '/api/[...path]', entrypoint: './src/site/api-route.ts' });
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = writeApi(fileURLToPath(dir));
        logger.info(
          `${count} API documents, those unchanged since the last build left as they were`,
        );
      },
    },
  };
}
