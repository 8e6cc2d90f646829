import { describe, it, expect, onTestFinished } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  firstVisitBytes,
  writeOfflineFiles,
  toAddress,
  toFile,
} from '../../scripts/astro-offline.ts';

/**
 * A built site in miniature: pages, assets, the core search bundle and the second one (with
 * Pagefind's unused interfaces and a WebAssembly file for no language of the index), and the
 * downloads "keep everything" leaves out.
 */
const FILES: Record<string, string> = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Not found</h1>',
  'favicon.svg': '<svg/>',
  'search/index.html': '<h1>Search</h1>',
  'offline/index.html': '<h1>Offline copy</h1>',
  '_astro/Layout.abc.css': 'body{}',
  'js/offline.js': '//',
  'plans/p/index.html': '<h1>P</h1>',
  'teams/t/index.html': '<h1>T</h1>',
  'go-bags/t/index.html': '<h1>Go-bag</h1>',
  'pagefind/pagefind.js': 'export{}',
  'pagefind/pagefind-entry.json': '{"languages":{"en":{"wasm":"en"}}}',
  'pagefind/wasm.en.pagefind': 'w',
  'pagefind/wasm.unknown.pagefind': 'w',
  'pagefind/pagefind-ui.js': 'ui',
  'pagefind/index/en_1.pf_index': 'i',
  'pagefind/fragment/en_1.pf_fragment': 'f',
  'pagefind-more/pagefind-entry.json': '{"languages":{"en":{"wasm":"en"}}}',
  'pagefind-more/index/en_2.pf_index': 'i',
  'pagefind-more/pagefind-component-ui.css': 'ui',
  'api/index.json': '{}',
  'exports/services.csv': 'id',
  'reviews.ics': 'BEGIN',
  'actions/t.ics': 'BEGIN',
  'sw.js': '//',
  'vendor/mermaid.js': '//',
};

function site(files = FILES): string {
  const dir = mkdtempSync(join(tmpdir(), 'itscm-offline-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
const all = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'offline/all.json'), 'utf8')) as { files: string[] }).files;

describe('writeOfflineFiles', () => {
  it('keeps the shell and the core search bundle on install, and nothing of the second bundle', () => {
    const { manifest } = writeOfflineFiles(site());
    expect(manifest.shell).toEqual([
      '404.html',
      '_astro/Layout.abc.css',
      'favicon.svg',
      './',
      'js/offline.js',
      'offline/',
      'search/',
    ]);
    expect(manifest.search).toEqual([
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  it('lists for "keep everything" every page and asset and both search bundles, but not the API, exports, calendars or the worker', () => {
    const dir = site();
    const { manifest } = writeOfflineFiles(dir);
    expect(all(dir)).toEqual([
      '404.html',
      '_astro/Layout.abc.css',
      'favicon.svg',
      'go-bags/t/',
      './',
      'js/offline.js',
      'offline/',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'pagefind-more/index/en_2.pf_index',
      'pagefind-more/pagefind-entry.json',
      'plans/p/',
      'search/',
      'teams/t/',
    ]);
    expect(manifest.everything.files).toBe(17);
  });

  it('writes the same bytes twice, and a new version when one byte changes, even at the same size', () => {
    const dir = site();
    const first = writeOfflineFiles(dir).manifest.version;
    const again = writeOfflineFiles(dir);
    expect(again.manifest.version).toBe(first);
    const changed = site({ ...FILES, 'plans/p/index.html': '<h1>Q</h1>' });
    expect(writeOfflineFiles(changed).manifest.version).not.toBe(first);
  });

  it("reuses the last build's digest of a file with the same size and time, and reads one that moved", () => {
    const dir = site();
    const { manifest, digests } = writeOfflineFiles(dir);
    const page = 'plans/p/index.html';
    expect(digests.get(page)!.digest).toMatch(/^[0-9a-f]{64}$/);
    // A digest said to be the last build's is taken as it is while size and time agree...
    const told = new Map(digests);
    told.set(page, { ...digests.get(page)!, digest: '0'.repeat(64) });
    expect(writeOfflineFiles(dir, told).manifest.version).not.toBe(manifest.version);
    // ...and the file is read again once its time has moved.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, page), later, later);
    const again = writeOfflineFiles(dir, told);
    expect(again.manifest.version).toBe(manifest.version);
    expect(again.digests.get(page)!.digest).toBe(digests.get(page)!.digest);
  });
});

describe('firstVisitBytes', () => {
  it('counts and sums, gzip-compressed, the manifest, the shell and the search core', () => {
    const dir = site();
    const { manifest } = writeOfflineFiles(dir);
    const files = ['offline-manifest.json', ...[...manifest.shell, ...manifest.search].map(toFile)];
    const bytes = files
      .map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(firstVisitBytes(dir)).toEqual({ files: 13, bytes });
  });
});

describe('toAddress', () => {
  it('addresses a page by its directory and is undone by toFile', () => {
    expect(['index.html', 'plans/p/index.html', '404.html'].map(toAddress)).toEqual([
      './',
      'plans/p/',
      '404.html',
    ]);
    expect(['./', 'plans/p/', '404.html'].map(toFile)).toEqual([
      'index.html',
      'plans/p/index.html',
      '404.html',
    ]);
  });
});
