/**
 * A rebuild writes only what changed. With ITSCM_KEEP_OUTPUT=1 (set by `npm run build`) Astro
 * does not empty the output folder, and a page whose cache key is unchanged and whose file is
 * there is left as it is (astro.config.mjs, `vite.build.emptyOutDir`). Copying 40,000 cached
 * pages into an emptied folder was 12 to 20 s of a rebuild at 10,000 services, and the 1.2 GB
 * the disk then had to write slowed the search index after it. Three steps keep the folder
 * exactly what a build into an empty one makes:
 *
 * - before the build, `checkOutput`: the folder must be as the last build left it. Each file is
 *   compared with the record that build wrote (size and modification time); one that differs
 *   or is not in the record is removed, so that Astro makes it again (it keeps no copy of its own
 *   to restore it from: astro-page-copies.ts). Without a record (a first
 *   build, a stopped one, a folder from elsewhere) the whole folder is set aside and removed
 *   (set-aside.ts).
 * - after the pages, `sweepOutput`: what this build neither wrote nor kept goes: the pages of
 *   records that are gone, old assets, the last offline manifest (made again after it). Empty
 *   folders go too. The API, the search index and the offline packs are left to be written
 *   over (`writeFolder`, from astro-api.ts, astro-pagefind.ts and astro-offline.ts): most of
 *   their 33,000 files are the same from one build to the next, and reading a file is cheaper
 *   than making it anew.
 * - at the end, `recordOutput`: the record, for the next build.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listFiles } from './list-files.ts';
import { setAside } from './set-aside.ts';
import { PAGE_COPIES } from './astro-page-copies.ts';
import type { FileDigest } from './file-digests.ts';

/**
 * What the last build left, in its cache folder: each file's size, modification time and the
 * SHA-256 the offline manifest read (astro-offline.ts), which a rebuild need not read again.
 */
const RECORD = 'itscm-output.json';
/** The record while a build runs: `checkOutput` moves it aside, `recordOutput` removes it. */
const PREVIOUS = 'itscm-output.previous.json';
/** Astro's own record of the pages of the last build, in the same folder. */
const ASTRO_MANIFEST = 'incremental-build.json';
/** Made and removed to read the file system's clock: what is older was not written since. */
const STARTED = '.itscm-build-started';

type OutputRecord = Map<string, [size: number, mtimeMs: number, digest?: string]>;

function readRecord(
  cacheDir: string,
  name: string,
): { files: OutputRecord; search: Record<string, string> } | undefined {
  try {
    const { files, search } = JSON.parse(readFileSync(join(cacheDir, name), 'utf8'));
    return {
      files: new Map(Object.entries(files as { [rel: string]: [number, number, string?] })),
      search: typeof search === 'object' && search !== null ? search : {},
    };
  } catch {
    return undefined;
  }
}

/**
 * Makes `out` fit to build over: removes each file not as the last build left it, or sets the
 * folder aside when there is no record of it. Returns when the build may start, with the time
 * it started by the folder's own clock, and a promise of the set-aside folder's removal.
 */
export function checkOutput(
  outDir: string,
  cacheDir: string,
): { started: number; removed: Promise<void> } {
  const out = resolve(outDir);
  const record = readRecord(cacheDir, RECORD)?.files;
  // Kept aside for its digests (`lastBuild`): a build that stops before its end leaves no
  // record, so the next one starts clean.
  try {
    renameSync(join(cacheDir, RECORD), join(cacheDir, PREVIOUS));
  } catch {
    rmSync(join(cacheDir, PREVIOUS), { force: true });
  }
  let removed = Promise.resolve();
  if (!record) removed = setAside(out);
  else if (existsSync(out))
    for (const rel of listFiles(out)) {
      const path = join(out, rel);
      const [size, mtimeMs] = record.get(rel) ?? [];
      const now = statSync(path);
      if (size !== now.size || mtimeMs !== now.mtimeMs) rmSync(path, { force: true });
    }
  // Astro's copies of the pages, which builds before astro-page-copies.ts left in its cache.
  const copies = join(cacheDir, PAGE_COPIES);
  if (existsSync(copies)) removed = Promise.all([removed, setAside(copies)]).then(() => {});
  return { started: fileClock(out), removed };
}

/**
 * What the last build read, from the record `checkOutput` kept aside: the digests the offline
 * manifest read, by file, and those of what each search bundle was made from
 * (astro-pagefind.ts). Read after the pages, so the build does not hold them meanwhile.
 */
