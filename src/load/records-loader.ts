/**
 * The loader of every collection (one per kind): feeds Astro's content store from the current
 * build (site-build.ts), so Astro reads and parses no content file of its own. The store
 * serves one purpose, rendering bodies with `render(entry)` (src/site/model.ts); pages read
 * records from the model. So an entry carries no frontmatter (people's phone numbers stay out
 * of Astro's cache) and only the records of the edition being built:
 * - .mdx: `deferredRender`; Vite compiles the body when a page renders it, from the copy the
 *   build read (the content integration serves it), not from the file.
 * - .md: rendered here with the site's Markdown pipeline, as glob() would; in `astro dev` the
 *   HTML is kept while the body and the path stay the same. Never across processes: what a body
 *   renders to also depends on the build (Chromium for mermaid, ITSCM_MERMAID).
 * Each load replaces the whole collection: no entry from another content folder or edition
 * survives, and Astro rewrites .astro/content-modules.mjs from this store at the end of every
 * sync, whatever another cache wrote there before.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Kind } from '../lib/schema/index.ts';
import { getSiteBuild } from './site-build.ts';
import { isInEdition } from '../lib/model/edition.ts';

type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** The loader's name, for `refreshContent({ loaders: [...] })`. */
export const RECORDS_LOADER = 'itscm-records';

/** A loader for the records of one kind. */
export function recordsLoader(kind: Kind): Loader {
  const renderedById = new Map<string, { digest: string; rendered: RenderedContent }>();
  return {
    name: RECORDS_LOADER,
    async load({ store, meta, config, renderMarkdown, generateDigest }) {
      store.clear();
      const build = getSiteBuild();
      // `astro sync` and `astro check` run without a build: they need the collections' types only.
      if (!build) return;
      const root = fileURLToPath(config.root);
      for (const entry of build.model.byKind[kind]) {
        // The model is the whole organisation's; the store holds what the edition shows.
        if (!isInEdition(entry.data.classification, build.edition)) continue;
        const path = join(build.dir, entry.file);
        const filePath = relative(root, path).split(sep).join('/');
        const digest = generateDigest(`${filePath}\0${entry.body}`);
        if (entry.file.endsWith('.mdx')) {
          store.set({ id: entry.id, data: {}, filePath, digest, deferredRender: true });
          continue;
        }
        let rendered = renderedById.get(entry.id);
        if (rendered?.digest !== digest) {
          // renderMarkdown strips a leading frontmatter block: an empty one keeps a body that
          // starts with a "---" rule intact.
          const md = `---\n---\n${entry.body}`;
          rendered = {
            digest,
            rendered: await renderMarkdown(md, { fileURL: pathToFileURL(path) }),
          };
          renderedById.set(entry.id, rendered);
        }
        store.set({ id: entry.id, data: {}, filePath, digest, rendered: rendered.rendered });
      }
      // Changes the store whenever the model does, so `astro dev` reloads pages after any edit.
      meta.set('build', build.digest);
    },
  };
}
