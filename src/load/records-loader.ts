/**
 * The loader of every collection (one per kind): feeds Astro's content store from the current
 * build (site-build.ts), so Astro reads and parses no content file of its own. The store
 * serves one purpose, rendering bodies with `render(entry)` (src/site/model.ts); pages read
 * records from the model. So an entry carries no frontmatter (people's phone numbers stay out
 * of Astro's cache) and only the records of the edition being built:
 * - .mdx: `deferredRender`; Vite compiles the body when a page renders it, from the copy the
 *   build read (the content integration serves it), not from the file.
 * - .md: rendered here with the site's Markdown pipeline, as glob() would; the HTML is kept
 *   while the body and the path stay the same.
 * Each load replaces the whole collection: no entry from another content folder or edition
 * survives, and Astro rewrites .astro/content-modules.mjs from this store at the end of every
 * sync, whatever another cache wrote there before.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Kind } from '../lib/schema/index.ts';
import { getSiteBuild } from './site-build.ts';

/** The loader's name, for `refreshContent({ loaders: [...] })`. */
export const RECORDS_LOADER = 'itscm-records';

/** A loader for the records of one kind. */
export function recordsLoader(kind: Kind): Loader {
  return {
    name: RECORDS_LOADER,
    async load({ store, meta, config, renderMarkdown, generateDigest }) {
      const previous = new Map(store.entries());
      store.clear();
      const build = getSiteBuild();
      // `astro sync` and `astro check` run without a build: they need the collections' types only.
      if (!build) return;
      const root = fileURLToPath(config.root);
      for (const entry of build.model.byKind[kind]) {
        const path = join(build.dir, entry.file);
        const filePath = relative(root, path).split(sep).join('/');
        const digest = generateDigest(`${filePath}\0${entry.body}`);
        if (entry.file.endsWith('.mdx')) {
          store.set({ id: entry.id, data: {}, filePath, digest, deferredRender: true });
          continue;
        }
        const old = previous.get(entry.id);
        const rendered =
          old?.digest === digest && old.rendered
            ? old.rendered
            : // renderMarkdown strips a leading frontmatter block: an empty one keeps a body that
              // starts with a "---" rule intact.
              await renderMarkdown(`---\n---\n${entry.body}`, { fileURL: pathToFileURL(path) });
        store.set({ id: entry.id, data: {}, filePath, digest, rendered });
      }
      // Changes the store whenever the model does, so `astro dev` reloads pages after any edit.
      meta.set('build', build.digest);
    },
  };
}
