/**
 * The corpus of broken and hostile inputs (test/fixtures/corpus/<case>/): each case is one
 * file laid over the minimal fixture. Every case fails the check in one round, each problem
 * named with its file, line, column and rule, and none gives a stack trace.
 */
import { afterAll, describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { toModel } from '../../src/load/load-model.ts';
import { placeOf, sortIssues } from '../../src/lib/model/issue.ts';
import { checkBodies } from '../../src/load/check-bodies.ts';
import { mermaidPlugin } from '../../scripts/mermaid-plugin.ts';
import { closeMermaid } from '../../scripts/mermaid-render.ts';
import { CHROMIUM } from '../e2e/browser.ts';

const CORPUS = join(PROJECT_ROOT, 'test/fixtures/corpus');

/** Each case: its problems as "place rule", and a part of each message. */
const CASES: Record<string, [string, string][]> = {
  'alias-bomb': [['services/app.md:2:1 bad-yaml', 'expands to more than 100,000 values']],
  'bad-id-hides-nothing': [
    ['services/app.md:7:5 bad-id', '"Cache" is not a kebab-case id. Did you mean "cache"?'],
    ['services/app.md:8:5 self-dependency', 'cannot depend on itself'],
  ],
  'body-bad-mermaid': [['guides/start.mdx:6:1 bad-mermaid', 'the mermaid diagram cannot be drawn']],
  'body-missing-import': [['guides/start.mdx:5:24 missing-import', 'imports "./checklist.astro"']],
  'body-unbalanced-brace': [['guides/start.mdx:6:15 bad-mdx', 'the body cannot be compiled']],
  'body-unclosed-tag': [['guides/start.mdx:8:1 bad-mdx', 'Expected a closing tag for `<div>`']],
  'body-undefined-component': [
    ['guides/start.mdx:8:1 undefined-component', 'uses <Callout>, which is neither imported'],
  ],
  'bad-setting': [['organisation.yaml:2:1 unknown-field', 'Did you mean "review"?']],
  'deep-nesting': [['services/app.md:2:1 bad-yaml', 'nested more than 64 levels deep']],
  'duplicate-scenario': [['organisation.yaml:6:5 duplicate-id', 'already used by scenarios[0]']],
  'duration-and-dangling': [
    ['services/app.md:5:1 bad-duration', '"4 hours" is not a duration'],
    ['services/app.md:6:17 dangling-reference', '"shiping-gateway" is not a service'],
  ],
  'february-30': [['services/app.md:5:1 bad-date', '"2025-02-30" is not a date']],
  'folder-as-record': [['services/app.md not-a-file', 'is a folder, not a record file']],
  'huge-duration': [['services/app.md:5:1 bad-duration', 'too long a duration']],
  'impossible-month': [['services/app.md:5:1 bad-date', '"2025-13-01" is not a date']],
  'not-utf8': [['services/app.md:2:11 not-utf8', 'is not UTF-8 text']],
  'step-cycle': [['plans/dr-plan.md:7:78 step-cycle', '(restore → verify → restore)']],
  'unknown-kind-field': [
    ['plans/dr-plan.md:4:1 not-allowed', 'Did you mean "disaster-recovery"?'],
    ['plans/dr-plan.md:5:26 dangling-reference', '"ap" is not a service. Did you mean "app"?'],
  ],
  'yaml-error-no-cascade': [['services/db.md:6:1 bad-yaml', 'the YAML cannot be read']],
  'zero-rto': [['services/app.md:5:1 zero-duration', '"0m" is no time at all']],
};

/** The minimal fixture with the case's files laid over it, in a temporary folder. */
function folderOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `corpus-${name}-`));
  cpSync(join(PROJECT_ROOT, 'test/fixtures/minimal'), dir, { recursive: true });
  const src = join(CORPUS, name);
  for (const sub of readdirSync(src, { withFileTypes: true }))
    if (sub.isDirectory())
      for (const f of readdirSync(join(src, sub.name)))
        rmSync(join(dir, sub.name, f), { recursive: true, force: true });
  cpSync(src, dir, { recursive: true, force: true });
  return dir;
}

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
