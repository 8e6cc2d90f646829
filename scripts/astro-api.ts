/**
 * Astro integration: the machine-readable API (src/lib/render/api.ts). `astro build` writes each
 * document once, straight to <outDir>/api/, after the pages: as routes they cost a render each
 * (12,000 documents at 10,000 services). `astro dev` serves them through an injected route.
 * The bytes are those the route gives: JSON.stringify(document, null, 1).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSiteBuild } from '../src/load/site-build.ts';
import { publishedOf } from '../src/load/published.ts';
import { toApiDocuments } from '../src/lib/render/api.ts';
import { inShard, resolveShard } from '../src/load/shard.ts';

/** Writes every API document of the current build under `root`; returns how many it wrote. */
export function writeApi(root: string): number {
  const build = getSiteBuild();
  const site = build && publishedOf(build);
  if (!site) return 0;
  const shard = resolveShard();
  const dirs = new Set<string>();
  let written = 0;
  for (const [path, doc] of toApiDocuments(site)) {
    if (!inShard(path, shard)) continue;
    const file = join(root, path);
    const dir = dirname(file);
    if (!dirs.has(dir)) mkdirSync(dir, { recursive: true });
    dirs.add(dir);
    writeFileSync(file, JSON.stringify(doc, null, 1));
    written++;
  }
  return written;
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
        logger.info(`wrote ${count} API documents`);
      },
    },
  };
}
