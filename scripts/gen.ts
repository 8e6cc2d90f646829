/**
 * `npm run gen -- --services N [--functions F] [--edges E] [--risks R] [--plans P] [--seed S] --out DIR`
 * writes a synthetic organisation's content folder (see generate.ts). DIR is emptied first.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateOrganisation } from './generate.ts';

/** Writes the files of a generated organisation into `out`, replacing what was there. */
export function writeOrganisation(out: string, files: Map<string, string>): void {
  rmSync(out, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      services: { type: 'string', default: '100' },
      functions: { type: 'string' },
      edges: { type: 'string' },
      risks: { type: 'string' },
      plans: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error(
      'usage: npm run gen -- --services N [--functions F] [--edges E] [--risks R] [--plans P] [--seed S] --out DIR',
    );
    process.exit(2);
  }
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const files = generateOrganisation({
    services: Number(values.services),
    functions: num(values.functions),
    edges: num(values.edges),
    risks: num(values.risks),
    plans: num(values.plans),
    seed: Number(values.seed),
  });
  const out = resolve(values.out);
  writeOrganisation(out, files);
  console.log(
    `Wrote ${files.size} files to ${out}. Build it: ITSCM_CONTENT=${values.out} npm run build`,
  );
}
