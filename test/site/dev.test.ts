import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { astroEnv, TEST_DIST } from './astro-build.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

/** A free TCP port on localhost. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Polls `url` until `ok` holds for its body (or the time is up); returns the last body. */
async function poll(url: string, ok: (body: string) => boolean, ms = 45_000): Promise<string> {
  let body = '';
  for (const end = Date.now() + ms; Date.now() < end;) {
    body = await fetch(url).then(
      (r) => r.text(),
      () => '',
    );
    if (ok(body)) return body;
    await new Promise((r) => setTimeout(r, 250));
  }
  return body;
}

describe('astro dev', () => {
  const content = join(TEST_DIST, 'dev-content');
  let dev: ChildProcess;
  let output = '';
  let base = '';

  beforeAll(async () => {
    cpSync(join(PROJECT_ROOT, 'test/fixtures/minimal'), content, { recursive: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      { cwd: PROJECT_ROOT, env: astroEnv({ ITSCM_CONTENT: content }) },
    );
    dev.stdout?.on('data', (d) => (output += d));
    dev.stderr?.on('data', (d) => (output += d));
  });

  afterAll(async () => {
    if (dev.exitCode !== null) return;
    const exited = new Promise((r) => dev.once('exit', r));
    dev.kill('SIGTERM');
    await exited;
  });

  it('serves pages from the model the content integration built', async () => {
    const html = await poll(`${base}/services/app/`, (b) => b.includes('<h1>'));
    expect(html, output).toContain('<h1>Application</h1>');
    expect(output.match(/content as of /g)).toHaveLength(1);
  });

  it('loads the content again after an edit, and pages show it', async () => {
    const file = join(content, 'services/app.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('title: Application', 'title: Application renamed'),
    );
    const html = await poll(`${base}/services/app/`, (b) => b.includes('Application renamed'));
    expect(html, output).toContain('<h1>Application renamed</h1>');
    expect(output.match(/content as of /g)?.length).toBeGreaterThanOrEqual(2);
  });
});
