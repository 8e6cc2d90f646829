// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { mermaidPlugin } from './scripts/mermaid-plugin.ts';
import { mermaidAssets } from './scripts/astro-mermaid.ts';
import { offlineManifest } from './scripts/astro-offline.ts';
import { validateContent } from './scripts/astro-validate.ts';
import { searchIndex } from './scripts/astro-pagefind.ts';
import { resolveContentDir } from './scripts/content.ts';
import { resolveAsOf } from './scripts/as-of.ts';

// Fix the content folder (absolute) and "today" once for the whole build: bundled page code
// reads them from the environment, so every page sees the same folder and the same date.
process.env.ITSCM_CONTENT = resolveContentDir();
process.env.ITSCM_AS_OF = resolveAsOf();

// ITSCM_BASE hosts the site under a sub-path, for example "/continuity/".
const base = process.env.ITSCM_BASE || '/';

// ITSCM_OUT_DIR builds somewhere other than dist/ (tests build side by side); each output gets its own cache.
const outDir = process.env.ITSCM_OUT_DIR || undefined;

export default defineConfig({
  base,
  ...(outDir ? { outDir, cacheDir: `${outDir}-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Authored ```mermaid blocks become SVG at build time (scripts/mermaid-plugin.ts).
  markdown: { processor: satteri({ mdastPlugins: [mermaidPlugin] }) },
  integrations: [mdx(), validateContent(), searchIndex(), mermaidAssets(), offlineManifest()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: {
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
