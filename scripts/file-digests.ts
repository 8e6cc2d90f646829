/**
 * The SHA-256 of each file of a built site, for the offline manifest's version and the record a
 * rebuild compares with (keep-output.ts). A file whose size and modification time are those of
 * a known digest (the last build's) is not read again. At 10,000 services a first build reads a
 * gigabyte, so `digestAside` reads the pages in a worker thread while the search index is made
 * (Pagefind works in a process of its own, the worker on the core it leaves), and the manifest
 * then takes their digests as known. O(bytes read).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { listFiles } from './list-files.ts';

/** A file's size, modification time and SHA-256 (hex), as the offline manifest read it. */
export interface FileDigest {
  size: number;
  mtimeMs: number;
  digest: string;
}

/** The SHA-256 of the file at `path`, read through `chunk`. */
function digestOf(path: string, chunk: Buffer): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;)
      hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The digest of each of `rels` (paths in `dir`), in their order; `known` ones are not read. */
export function digestFiles(
  dir: string,
  rels: readonly string[],
  known: ReadonlyMap<string, FileDigest> = new Map(),
): Map<string, FileDigest> {
  const chunk = Buffer.allocUnsafe(1 << 20);
  const digests = new Map<string, FileDigest>();
  for (const rel of rels) {
    const path = join(dir, rel);
    const { size, mtimeMs } = statSync(path);
    const was = known.get(rel);
    const digest =
      was && was.size === size && was.mtimeMs === mtimeMs ? was.digest : digestOf(path, chunk);
    digests.set(rel, { size, mtimeMs, digest });
  }
  return digests;
}

interface AsideJob {
  job: 'file-digests';
  dir: string;
  skip: string;
  known: ReadonlyMap<string, FileDigest>;
}

/**
 * Digests, in a worker thread, every file in `dir` but those under the folders `skip` matches
 * (what is still being written). Resolves with an empty map if the worker fails: the files are
 * then read where the digests are needed, as before.
 */
export function digestAside(
  dir: string,
  skip: RegExp,
  known: ReadonlyMap<string, FileDigest> = new Map(),
): Promise<Map<string, FileDigest>> {
  const data: AsideJob = { job: 'file-digests', dir, skip: skip.source, known };
  return new Promise((done) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    worker.once('message', (m: Map<string, FileDigest>) => done(m));
    worker.once('error', () => done(new Map()));
    worker.once('exit', () => done(new Map()));
  });
}

if (!isMainThread && (workerData as AsideJob | undefined)?.job === 'file-digests') {
  const { dir, skip, known } = workerData as AsideJob;
  const skipped = new RegExp(skip);
  parentPort?.postMessage(
    digestFiles(
      dir,
      listFiles(dir).filter((rel) => !skipped.test(rel)),
      known,
    ),
  );
}
