import { describe, it, expect, onTestFinished } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

const check = (content: string) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts')], {
    encoding: 'utf8',
    env: { ...process.env, ITSCM_CONTENT: join(PROJECT_ROOT, content), ITSCM_AS_OF: '2026-11-25' },
  });

describe('scripts/check.ts', () => {
  it('exits 1 and prints all four problems of the broken fixture, each at its line and column', () => {
    const r = check('test/fixtures/broken');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('4 error(s)');
    expect(r.stdout.match(/^ {2}error /gm)).toHaveLength(4);
    for (const where of [
      'bia/sales.md:5:1: rto:',
      'plans/dr-plan.md:6:26: covers.services[1]:',
      'services/app.md:6:1: rot:',
      'services/db.md:7:1: recoveryTime:',
    ])
      expect(r.stdout).toContain(where);
  });

  it('exits 0 on valid content and counts the records', () => {
    const r = check('test/fixtures/minimal');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('3 services, 1 bia, 1 plans');
  });
});

describe('scripts/check.ts for machines and strict teams', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), ...args], {
      encoding: 'utf8',
      cwd: PROJECT_ROOT,
      env: { ...process.env, ITSCM_AS_OF: '2026-11-25', GITHUB_BASE_REF: '', ...env },
    });

  it('with --strict fails on the sample, naming its deliberate problems as errors', () => {
    expect(run([]).status).toBe(0);
    const r = run(['--strict']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error services\/ledger-db\.mdx:\d+:\d+: rto: .*\(rto-inversion\)/);
    expect(r.stdout).toMatch(/error services\/directory\.mdx:\d+:\d+: .*\(dependency-cycle\)/);
  });

  it('writes every problem as JSON, with file, line, column, field and rule', () => {
    const r = run(['--format', 'json'], {
      ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/broken'),
    });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { errors: number; issues: Record<string, unknown>[] };
    expect(doc.errors).toBe(4);
    expect(doc.issues[0]).toMatchObject({
      severity: 'error',
      file: 'test/fixtures/broken/bia/sales.md',
      line: 5,
      column: 1,
      field: 'rto',
      rule: 'rto-exceeds-mtpd',
    });
  });

  it('writes GitHub annotations and the full list to the job summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itscm-summary-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const summary = join(dir, 'summary.md');
    const r = run(['--format', 'github'], {
      ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/broken'),
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error file=test/fixtures/broken/plans/dr-plan.md,line=6,col=26,title=dangling-reference (covers.services[1])::"ap" is not a service.',
    );
    expect(r.stdout.match(/^::error /gm)).toHaveLength(4);
    expect(readFileSync(summary, 'utf8')).toContain(
      '| error | `test/fixtures/broken/services/db.md:7:1` |',
    );
  });

  it('refuses a bad option or build input in one line with exit code 2', () => {
    for (const [args, env, said] of [
      [['--format', 'xml'], {}, '--format must be text, json or github'],
      [['--no-such'], {}, "Unknown option '--no-such'"],
      [[], { ITSCM_AS_OF: '2026-02-30' }, 'ITSCM_AS_OF="2026-02-30" is not a date'],
      [[], { ITSCM_EDITION: 'secret' }, 'ITSCM_EDITION="secret" is not an edition'],
    ] as const) {
      const r = run([...args], env);
      expect(r.status, said).toBe(2);
      expect(r.stderr.trim().split('\n'), said).toHaveLength(1);
      expect(r.stderr).toContain(said);
    }
  });
});
