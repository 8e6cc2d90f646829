/**
 * Global setup of the site tests: builds the sample organisation once into .test-dist/sample
 * (confidential edition, `astro build`) and .test-dist/sample-internal (the default edition,
 * `npm run build`).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, siteBuild, TEST_DIST } from './astro-build.ts';

export default function setup(project: TestProject) {
  rmSync(TEST_DIST, { recursive: true, force: true });
  const out = join(TEST_DIST, 'sample');
  // The confidential edition: every record, so every page template can be tested.
  const r = astroBuild({ ITSCM_OUT_DIR: out, ITSCM_EDITION: 'confidential' });
  if (r.status !== 0) throw new Error(`The sample site did not build:\n${r.output}`);
  project.provide('sampleDist', out);
  // The default edition, as staff browse it, built as `npm run build` builds: the incident
  // journey is tested on it.
  const internal = join(TEST_DIST, 'sample-internal');
  const ri = siteBuild({ ITSCM_OUT_DIR: internal, ITSCM_EDITION: 'internal' });
  if (ri.status !== 0) throw new Error(`The internal sample site did not build:\n${ri.output}`);
  project.provide('internalDist', internal);
}

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
    internalDist: string;
  }
}
