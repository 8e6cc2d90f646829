import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

/** Builds the editions fixture in `edition` and bundles it; returns the archive path. */
export function bundleEdition(edition: string): string {
  const out = join(TEST_DIST, `bundle-site-${edition}`);
  const b = astroBuild({
    ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/editions'),
    ITSCM_OUT_DIR: out,
    ITSCM_EDITION: edition,
  });
  expect(b.status, b.output).toBe(0);
  const dir = join(TEST_DIST, `bundle-${edition}`);
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/bundle.ts')], {
    env: { ...process.env, ITSCM_OUT_DIR: out, ITSCM_BUNDLE_DIR: dir },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return join(dir, readdirSync(dir)[0]);
}

describe('the offline bundle', () => {
  it('is one archive with the site, a dependency-free server and instructions, and serves on localhost', async () => {
    const archive = bundleEdition('internal');
    expect(archive).toMatch(/itscm-site-internal-2026-11-25\.tar\.gz$/);
    const dir = mkdtempSync(join(tmpdir(), 'itscm-unpack-'));
    expect(spawnSync('tar', ['-xzf', archive, '-C', dir]).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['README.txt', 'serve.mjs', 'site']);
    expect(readFileSync(join(dir, 'README.txt'), 'utf8')).toContain('node serve.mjs');
    const child = spawn(process.execPath, ['serve.mjs', 'site', '0'], { cwd: dir });
    try {
      const url = await new Promise<string>((ok) =>
        child.stdout.on('data', (d: Buffer) => {
          const m = /at (http:\S+)/.exec(String(d));
          if (m) ok(m[1]);
        }),
      );
      const res = await fetch(`${url}services/app/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<h1>Application</h1>');
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves confidential records out of the internal edition's archive", () => {
    const tar = gunzipSync(readFileSync(bundleEdition('internal'))).toString('latin1');
    expect(tar).toContain('services/app/index.html');
    expect(tar).not.toMatch(/MARKER-|secret-vault|[Cc]arol/);
  });

  it('is byte-identical when made twice from the same site', () => {
    const a = readFileSync(bundleEdition('public'));
    const b = readFileSync(bundleEdition('public'));
    expect(a.equals(b)).toBe(true);
  });
});
