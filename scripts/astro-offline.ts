/**
 * Astro integration: after the build, lists every file of the site in offline-manifest.json
 * for the offline worker (public/sw.js): pages by their directory address, other files by
 * path. The version changes whenever any file's path or size changes. Deterministic order.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export function offlineManifest(): AstroIntegration {
  return {
    name: 'itscm-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files: string[] = [];
        const hash = createHash('sha256');
        const walk = (d: string) => {
          for (const name of readdirSync(d).sort()) {
            const p = join(d, name);
            const st = statSync(p);
            if (st.isDirectory()) {
              walk(p);
              continue;
            }
            const rel = relative(root, p).split(sep).join('/');
            if (rel === 'offline-manifest.json' || rel === 'sw.js' || rel.startsWith('vendor/'))
              continue;
            files.push(
              rel === 'index.html'
                ? './'
                : rel.endsWith('/index.html')
                  ? rel.slice(0, -'index.html'.length)
                  : rel,
            );
            hash.update(`${rel}\0${st.size}\n`);
          }
        };
        walk(root);
        writeFileSync(
          join(root, 'offline-manifest.json'),
          JSON.stringify({ version: hash.digest('hex').slice(0, 16), files }),
        );
        logger.info(`offline copy lists ${files.length} files`);
      },
    },
  };
}
