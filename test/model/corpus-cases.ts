/** The corpus of broken inputs (test/fixtures/corpus/<case>/) and what each must report. */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

export const CORPUS = join(PROJECT_ROOT, 'test/fixtures/corpus');

/** Each case: its problems as "place rule", and a part of each message. */
export const CASES: Record<string, [string, string][]> = {
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

/** The minimal fixture with the case's files laid over it, in a temporary folder removed when the test ends. */
export function folderOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `corpus-${name}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(PROJECT_ROOT, 'test/fixtures/minimal'), dir, { recursive: true });
  const src = join(CORPUS, name);
  for (const sub of readdirSync(src, { withFileTypes: true }))
    if (sub.isDirectory())
      for (const f of readdirSync(join(src, sub.name)))
        rmSync(join(dir, sub.name, f), { recursive: true, force: true });
  cpSync(src, dir, { recursive: true, force: true });
  return dir;
}
