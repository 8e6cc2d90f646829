/**
 * Astro integration: after the build (and after the search index, which is written first),
 * writes what the offline worker (public/sw.js) and the "Keep offline" buttons
 * (public/js/keep-offline.js) need, so that a first visit keeps little and the reader chooses
 * the rest:
 *
 * - `offline-manifest.json`, and the same version in the worker (`const VERSION` in sw.js):
 *   `version` (a hash of every file's path, size and SHA-256, so it changes
 *   whenever any file changes), `asOf`, `shell` (the files every page needs: CSS and scripts
 *   under _astro/ and js/, the favicon, the 404, home, search and /offline/ pages), `search`
 *   (the search core: the files of the core Pagefind bundle under pagefind/ that the search
 *   page loads), where the packs are (`packs`, `all`) and how big "everything" is. The worker
 *   keeps shell and search on install; that is the whole cost of a first visit
 *   (`firstVisitBytes`).
 * - `offline/packs/<kind>-<id>.json`: one small file per team and plan, the pages its button
 *   keeps (src/lib/render/offline-packs.ts).
 * - `offline/all.json`: every file "Keep everything" keeps: every page and asset, the second
 *   search bundle (pagefind-more/) included, but not the JSON API (api/), the exports
 *   (exports/) or the calendar files (.ics), which a reader downloads on purpose.
 *
 * Addresses are relative to the site root: pages by their directory ("plans/x/", "./" for the
 * home page), other files by path. Order is by path, bytes are deterministic.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { getSiteBuild } from '../src/load/site-build.ts';
import { finishedSeparately } from '../src/load/build-inputs.ts';
import { toOfflinePacks } from '../src/lib/render/offline-packs.ts';
import { listFiles } from './list-files.ts';
import { writeFolder } from './keep-output.ts';
import { digestFiles, type FileDigest } from './file-digests.ts';

/** What offline-manifest.json holds. */
export interface OfflineManifest {
  /** Changes whenever any file of the site changes (path or bytes). */
  version: string;
  /** The data-as-of date of the build (YYYY-MM-DD), when known. */
  asOf?: string;
  /** Kept on install: the frame of every page. */
  shell: string[];
  /** Kept on install: the core search bundle (pagefind/). */
  search: string[];
  /** Folder of the pack files, `<packs><kind>-<id>.json`. */
  packs: string;
  /** The file listing everything ("Keep everything"). */
  all: string;
  /** How much "Keep everything" keeps: files and bytes as stored (uncompressed). */
  everything: { files: number; bytes: number };
}

const MANIFEST = 'offline-manifest.json';
const PACKS = 'offline/packs/';
const ALL = 'offline/all.json';

/** Shell pages besides the assets: home, search, 404 and the offline page. */
const SHELL_FILES = new Set([
  'index.html',
  'search/index.html',
  '404.html',
  'offline/index.html',
  'favicon.svg',
]);

/** Pagefind's ready-made interfaces, which the site's own search (js/search.js) never loads. */
const PAGEFIND_UI = /^pagefind(-more)?\/pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** Never listed: the worker itself, what this integration writes, the lazily loaded mermaid. */
const isOwn = (rel: string) =>
  rel === MANIFEST ||
  rel === 'sw.js' ||
  rel === ALL ||
  rel.startsWith(PACKS) ||
  rel.startsWith('vendor/');

/** Left out of "everything": downloads a reader takes on purpose, not pages to read. */
const isDownload = (rel: string) =>
  rel.startsWith('api/') || rel.startsWith('exports/') || rel.endsWith('.ics');

/** The address the worker fetches a file by: a page by its directory. */
export function toAddress(rel: string): string {
  if (rel === 'index.html') return './';
  if (rel.endsWith('/index.html')) return rel.slice(0, -'index.html'.length);
  return rel;
}

/** The file behind an address (the inverse of toAddress). */
export function toFile(address: string): string {
  if (address === './') return 'index.html';
  return address.endsWith('/') ? `${address}index.html` : address;
}

/**
 * The search core from the files of pagefind/: what its search script loads (the entry, the
 * script and its worker, the meta, index, filter and fragment chunks, the WebAssembly of the
 * index's languages), without Pagefind's ready-made interfaces.
 */
