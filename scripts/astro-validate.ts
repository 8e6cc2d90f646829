/**
 * Astro integration: validates the whole content folder before Astro reads it, prints every
 * problem, and stops the build on errors. Astro's own schema check stops at the first bad
 * entry; this one reports them all.
 */
import type { AstroIntegration } from 'astro';
import { loadModel, printIssues, resolveEdition } from './load-model.ts';
import { listLeftOut } from '../src/lib/model/edition.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'itscm-validate-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // `astro check` and `astro sync` leave content to scripts/check.ts.
        if (command !== 'build' && command !== 'dev') return;
        const { model, dir } = loadModel();
        const errors = printIssues(model.issues, dir, (s) => logger.info(s));
        if (errors && command === 'build') {
          throw new Error(
            `${errors} content error(s): the build stops. Fix them (listed above) and build again; npm run check shows the same list.`,
          );
        }
        const edition = resolveEdition();
        const left = listLeftOut(model, edition).size;
        logger.info(
          `content as of ${model.asOf}, ${edition} edition: ${model.index.size} records${left ? ` (${left} above the edition not named in the output)` : ''}`,
        );
      },
    },
  };
}
