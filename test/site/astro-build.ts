/** Runs `astro build` in a child process with the given environment; returns exit code and output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

export const TEST_DIST = join(PROJECT_ROOT, '.test-dist');

/** Vitest puts Vite's env (BASE_URL, MODE, ...) into process.env; a child build must not inherit it. */
const LEAKED = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

export function astroBuild(env: Record<string, string>): { status: number; output: string } {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !LEAKED.test(k)),
  );
  const r = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: PROJECT_ROOT,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ITSCM_AS_OF: '2026-11-25', ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: r.status ?? 1, output: `${r.stdout}\n${r.stderr}` };
}
