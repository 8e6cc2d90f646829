import { describe, it, expect, onTestFinished } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  checkOutput,
  lastBuild,
  recordOutput,
  sweepOutput,
  writeFolder,
} from '../../scripts/keep-output.ts';
import { listFiles } from '../../scripts/list-files.ts';

/** An output folder and its cache folder, side by side in a temporary folder of their own. */
function folders(files: Record<string, string>): { out: string; cache: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'itscm-keep-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const out = join(root, 'site');
  const cache = join(root, 'cache');
  mkdirSync(cache);
  write(out, files);
  return { out, cache, root };
}

function write(out: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), text);
  }
}

/** Makes a file look written a minute before the build. */
const age = (path: string) => {
  const then = new Date(Date.now() - 60_000);
  utimesSync(path, then, then);
};

/** Astro's record of the pages it kept or wrote. */
function astroKept(cache: string, outputFiles: string[]): void {
  const paths = Object.fromEntries(outputFiles.map((f) => [`/${f}`, { outputFile: f }]));
  writeFileSync(
    join(cache, 'incremental-build.json'),
    JSON.stringify({ routes: { 'src/pages/x.astro': { paths } } }),
  );
}

const LAST = {
  'index.html': '<h1>Home</h1>',
  'plans/a/index.html': '<h1>A</h1>',
  'plans/b/index.html': '<h1>B</h1>',
  'pagefind/fragment/x.pf_fragment': 'f',
};

describe('checkOutput', () => {
  it('sets the whole folder aside when the last build left no record of it', async () => {
    const { out, cache, root } = folders(LAST);
    const { removed } = checkOutput(out, cache);
    await removed;
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['cache', 'site']);
  });

  it('keeps the files as the last build left them and removes any other', async () => {
    const { out, cache } = folders(LAST);
    recordOutput(out, cache);
    writeFileSync(join(out, 'plans/a/index.html'), '<h1>A, edited by hand</h1>');
    write(out, { 'stray.html': 'copied in' });
    rmSync(join(out, 'plans/b/index.html'));
    const { removed, started } = checkOutput(out, cache);
    await removed;
    expect(listFiles(out)).toEqual(['index.html', 'pagefind/fragment/x.pf_fragment']);
    expect(started).toBeGreaterThan(Date.now() - 10_000);
    // The record is read once: a build that stops before its end leaves none.
    expect(existsSync(join(cache, 'itscm-output.json'))).toBe(false);
  });

  it("hands the last build's digests on to the offline manifest, and the next record ends them", () => {
    const { out, cache } = folders(LAST);
    const { size, mtimeMs } = statSync(join(out, 'index.html'));
    const digest = 'a'.repeat(64);
    recordOutput(out, cache, new Map([['index.html', { size, mtimeMs, digest }]]));
    checkOutput(out, cache);
    expect([...lastBuild(cache).digests]).toEqual([['index.html', { size, mtimeMs, digest }]]);
    recordOutput(out, cache);
    expect(lastBuild(cache).digests.size).toBe(0);
  });
});

describe('sweepOutput', () => {
  it('removes what the build neither wrote nor kept, and the folders it empties', async () => {
    const { out, cache } = folders(LAST);
    for (const rel of listFiles(out)) age(join(out, rel));
    recordOutput(out, cache);
    const { started, removed } = checkOutput(out, cache);
    await removed;
    // The build: keeps the home page, writes a new plan, and plan b is gone from the content.
    astroKept(cache, ['index.html', 'plans/c/index.html']);
    write(out, { 'plans/c/index.html': '<h1>C</h1>', '_astro/new.css': 'body{}' });
    expect(sweepOutput(out, cache, started)).toBe(3);
    expect(listFiles(out)).toEqual(['_astro/new.css', 'index.html', 'plans/c/index.html']);
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
    expect(existsSync(join(out, 'plans/b'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<h1>Home</h1>');
  });

  it('leaves what it is told to for the step that writes over it', async () => {
    const { out, cache } = folders(LAST);
    for (const rel of listFiles(out)) age(join(out, rel));
    recordOutput(out, cache);
    const { started } = checkOutput(out, cache);
    astroKept(cache, ['index.html']);
    expect(sweepOutput(out, cache, started, (rel) => rel.startsWith('pagefind/'))).toBe(2);
    expect(listFiles(out)).toEqual(['index.html', 'pagefind/fragment/x.pf_fragment']);
  });
});

describe('writeFolder', () => {
  it('leaves a file with the same bytes as it is, writes the rest and removes what is not wanted', () => {
    const { out } = folders({ 'a.json': '1', 'b.json': '2', 'old/c.json': '3' });
    for (const rel of listFiles(out)) age(join(out, rel));
    const before = statSync(join(out, 'a.json')).mtimeMs;
    const files = [
      { path: 'a.json', content: Buffer.from('1') },
      { path: 'b.json', content: Buffer.from('two') },
      { path: 'new/d.json', content: Buffer.from('4') },
    ];
    expect(writeFolder(out, files)).toBe(3);
    expect(listFiles(out)).toEqual(['a.json', 'b.json', 'new/d.json']);
    expect(statSync(join(out, 'a.json')).mtimeMs).toBe(before);
    expect(readFileSync(join(out, 'b.json'), 'utf8')).toBe('two');
    expect(existsSync(join(out, 'old'))).toBe(false);
  });
});

describe('sweepOutput without Astro’s record', () => {
  it('removes nothing rather than a page Astro may have kept', () => {
    const { out, cache } = folders(LAST);
    for (const rel of listFiles(out)) age(join(out, rel));
    expect(sweepOutput(out, cache, Date.now())).toBeUndefined();
    expect(listFiles(out)).toHaveLength(4);
  });
});
