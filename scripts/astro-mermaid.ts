/**
 * Astro integration: at the end of the build, closes the Chromium used for mermaid and, only
 * when some diagram fell back to client-side rendering, copies the mermaid bundle into the
 * site (vendor/mermaid.min.js) so the fallback works offline.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeMermaid, usedFallback } from './mermaid-render.ts';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';

export function mermaidAssets(): AstroIntegration {
  return {
    name: 'itscm-mermaid',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await closeMermaid();
        if (!usedFallback) return;
        const vendor = join(fileURLToPath(dir), 'vendor');
        mkdirSync(vendor, { recursive: true });
        copyFileSync(
          join(PROJECT_ROOT, 'node_modules/mermaid/dist/mermaid.min.js'),
          join(vendor, 'mermaid.min.js'),
        );
        logger.warn(
          'mermaid diagrams will be drawn in the browser (no Chromium at build time); vendor/mermaid.min.js was added.',
        );
      },
    },
  };
}
