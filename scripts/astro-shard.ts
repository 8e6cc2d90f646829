/**
 * Astro integration: with ITSCM_SHARD=i/N (src/load/shard.ts) the build renders only the pages
 * whose address falls in shard i, by narrowing the list of paths Astro's own prerenderer would
 * render; everything else about the build is unchanged. The search index and the offline
 * manifest are left to `npm run merge`, which builds them once over the merged parts.
 */
import type { AstroIntegration } from 'astro';
import { inShard, resolveShard } from '../src/load/shard.ts';

export function shardPages(): AstroIntegration {
  return {
    name: 'itscm-shard',
    hooks: {
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const shard = resolveShard();
        if (!shard) return;
        logger.info(`rendering shard ${shard.index} of ${shard.count}`);
        setPrerenderer((astro) =>
          // The default prerenderer keeps state of its own (set up later): delegate to it.
          Object.assign(Object.create(astro) as typeof astro, {
            async getStaticPaths() {
              const all = await astro.getStaticPaths();
              return all.filter((p) => inShard(p.pathname, shard));
            },
          }),
        );
      },
    },
  };
}
