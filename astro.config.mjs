// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { mermaidPlugin } from './scripts/mermaid-plugin.ts';
import { mermaidAssets } from './scripts/astro-mermaid.ts';
import { offlineManifest } from './scripts/astro-offline.ts';
import { contentIntegration } from './scripts/astro-content.ts';
import { searchIndex } from './scripts/astro-pagefind.ts';
import { apiDocuments } from './scripts/astro-api.ts';
import { shardPages } from './scripts/astro-shard.ts';
import { noPageCopies } from './scripts/astro-page-copies.ts';
import { toCacheDir, resolveSite } from './src/load/build-inputs.ts';

// ITSCM_BASE hosts the site under a sub-path, for example "/continuity/".
const base = process.env.ITSCM_BASE || '/';

// ITSCM_OUT_DIR builds somewhere other than dist/ (tests build side by side). Astro's cache
// holds the rendered records, so it stays under node_modules/.astro, one per output folder,
// never next to an output where it could be published with it.
const outDir = process.env.ITSCM_OUT_DIR || undefined;

// ITSCM_SITE is the site's absolute address (origin only), for links written out on paper.
const site = resolveSite();

export default defineConfig({
  base,
  site,
  ...(outDir ? { outDir, cacheDir: toCacheDir(outDir) } : {}),
  trailingSlash: 'always',
  // Several pages at once: while one page's files are written, the next renders (one thread).
  build: { format: 'directory', concurrency: 4 },
  // Authored ```mermaid blocks become SVG at build time (scripts/mermaid-plugin.ts).
  markdown: { processor: satteri({ mdastPlugins: [mermaidPlugin] }) },
  integrations: [
    mdx(),
    contentIntegration(),
    shardPages(),
    noPageCopies(),
    apiDocuments(),
    searchIndex(),
    mermaidAssets(),
    offlineManifest(),
  ],
  devToolbar: { enabled: false },
  // Pages whose cache key (src/lib/render/page-keys.ts) is unchanged are copied from the last
  // build instead of rendered again.
  experimental: { incrementalBuild: true },
  prefetch: false,
  vite: {
    build: {
      // `npm run build` builds over the last output: pages whose key is unchanged stay as they
      // are, and it sweeps away what the build did not make (scripts/keep-output.ts).
      ...(process.env.ITSCM_KEEP_OUTPUT === '1' ? { emptyOutDir: false } : {}),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Per-file noise from "use client" directives in dependencies.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
