import { describe, it, expect, onTestFinished } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { digestAside, digestFiles } from '../../scripts/file-digests.ts';

const FILES: Record<string, string> = {
  'index.html': '<h1>Home</h1>',
  'plans/p/index.html': '<h1>P</h1>',
  'big.bin': 'x'.repeat(3 * (1 << 20) + 17),
  'pagefind/pagefind.js': 'export{}',
};
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'digests-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('digestFiles', () => {
  it('gives the SHA-256 of each file in the order asked, however many chunks it takes', () => {
    const dir = site();
    const rels = ['plans/p/index.html', 'big.bin', 'index.html'];
    const d = digestFiles(dir, rels);
    expect([...d.keys()]).toEqual(rels);
    for (const rel of rels) {
      expect(d.get(rel)?.digest, rel).toBe(sha(FILES[rel]));
      expect(d.get(rel)?.size).toBe(statSync(join(dir, rel)).size);
    }
  });

  it('keeps a known digest when size and time match, and reads the file when either differs', () => {
    const dir = site();
    const { size, mtimeMs } = statSync(join(dir, 'index.html'));
    const known = new Map([
      ['index.html', { size, mtimeMs, digest: 'as recorded' }],
      ['plans/p/index.html', { size: 1, mtimeMs, digest: 'stale' }],
    ]);
    const d = digestFiles(dir, ['index.html', 'plans/p/index.html'], known);
    expect(d.get('index.html')?.digest).toBe('as recorded');
    expect(d.get('plans/p/index.html')?.digest).toBe(sha(FILES['plans/p/index.html']));
  });
});

describe('digestAside', () => {
  it('digests, in a worker, every file but those still being written', async () => {
    const dir = site();
    const aside = await digestAside(dir, /^pagefind\//);
    expect([...aside.keys()].sort()).toEqual(['big.bin', 'index.html', 'plans/p/index.html']);
    expect(aside).toEqual(digestFiles(dir, [...aside.keys()]));
  });

  it('resolves with nothing, not an error, when the folder cannot be read', async () => {
    expect((await digestAside(join(tmpdir(), 'no-such-site-here'), /^$/)).size).toBe(0);
  });
});