export function lastBuild(cacheDir: string): {
  digests: Map<string, FileDigest>;
  search: Record<string, string>;
} {
  const record = readRecord(cacheDir, PREVIOUS);
  const digests = new Map<string, FileDigest>();
  for (const [rel, [size, mtimeMs, digest]] of record?.files ?? [])
    if (digest) digests.set(rel, { size, mtimeMs, digest });
  return { digests, search: record?.search ?? {} };
}

/**
 * The files Astro kept or wrote as this build's pages, by their path in the output; undefined
 * when its record cannot be read.
 */
function astroPages(cacheDir: string): Set<string> | undefined {
  try {
    const m = JSON.parse(readFileSync(join(cacheDir, ASTRO_MANIFEST), 'utf8')) as {
      routes: { [route: string]: { paths: { [path: string]: { outputFile: string } } } };
    };
    return new Set(
      Object.values(m.routes).flatMap((r) => Object.values(r.paths).map((p) => p.outputFile)),
    );
  } catch {
    return undefined;
  }
}

/** The time now by the clock of the file system that holds `dir` (made if need be). */
export function fileClock(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const marker = join(dir, STARTED);
  closeSync(openSync(marker, 'w'));
  const now = statSync(marker).mtimeMs;
  rmSync(marker);
  return now;
}

/**
 * Removes the files under `dir` last written before `since`, but those `keep` names, and the
 * folders that leaves empty; returns how many files went.
 */
export function removeOlder(
  dir: string,
  since: number,
  keep: (rel: string) => boolean = () => false,
): number {
  let removed = 0;
  for (const rel of listFiles(dir)) {
    if (keep(rel)) continue;
    const path = join(dir, rel);
    if (statSync(path).mtimeMs < since) {
      rmSync(path);
      removed++;
    }
  }
  removeEmptyFolders(dir);
  return removed;
}

/**
 * Removes the files of `out` that the build started at `started` neither wrote nor kept, but
 * those `leave` names (what is written over next, and sweeps itself); returns how many went.
 * Without Astro's record of what it kept nothing is removed (undefined): a page left over is
 * better than a page missing.
 */
export function sweepOutput(
  out: string,
  cacheDir: string,
  started: number,
  leave: (rel: string) => boolean = () => false,
): number | undefined {
  const kept = astroPages(cacheDir);
  if (!kept) return undefined;
  return removeOlder(out, started, (rel) => kept.has(rel) || leave(rel));
}

/** Removes the empty folders under `dir`, deepest first; says whether `dir` is empty itself. */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && removeEmptyFolders(join(dir, e.name))) rmdirSync(join(dir, e.name));
    else empty = false;
  }
  return empty;
}

/**
 * Makes `dir` hold exactly `files` (paths relative to it, taken one at a time): a file already
 * there with the same bytes is left as it is (reading a small file is cheaper than making it
 * anew), any other is written, and files not among them are removed, with the folders that
 * leaves empty. Returns how many files it holds.
 */
export function writeFolder(
  dir: string,
  files: Iterable<{ path: string; content: Uint8Array }>,
): number {
  mkdirSync(dir, { recursive: true });
  const wanted = new Set<string>();
  const made = new Set<string>();
  for (const f of files) {
    wanted.add(f.path);
    const path = join(dir, f.path);
    let same = false;
    try {
      same = statSync(path).size === f.content.length && readFileSync(path).equals(f.content);
    } catch {
      const folder = dirname(path);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    if (!same) writeFileSync(path, f.content);
  }
  for (const rel of listFiles(dir)) if (!wanted.has(rel)) rmSync(join(dir, rel));
  removeEmptyFolders(dir);
  return wanted.size;
}

/**
 * Writes the record of `out` as the build leaves it, for the next build's `checkOutput`, with
 * the digests the offline manifest read (nothing writes those files after it) and those of
 * what each search bundle was made from.
 */
export function recordOutput(
  out: string,
  cacheDir: string,
  digests: ReadonlyMap<string, FileDigest> = new Map(),
  search: Readonly<Record<string, string>> = {},
): void {
  const files: { [rel: string]: [number, number] | [number, number, string] } = {};
  for (const rel of listFiles(out)) {
    // A digested file was read as the last step of the build: its size and time are those.
    const d = digests.get(rel);
    if (d) files[rel] = [d.size, d.mtimeMs, d.digest];
    else {
      const { size, mtimeMs } = statSync(join(out, rel));
      files[rel] = [size, mtimeMs];
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, RECORD), JSON.stringify({ files, search }));
  rmSync(join(cacheDir, PREVIOUS), { force: true });
}
