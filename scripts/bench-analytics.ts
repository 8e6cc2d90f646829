/**
 * Child process of bench.ts: loads one organisation, runs every analysis once (cold, as a
 * build does), prints the time of each, the garbage-collection pauses inside them, memory, and
 * the sizes of what was computed, as JSON.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { loadContentFolder } from '../src/load/content-folder.ts';
import { buildModel } from '../src/lib/model/build-model.ts';
import { analyse } from '../src/lib/analytics/analyse.ts';
import { toApiDocuments } from '../src/lib/render/api.ts';
import { publish } from '../src/lib/publish/publish.ts';

const dir = process.argv[2];
const t0 = performance.now();
const loaded = loadContentFolder(dir);
const model = buildModel({
  raws: loaded.raws,
  settings: loaded.settings,
  asOf: '2026-11-25',
  readIssues: loaded.issues,
});
const loadMs = performance.now() - t0;
// Collect the loader's garbage first, so it is not charged to the analyses (bench.ts runs this with --expose-gc).
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const steps: Record<string, number> = {};
let gcMs = 0;
const gcs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
});
gcs.observe({ entryTypes: ['gc'] });
const t1 = performance.now();
const analysis = analyse(model, (step, ms) => {
  steps[step] = ms;
});
const analyseMs = performance.now() - t1;
const rssAfter = process.memoryUsage().rss;
const peakAnalysesMB = process.resourceUsage().maxRSS / 1024;
await new Promise((resolve) => setTimeout(resolve, 50)); // let the observer report the pauses
gcs.disconnect();
const t2 = performance.now();
const docs = toApiDocuments(publish(model, analysis, 'confidential'));
const apiMs = performance.now() - t2;
console.log(
  `BENCH ${JSON.stringify({
    records: model.index.size,
    edges:
      analysis.recovery.graph.hard.reduce((n, d) => n + d.length, 0) +
      analysis.recovery.graph.soft.reduce((n, d) => n + d.length, 0),
    loadMs,
    analyseMs,
    steps,
    gcMs,
    apiMs,
    apiDocuments: docs.size,
    sizes: {
      services: model.byKind.services.length,
      functions: model.byKind.bia.length,
      risks: model.byKind.risks.length,
      plans: model.byKind.plans.length,
      scenarios: analysis.scenarios.length,
      scenarioEntries: analysis.scenarios.reduce(
        (n, x) => n + x.counts.functions + x.counts.services,
        0,
      ),
      reviewItems: analysis.reviews.length,
      gaps: analysis.gaps.length,
    },
    rssGrowthMB: (rssAfter - rssBefore) / 2 ** 20,
    peakAnalysesMB,
    peakMB: process.resourceUsage().maxRSS / 1024,
  })}`,
);
