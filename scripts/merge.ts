/**
 * `npm run merge -- --out dist part1 part2 ...`: puts together the parts of a site rendered on
 * several machines with ITSCM_SHARD=i/N (same content, commit, ITSCM_AS_OF and edition), then
 * builds what is made once over the whole site: the search index and the offline manifest.
 * A file two parts both hold must be byte-identical (the built assets are); if not, nothing
 * is published and the differing files are listed. Reads the content folder like a build
 * (ITSCM_CONTENT, ITSCM_AS_OF, ITSCM_EDITION) for the search index.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitWith } from '../src/load/build-inputs.ts';
import { consoleLogger, finishSite } from './finish-site.ts';
import { listFiles } from './list-files.ts';

/** Made by the merge itself, over the whole site: never taken from a part. */
const MADE_HERE =
  /^(pagefind|pagefind-more|offline\/packs)\/|^offline\/all\.json$|^offline-manifest\.json$/;
/** Taken from the first part and rewritten by the merge (the worker carries the site's version). */
const REWRITTEN = /^sw\.js$/;

/** Copies every part into `out`; returns the files two parts hold with different bytes. */
export function mergeParts(parts: string[], out: string): string[] {
  rmSync(out, { recursive: true, force: true });
  const from = new Map<string, string>();
  const differ: string[] = [];
  for (const part of parts)
    for (const file of listFiles(part)) {
      if (MADE_HERE.test(file)) continue;
      const source = join(part, file);
      const earlier = from.get(file);
      if (earlier !== undefined) {
        if (!REWRITTEN.test(file) && !readFileSync(earlier).equals(readFileSync(source)))
          differ.push(file);
        continue;
      }
      from.set(file, source);
      mkdirSync(dirname(join(out, file)), { recursive: true });
      copyFileSync(source, join(out, file));
    }
  return differ;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string', default: 'dist' } },
    allowPositionals: true,
  });
  if (positionals.length === 0)
    exitWith('usage: npm run merge -- --out dist part1 part2 ... (folders built with ITSCM_SHARD)');
  const missing = positionals.filter((p) => !existsSync(join(p, 'index.html')) && !existsSync(p));
  if (missing.length) exitWith(`not a built part: ${missing.join(', ')}`);
  const out = resolve(values.out);
  const differ = mergeParts(
    positionals.map((p) => resolve(p)),
    out,
  );
  if (differ.length) {
    rmSync(out, { recursive: true, force: true });
    exitWith(
      `${differ.length} file(s) differ between the parts, so they were not built from the same content, commit, as-of date and edition: ${differ.slice(0, 10).join(', ')}`,
    );
  }
  try {
    await finishSite(out, consoleLogger('merge'));
  } catch (e) {
    exitWith((e as Error).message);
  }
  console.log(`merged ${positionals.length} part(s) into ${out}`);
}
