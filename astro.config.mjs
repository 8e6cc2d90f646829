// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { validateContent } from './scripts/astro-validate.ts';

// ITSCM_BASE hosts the site under a sub-path, for example "/continuity/".
const base = process.env.ITSCM_BASE || '/';

// ITSCM_OUT_DIR builds somewhere other than dist/ (tests build side by side); each output gets its own cache.
const outDir = process.env.ITSCM_OUT_DIR || undefined;

export default defineConfig({
  base,
  ...(outDir ? { outDir, cacheDir: `${outDir}-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), validateContent()],
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
