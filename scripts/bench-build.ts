/** Child process of bench.ts: one Astro build in-process, then its time and peak memory as JSON. */
import { build } from 'astro';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';

const start = performance.now();
await build({ root: PROJECT_ROOT, logLevel: 'error' });
const seconds = (performance.now() - start) / 1000;
console.log(`BENCH ${JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024 })}`);
