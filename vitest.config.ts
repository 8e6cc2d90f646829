import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/site/**', 'test/e2e/**'],
          // Some unit tests run the command-line scripts as child processes: on two busy cores
          // each takes seconds, so the default 5 s would fail them for being slow, not wrong.
          testTimeout: 30_000,
        },
      },
      {
        // Builds the sample site once (global setup), then checks the output and drives it in Chromium.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/site/build-sample.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Astro builds and a browser on two cores: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
