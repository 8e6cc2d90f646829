import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { recordsLoader } from '../../src/load/records-loader.ts';
import { loadSiteBuild } from '../../src/load/load-model.ts';
import { countModelBuilds, getSiteBuild } from '../../src/load/site-build.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

//   teams/ops.md          internal, Markdown body
//   services/app.mdx      internal, MDX body
//   services/vault.md     confidential: left out of the internal edition
const FILES: Record<string, string> = {
  'teams/ops.md': '---\ntitle: Operations\nowner: ops\n---\nThe operations team.\n',
  'services/app.mdx':
    '---\ntitle: App\nowner: ops\nkind: application\nrto: 2h\n---\n# App\n\nBody.\n',
  'services/vault.md':
    '---\ntitle: Vault\nowner: ops\nkind: platform\nclassification: confidential\n---\nSecret.\n',
};

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'itscm-loader-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
});

type Stored = Parameters<LoaderContext['store']['set']>[0];

/** A loader context over an in-memory store; counts what it renders. */
function fakeContext(entries = new Map<string, Stored>()) {
  const meta = new Map<string, string>();
  const rendered: string[] = [];
  const context = {
    store: {
      entries: () => [...entries],
      clear: () => entries.clear(),
      set: (e: Stored) => (entries.set(e.id, e), true),
    },
    meta: { set: (k: string, v: string) => meta.set(k, v) },
    config: { root: pathToFileURL(`${PROJECT_ROOT}/`) },
    renderMarkdown: async (md: string) => {
      rendered.push(md);
      return { html: `<p>${md.trim().split('\n').pop()}</p>` };
    },
    generateDigest: (s: string) => s,
  } as unknown as LoaderContext;
  return { context, entries, meta, rendered };
}

const build = () => loadSiteBuild({ ITSCM_CONTENT: dir, ITSCM_AS_OF: '2026-11-25' });

describe('recordsLoader', () => {
  it('leaves the store empty without a build (astro sync, astro check)', async () => {
    expect(getSiteBuild()).toBeUndefined();
    const { context, entries } = fakeContext(
      new Map([['stale', { id: 'stale', data: {}, filePath: 'gone/stale.mdx' }]]),
    );
    await recordsLoader('services').load(context);
    expect([...entries.keys()]).toEqual([]);
  });

  it("stores the edition's records without frontmatter: .mdx deferred, .md rendered", async () => {
    const b = build();
    expect(b.edition).toBe('internal');
    expect(b.model.index.has('services/vault')).toBe(true); // the model is whole; the store is the edition's
    const services = fakeContext();
    await recordsLoader('services').load(services.context);
    expect([...services.entries.values()]).toEqual([
      {
        id: 'app',
        data: {},
        filePath: relative(PROJECT_ROOT, join(dir, 'services/app.mdx')),
        digest: expect.any(String),
        deferredRender: true,
      },
    ]);
    expect(services.meta.get('build')).toBe(b.digest);
    const teams = fakeContext();
    await recordsLoader('teams').load(teams.context);
    expect(teams.entries.get('ops')).toMatchObject({
      data: {},
      rendered: { html: '<p>The operations team.</p>' },
    });
  });

  it('replaces the whole collection: no entry or path from another folder survives', async () => {
    build();
    const stale = new Map<string, Stored>([
      ['old', { id: 'old', data: {}, filePath: '../gone/services/old.mdx', deferredRender: true }],
      ['app', { id: 'app', data: {}, filePath: '../gone/services/app.mdx', deferredRender: true }],
    ]);
    const { context, entries } = fakeContext(stale);
    await recordsLoader('services').load(context);
    expect([...entries.keys()]).toEqual(['app']);
    expect(entries.get('app')?.filePath).toBe(
      relative(PROJECT_ROOT, join(dir, 'services/app.mdx')),
    );
  });

  it('renders a Markdown body once per process while the body and its path stay the same', async () => {
    build();
    const teams = fakeContext();
    const loader = recordsLoader('teams');
    await loader.load(teams.context);
    await loader.load(teams.context);
    expect(teams.rendered).toHaveLength(1);
    // Another process (a new loader) renders again: the HTML may depend on how it builds.
    await recordsLoader('teams').load(teams.context);
    expect(teams.rendered).toHaveLength(2);
  });

  it('counts one model per load of the site', () => {
    const before = countModelBuilds();
    build();
    expect(countModelBuilds()).toBe(before + 1);
  });
});
