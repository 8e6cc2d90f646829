import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