function searchFiles(dir: string, rels: string[], bundle: 'pagefind/' | 'pagefind-more/') {
  let wasm = new Set<string>();
  try {
    const entry = JSON.parse(readFileSync(join(dir, bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { wasm?: string }>;
    };
    wasm = new Set(Object.values(entry.languages ?? {}).map((l) => l.wasm ?? 'unknown'));
  } catch {
    // No entry: keep every WebAssembly file rather than guess.
    wasm = new Set(['*']);
  }
  return rels.filter((rel) => {
    if (!rel.startsWith(bundle) || PAGEFIND_UI.test(rel)) return false;
    const m = /^[^/]+\/wasm\.(.+)\.pagefind$/.exec(rel);
    return !m || wasm.has('*') || wasm.has(m[1] ?? '');
  });
}

/**
 * Writes the manifest, the packs and the list of everything into the built site `dir`, and
 * returns each file's digest. `known` holds the digests of the last build (the record of
 * scripts/keep-output.ts): a file with the same size and modification time is not read again.
 */
export function writeOfflineFiles(
  dir: string,
  known: ReadonlyMap<string, FileDigest> = new Map(),
): {
  manifest: OfflineManifest;
  packs: number;
  digests: Map<string, FileDigest>;
} {
  const rels = listFiles(dir).filter((rel) => !isOwn(rel));
  const pages = new Set(rels.filter((r) => r.endsWith('.html')).map(toAddress));
  const model = getSiteBuild()?.model;
  const packs = model ? toOfflinePacks(model, (p) => pages.has(p)) : [];

  const search = searchFiles(dir, rels, 'pagefind/');
  const more = new Set(searchFiles(dir, rels, 'pagefind-more/'));
  const inSearch = new Set(search);
  const shell = rels.filter(
    (r) => r.startsWith('_astro/') || r.startsWith('js/') || SHELL_FILES.has(r),
  );
  // Of the search bundles, only what the search page loads; everything else but downloads.
  const all = rels.filter((r) =>
    /^pagefind(-more)?\//.test(r) ? inSearch.has(r) || more.has(r) : !isDownload(r),
  );
  const inAll = new Set(all);

  // Every file counts by its path, size and digest: a gigabyte at 10,000 services on a first
  // build, read through one reused buffer; on a rebuild only the files that changed.
  const hash = createHash('sha256');
  const digests = digestFiles(dir, rels, known);
  let bytes = 0;
  for (const [rel, { size, digest }] of digests) {
    hash.update(`${rel}\0${size}\0${digest}\0`);
    if (inAll.has(rel)) bytes += size;
  }
  writeFolder(
    join(dir, PACKS),
    packs.map((pack) => {
      const text = JSON.stringify(pack);
      hash.update(`${PACKS}${pack.id}.json\0${text}`);
      return { path: `${pack.id}.json`, content: Buffer.from(text) };
    }),
  );
  const allText = JSON.stringify({ files: all.map(toAddress) });
  hash.update(`${ALL}\0${allText}`);
  writeFileSync(join(dir, ALL), allText);

  const manifest: OfflineManifest = {
    version: hash.digest('hex').slice(0, 16),
    ...(model ? { asOf: model.asOf } : {}),
    shell: shell.map(toAddress),
    search: search.map(toAddress),
    packs: PACKS,
    all: ALL,
    everything: { files: all.length, bytes },
  };
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
  // A new version of the site is a new worker, which the browser installs on the next visit.
  const worker = join(dir, 'sw.js');
  if (existsSync(worker))
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(
        /^const VERSION = .*$/m,
        `const VERSION = '${manifest.version}';`,
      ),
    );
  return { manifest, packs: packs.length, digests };
}

/**
 * What a first visit costs the reader beyond the page itself: the files the offline worker
 * fetches on install (the manifest, the shell and the search core of the built site in `dir`),
 * counted and summed as gzip-compressed bytes (level 9; Pagefind's chunks are compressed
 * already and count about as they travel).
 */
export function firstVisitBytes(dir: string): { files: number; bytes: number } {
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as OfflineManifest;
  const files = [MANIFEST, ...[...manifest.shell, ...manifest.search].map(toFile)];
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  return { files: files.length, bytes };
}

/** Writes the offline files of the built site in `root` and says what a first visit keeps. */
export function writeOffline(
  root: string,
  logger: AstroIntegrationLogger,
  known?: ReadonlyMap<string, FileDigest>,
): Map<string, FileDigest> {
  const { manifest, packs, digests } = writeOfflineFiles(root, known);
  const first = firstVisitBytes(root);
  logger.info(
    `offline: first visit keeps ${first.files} files, ${Math.round(first.bytes / 1024)} KB compressed; everything is ${manifest.everything.files} files, ${(manifest.everything.bytes / 1e6).toFixed(1)} MB; ${packs} team and plan packs`,
  );
  return digests;
}

export function offlineManifest(): AstroIntegration {
  return {
    name: 'itscm-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!finishedSeparately()) writeOffline(fileURLToPath(dir), logger);
      },
    },
  };
}
