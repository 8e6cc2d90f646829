/** Child process of bench.ts: loads one organisation, runs every analysis, prints the time of each and peak memory as JSON. */
import { loadContentFolder } from './content.ts';
import { buildModel } from '../src/lib/model/build-model.ts';
import { analyse } from '../src/lib/analytics/analyse.ts';
import { toApiDocuments } from '../src/lib/render/api.ts';

const dir = process.argv[2];
const t0 = performance.now();
const loaded = loadContentFolder(dir);
const model = buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: '2026-11-25', readIssues: loaded.issues });
const loadMs = performance.now() - t0;
// Collect the loader's garbage first, so it is not charged to the analyses (bench.ts runs this with --expose-gc).
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const steps: Record<string, number> = {};
const t1 = performance.now();
const analysis = analyse(model, (step, ms) => { steps[step] = ms; });
const analyseMs = performance.now() - t1;
const rssAfter = process.memoryUsage().rss;
const t2 = performance.now();
const docs = toApiDocuments(model, analysis);
const apiMs = performance.now() - t2;
console.log(`BENCH ${JSON.stringify({
  records: model.index.size, edges: analysis.recovery.graph.hard.reduce((n, d) => n + d.length, 0) + analysis.recovery.graph.soft.reduce((n, d) => n + d.length, 0),
  loadMs, analyseMs, steps, apiMs, apiDocuments: docs.size, rssGrowthMB: (rssAfter - rssBefore) / 2 ** 20, peakMB: process.resourceUsage().maxRSS / 1024,
})}`);
