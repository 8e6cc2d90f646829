/** Global setup of the site tests: builds the sample organisation once into .test-dist/sample. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, TEST_DIST } from './astro-build.ts';

export default function setup(project: TestProject) {
  rmSync(TEST_DIST, { recursive: true, force: true });
  const out = join(TEST_DIST, 'sample');
  // The confidential edition: every record, so every page template can be tested.
  const r = astroBuild({ ITSCM_OUT_DIR: out, ITSCM_EDITION: 'confidential' });
  if (r.status !== 0) throw new Error(`The sample site did not build:\n${r.output}`);
  project.provide('sampleDist', out);
}

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
  }
}
