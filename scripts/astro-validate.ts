/**
 * Astro integration: validates the whole content folder before Astro reads it, prints every
 * problem, and stops the build on errors. Astro's own schema check stops at the first bad
 * entry; this one reports them all.
 */
import type { AstroIntegration } from 'astro';
import { loadModel, printIssues } from './load-model.ts';

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
        logger.info(
          `content as of ${model.asOf}, ${model.edition} edition: ${model.index.size} records${model.left ? ` (${model.left} above the edition left out)` : ''}`,
        );
      },
    },
  };
}
