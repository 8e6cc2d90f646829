/**
 * Astro integration: after the build, the search index, made from the model (one small
 * document per record, src/lib/render/search-record.ts) rather than by parsing the rendered
 * pages, with Pagefind's Node API (no network): the core bundle (plans, teams, guides,
 * policies, locations) in <outDir>/pagefind/, the rest in <outDir>/pagefind-more/, which the
 * search page merges in. A sharded build (ITSCM_SHARD) leaves it to `npm run merge`, and
 * `npm run build` to its second process (scripts/finish-site.ts).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { getSiteBuild } from '../src/load/site-build.ts';
import { publishedOf } from '../src/load/published.ts';
import { resolveShard } from '../src/load/shard.ts';
import { toSearchRecords, type SearchRecord } from '../src/lib/render/search-record.ts';
import { finishedSeparately } from '../src/load/build-inputs.ts';
import { writeFolder } from './keep-output.ts';

/**
 * The site has its own search page: Pagefind's ready-made interfaces are not needed, nor the
 * word splitter for pages of no language (every record is indexed as English).
 */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.|^wasm\.unknown\./;

/**
 * Indexes `records` and makes `outputPath` hold exactly that bundle, over the last build's:
 * a file that has not changed is not written again (scripts/keep-output.ts: writeFolder).
 */
async function writeBundle(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // A few hundred in flight at once: each is a message to Pagefind's own process.
  for (let i = 0; i < records.length; i += 256) {
    const batch = records.slice(i, i + 256);
    const added = await Promise.all(
      batch.map((r) => index.addHTMLFile({ url: r.url, content: r.html })),
    );
    added.forEach((a, j) => {
      if (a.errors.length) throw new Error(`Pagefind, ${batch[j].url}: ${a.errors.join('; ')}`);
    });
  }
  const built = await index.getFiles();
  if (built.errors.length) throw new Error(`Pagefind: ${built.errors.join('; ')}`);
  await index.deleteIndex();
  writeFolder(
    outputPath,
    built.files.filter((f) => !UNUSED.test(f.path)),
  );
}

/** Writes both search bundles of the current build under `root`; returns the records indexed. */
export async function writeSearchIndex(root: string): Promise<{ core: number; more: number }> {
  const build = getSiteBuild();
  const site = build && publishedOf(build);
  if (!site) return { core: 0, more: 0 };
  const records = toSearchRecords(site);
  const core = records.filter((r) => r.bundle === 'core');
  const more = records.filter((r) => r.bundle === 'more');
  try {
    await writeBundle(core, join(root, 'pagefind'));
    await writeBundle(more, join(root, 'pagefind-more'));
  } finally {
    await pagefind.close();
  }
  return { core: core.length, more: more.length };
}

/** What the build says of the index it wrote. */
export const searchLine = (n: { core: number; more: number }) =>
  `indexed ${n.core + n.more} records for search (${n.core} in the core bundle kept offline)`;

export function searchIndex(): AstroIntegration {
  return {
    name: 'itscm-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (resolveShard() || finishedSeparately()) return;
        logger.info(searchLine(await writeSearchIndex(fileURLToPath(dir))));
      },
    },
  };
}
