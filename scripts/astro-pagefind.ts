/**
 * Astro integration: after the build, the search index, made from the model (one small
 * document per record, src/lib/render/search-record.ts) rather than by parsing the rendered
 * pages, with Pagefind's Node API (no network): the core bundle (plans, teams, guides,
 * policies, locations) in <outDir>/pagefind/, the rest in <outDir>/pagefind-more/, which the
 * search page merges in. A sharded build (ITSCM_SHARD) leaves it to `npm run merge`, and
 * `npm run build` to its second process (scripts/finish-site.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { getSiteBuild } from '../src/load/site-build.ts';
import { publishedOf } from '../src/load/published.ts';
import { resolveShard } from '../src/load/shard.ts';
import { toSearchRecords, type SearchRecord } from '../src/lib/render/search-record.ts';
import { finishedSeparately, PROJECT_ROOT } from '../src/load/build-inputs.ts';
import { writeFolder } from './keep-output.ts';

/**
 * The site has its own search page: Pagefind's ready-made interfaces are not needed, nor the
 * word splitter for pages of no language (every record is indexed as English).
 */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.|^wasm\.unknown\./;

const OPTIONS = { forceLanguage: 'en' } as const;
const PAGEFIND_VERSION: string = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'node_modules/pagefind/package.json'), 'utf8'),
).version;

/** What a bundle is made from: Pagefind's version, its options and every record, as a digest. */
function digestOf(records: readonly SearchRecord[]): string {
  const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\0${JSON.stringify(OPTIONS)}`);
  for (const r of records) hash.update(`\0${r.url}\0${r.html}`);
  return hash.digest('hex');
}

/**
 * Indexes `records` and makes `outputPath` hold exactly that bundle, over the last build's:
 * a file that has not changed is not written again (scripts/keep-output.ts: writeFolder).
 */
async function writeBundle(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex(OPTIONS);
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

/** What `writeSearchIndex` did. */
export interface SearchIndexed {
  core: number;
  more: number;
  /** The digest of what each bundle was made from, by its folder, for the next build. */
  digests: Record<string, string>;
  /** The bundles left as the last build made them: made from the same records. */
  kept: string[];
}

/**
 * Writes both search bundles of the current build under `root`; returns the records indexed.
 * A bundle made from the same records as the last build (`last`, by folder), whose files are
 * all still there (`intact`), is left as it is: Pagefind would make the same bytes. A plan's
 * edit leaves the second bundle, a service's the core, as they were.
 */
export async function writeSearchIndex(
  root: string,
  last: Readonly<Record<string, string>> = {},
  intact: (folder: string) => boolean = () => false,
): Promise<SearchIndexed> {
  const build = getSiteBuild();
  const site = build && publishedOf(build);
  if (!site) return { core: 0, more: 0, digests: {}, kept: [] };
  const records = toSearchRecords(site);
  const bundles = [
    { folder: 'pagefind', records: records.filter((r) => r.bundle === 'core') },
    { folder: 'pagefind-more', records: records.filter((r) => r.bundle === 'more') },
  ];
  const digests: Record<string, string> = {};
  const kept: string[] = [];
  try {
    for (const b of bundles) {
      digests[b.folder] = digestOf(b.records);
      if (last[b.folder] === digests[b.folder] && intact(b.folder)) kept.push(b.folder);
      else await writeBundle(b.records, join(root, b.folder));
    }
  } finally {
    await pagefind.close();
  }
  return { core: bundles[0].records.length, more: bundles[1].records.length, digests, kept };
}

/** What the build says of the index it wrote. */
export const searchLine = (n: SearchIndexed) =>
  `indexed ${n.core + n.more} records for search (${n.core} in the core bundle kept offline)` +
  (n.kept.length ? `; ${n.kept.join(' and ')} made from the same records as last time, kept` : '');

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
