import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

const SAMPLE = join(PROJECT_ROOT, 'src/content');

describe('loadContentFolder', () => {
  it('reads each record file, the settings and the glossary once, keeping the text of every .mdx', () => {
    const loaded = loadContentFolder(SAMPLE);
    expect(loaded.filesRead).toBe(loaded.raws.length + 2);
    expect(loaded.otherSources.has('glossary.yaml')).toBe(true);
    expect(loaded.mdxSources.size).toBe(loaded.raws.filter((r) => r.file.endsWith('.mdx')).length);
    const ledger = loaded.mdxSources.get('services/ledger-db.mdx')!;
    const raw = loaded.raws.find((r) => r.file === 'services/ledger-db.mdx')!;
    expect(ledger.endsWith(raw.body)).toBe(true);
  });

  it('gives the same digest for the same files and another for other files', () => {
    expect(loadContentFolder(SAMPLE).digest).toBe(loadContentFolder(SAMPLE).digest);
    expect(loadContentFolder(join(PROJECT_ROOT, 'test/fixtures/minimal')).digest).not.toBe(
      loadContentFolder(SAMPLE).digest,
    );
  });

  it('reports a missing folder as a content error, reading nothing', () => {
    const loaded = loadContentFolder(join(PROJECT_ROOT, 'no-such-folder'));
    expect(loaded.issues.map((i) => i.rule)).toEqual(['no-content']);
    expect(loaded.filesRead).toBe(0);
  });
});
