/**
 * The corpus of broken and hostile inputs (test/fixtures/corpus/<case>/): each case is one
 * file laid over the minimal fixture. Every case fails the check in one round, each problem
 * named with its file, line, column and rule, and none gives a stack trace.
 */
import { afterAll, describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CASES, CORPUS, folderOf } from './corpus-cases.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { toModel } from '../../src/load/load-model.ts';
import { placeOf, sortIssues } from '../../src/lib/model/issue.ts';
import { checkBodies } from '../../src/load/check-bodies.ts';
import { mermaidPlugin } from '../../scripts/mermaid-plugin.ts';
import { closeMermaid } from '../../scripts/mermaid-render.ts';
import { CHROMIUM } from '../e2e/browser.ts';

describe('the corpus of broken inputs', () => {
  it('has a pinned expectation for every case, and a case for every expectation', () => {
    expect(readdirSync(CORPUS).sort()).toEqual(Object.keys(CASES).sort());
  });

  afterAll(() => closeMermaid());

  it.each(Object.entries(CASES))(
    '%s: every problem in one round, at its place',
    async (name, want) => {
      // Mermaid is drawn (and so checked) in Chromium, as in the build; browser tests need it too.
      if (name === 'body-bad-mermaid' && !CHROMIUM) return;
      const loaded = loadContentFolder(folderOf(name));
      const model = toModel(loaded, { asOf: '2026-11-25' });
      const errors = sortIssues([
        ...model.issues,
        ...(await checkBodies(loaded, [mermaidPlugin])),
      ]).filter((i) => i.severity === 'error');
      expect(errors.map((i) => `${placeOf(i)} ${i.rule}`)).toEqual(want.map(([where]) => where));
      errors.forEach((e, i) => expect(e.message).toContain(want[i][1]));
      for (const e of errors) expect(e.fix.length, e.rule).toBeGreaterThan(10);
    },
  );

  it.each(Object.keys(CASES))(
    '%s: the check exits 1 naming the file, no stack trace',
    (name) => {
      {
        const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts')], {
          encoding: 'utf8',
          env: { ...process.env, ITSCM_CONTENT: folderOf(name), ITSCM_AS_OF: '2026-11-25' },
        });
        expect(r.status, name).toBe(1);
        expect(r.stdout, name).toContain(CASES[name][0][0].split(' ')[0].split(':')[0]);
        expect(`${r.stdout}${r.stderr}`, name).not.toMatch(/\n\s+at |Error:|node:internal/);
      }
    },
    20_000,
  );
});
