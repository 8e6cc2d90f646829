// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { validateContent } from './scripts/astro-validate.ts';

// ITSCM_BASE hosts the site under a sub-path, for example "/continuity/".
const base = process.env.ITSCM_BASE || '/';

export default defineConfig({
  base,
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
