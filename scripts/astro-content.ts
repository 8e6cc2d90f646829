/**
 * Astro integration: the one read of the content folder per build. When `astro build` or
 * `astro dev` starts, it reads every file and builds the model once (src/load/load-model.ts),
 * prints every problem, and stops the build on errors: Astro's own schema check would stop at
 * the first bad entry. The build it made is handed to the collections' loader and to the pages
 * (src/load/site-build.ts). During the build, Vite compiles MDX bodies from the copy read here
 * instead of reading the files again. In dev, a change under the content folder reloads it and
 * refreshes the collections.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { loadSiteBuild, printBuildIssues } from '../src/load/load-model.ts';
import { countModelBuilds, getSiteBuild, type SiteBuild } from '../src/load/site-build.ts';
import { RECORDS_LOADER } from '../src/load/records-loader.ts';
import { toMdxSource } from '../src/load/mdx-source.ts';
import { listLeftOut } from '../src/lib/model/edition.ts';
import { sortIssues } from '../src/lib/model/issue.ts';
import { checkBodies } from '../src/load/check-bodies.ts';
import { mermaidPlugin } from './mermaid-plugin.ts';

/** A content error in `astro build`: the problems are printed already, so no stack trace. */
class ContentErrors extends Error {
  constructor(count: number) {
    super(
      `${count} content error(s): the build stops. Fix them (listed above) and build again; npm run check shows the same list.`,
    );
    this.name = 'ContentErrors';
    this.stack = '';
  }
}

/**
 * Loads the content and prints its problems, then a summary line (one line per model built).
 * In `astro build`, content errors stop the build before the summary.
 */
async function load(logger: AstroIntegrationLogger, command: 'build' | 'dev'): Promise<SiteBuild> {
  const build = loadSiteBuild();
  const { model } = build;
  // Bodies are compiled first as the check compiles them, so a body the build cannot render is
  // reported with its file, line and column, as `npm run check` reports it.
  const bodies = await checkBodies(build.loaded, [mermaidPlugin]);
  const errors = printBuildIssues(sortIssues([...build.issues, ...bodies]), build.dir, (s) =>
    logger.info(s),
  );
  if (errors && command === 'build') throw new ContentErrors(errors);
  const left = listLeftOut(model, build.edition).size;
  logger.info(
    `content as of ${model.asOf}, ${build.edition} edition: ${model.index.size} records${left ? ` (${left} above the edition: counted, not named)` : ''}`,
  );
  logger.info(build.gitSummary);
  if (errors) logger.warn('pages show an error until the content errors are fixed');
  return build;
}

/** Vite plugin (build only): MDX files of the current build are loaded from the copy read once. */
function mdxFromBuild(compiled: Set<string>): Plugin {
  return {
    name: 'itscm-mdx-from-build',
    enforce: 'pre',
    load: {
      filter: { id: /\.mdx(\?astroPropagatedAssets)?$/ },
      handler(id) {
        const [path, query] = id.split('?');
        const text = getSiteBuild()?.mdxSources.get(path);
        if (text === undefined) return null;
        // Astro replaces this module's code with its own; it only needs something to start from.
        if (query) return '';
        const source = toMdxSource(text);
        if (source === undefined) return null;
        compiled.add(path);
        return source;
      },
    },
  };
}

export function contentIntegration(): AstroIntegration {
  const compiled = new Set<string>();
  let dev: { dir: string; logger: AstroIntegrationLogger } | undefined;
  return {
    name: 'itscm-content',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        // `astro check` and `astro sync` leave content to `npm run check` (check.ts).
        if (command !== 'build' && command !== 'dev') return;
        const build = await load(logger, command);
        if (command === 'build') updateConfig({ vite: { plugins: [mdxFromBuild(compiled)] } });
        else dev = { dir: build.dir, logger };
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        if (!dev || !refreshContent) return;
        const { dir, logger } = dev;
        const inContent = (path: string) =>
          path.startsWith(`${dir}/`) && /\.(md|mdx|yaml)$/.test(path);
        let timer: NodeJS.Timeout | undefined;
        let reloading = Promise.resolve();
        const reload = () => {
          reloading = reloading.then(async () => {
            try {
              await load(logger, 'dev');
              await refreshContent({ loaders: [RECORDS_LOADER] });
            } catch (e) {
              logger.error((e as Error).message);
            }
          });
        };
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (!inContent(path)) return;
          clearTimeout(timer);
          timer = setTimeout(reload, 50);
        });
      },
      'astro:build:done': ({ logger }) => {
        const build = getSiteBuild();
        const mdx = Object.values(build?.model.byKind ?? {})
          .flat()
          .filter((e) => e.file.endsWith('.mdx')).length;
        logger.info(
          `model built ${countModelBuilds()} time(s), ${build?.filesRead ?? 0} content files read once; ${compiled.size} of ${mdx} MDX files compiled from that read`,
        );
      },
    },
  };
}
