/** Runs `astro build` (or `astro sync`) in a child process with the given environment; returns exit code and output. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/list-files.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

export const TEST_DIST = join(PROJECT_ROOT, '.test-dist');

/** Vitest puts Vite's env (BASE_URL, MODE, ...) into process.env; a child build must not inherit it. */
const LEAKED = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

/** The environment of a child Astro process: ours without Vitest's, plus a fixed as-of date. */
export function astroEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !LEAKED.test(k)),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ITSCM_AS_OF: '2026-11-25', ...env };
}

export interface AstroRunOptions {
  /** The Astro command (default build). */
  command?: 'build' | 'sync';
  /** Arguments for Node before Astro's script, e.g. ["--import", preload]. */
  nodeArgs?: string[];
}

export function astroBuild(
  env: Record<string, string>,
  { command = 'build', nodeArgs = [] }: AstroRunOptions = {},
): { status: number; output: string } {
  const r = spawnSync(
    process.execPath,
    [...nodeArgs, join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), command],
    { cwd: PROJECT_ROOT, env: astroEnv(env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: r.status ?? 1, output: `${r.stdout}\n${r.stderr}` };
}

/**
 * Runs `npm run build` (scripts/build.ts: `astro build`, then the search index and offline
 * manifest in a second process) with the given environment.
 */
export function siteBuild(env: Record<string, string>): { status: number; output: string } {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/build.ts')], {
    cwd: PROJECT_ROOT,
    env: astroEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? 1, output: `${r.stdout}\n${r.stderr}` };
}

/** Every file of a built site by its path ("services/db/index.html"), with its bytes. */
export function readTree(root: string): Map<string, Buffer> {
  return new Map(listFiles(root).map((f) => [f, readFileSync(join(root, f))]));
}
