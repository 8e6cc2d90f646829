/**
 * `npm run bench [-- --sizes 1000,5000 --seed 1]`: prints figures, never fails on time.
 * For the sample organisation (or $ITSCM_CONTENT) and for generated organisations of each
 * size: content load + model build time, and full site build time and peak memory.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFolder } from '../src/load/content-folder.ts';
import { resolveContentDir, PROJECT_ROOT } from '../src/load/build-inputs.ts';
import { buildModel } from '../src/lib/model/build-model.ts';
import { generateOrganisation } from './generate.ts';
import { writeOrganisation } from './gen.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    'skip-analytics': { type: 'boolean', default: false },
  },
});
const BENCH_DIR = join(PROJECT_ROOT, '.bench');
const rows: string[][] = [['organisation', 'records', 'load+model s', 'site build s', 'peak MB']];

function measure(label: string, dir: string) {
  const t0 = performance.now();
  const loaded = loadContentFolder(dir);
  const model = buildModel({
    raws: loaded.raws,
    settings: loaded.settings,
    asOf: '2026-11-25',
    readIssues: loaded.issues,
  });
  const modelSeconds = (performance.now() - t0) / 1000;
  let buildSeconds = '-';
  let peak = '-';
  if (!values['skip-build']) {
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/bench-build.ts')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ITSCM_AS_OF: '2026-11-25',
        ITSCM_CONTENT: dir,
        ITSCM_OUT_DIR: join(BENCH_DIR, 'dist'),
      },
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
    if (r.status !== 0 || !line) {
      console.error(`build of ${label} failed:\n${r.stdout}\n${r.stderr}`);
    } else {
      const figures = JSON.parse(line.slice(6)) as { seconds: number; peakMB: number };
      buildSeconds = figures.seconds.toFixed(1);
      peak = figures.peakMB.toFixed(0);
    }
  }
  rows.push([label, String(model.index.size), modelSeconds.toFixed(2), buildSeconds, peak]);
  console.log(
    `${label}: ${model.index.size} records, load+model ${modelSeconds.toFixed(2)} s, build ${buildSeconds} s, peak ${peak} MB`,
  );
}

measure('sample', resolveContentDir());
if (!values['skip-build']) {
  // What readers download, measured on the sample site just built.
  const r = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts/bench-web.ts'), join(BENCH_DIR, 'dist')],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH-WEB '));
  if (!line) console.error(`web measurement failed:\n${r.stdout}\n${r.stderr}`);
  else {
    const f = JSON.parse(line.slice(10));
    if (f.skipped) console.log(`web: skipped (${f.skipped})`);
    else
      console.log(
        `web: a record page loads ${f.recordPageJsKB.toFixed(1)} KB of JavaScript (gzip, ${f.recordPageScripts} scripts) before interaction; the first search costs ${f.firstSearchKB.toFixed(1)} KB (gzip, ${f.firstSearchRequests} requests)`,
      );
  }
}
for (const size of values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0)) {
  const dir = join(BENCH_DIR, `gen-${size}`);
  writeOrganisation(dir, generateOrganisation({ services: size, seed: Number(values.seed) }));
  measure(`generated ${size} services`, dir);
}
if (!values['skip-analytics']) {
  // The analytics target: 10,000 services, 50,000 dependency edges, 2,000 functions, 10,000 risks, 1,000 plans.
  const dir = join(BENCH_DIR, 'gen-analytics');
  writeOrganisation(
    dir,
    generateOrganisation({
      services: 10_000,
      edges: 50_000,
      functions: 2_000,
      risks: 10_000,
      plans: 1_000,
      seed: Number(values.seed),
    }),
  );
  // Each run is a fresh process, cold like a build; the machine is noisy, so print the median and the spread.
  const runs: {
    analyseMs: number;
    steps: Record<string, number>;
    gcMs: number;
    apiMs: number;
    apiDocuments: number;
    rssGrowthMB: number;
    peakAnalysesMB: number;
    peakMB: number;
    loadMs: number;
    records: number;
    edges: number;
    sizes: Record<string, number>;
  }[] = [];
  for (let i = 0; i < Math.max(1, Number(values.runs)); i++) {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', join(PROJECT_ROOT, 'scripts/bench-analytics.ts'), dir],
      { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
    if (r.status !== 0 || !line) {
      console.error(`analytics benchmark failed:\n${r.stdout}\n${r.stderr}`);
      break;
    }
    runs.push(JSON.parse(line.slice(6)));
  }
  if (runs.length > 0) {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
    const f = runs[0];
    console.log(
      `\nAnalytics on ${f.records} records (${f.edges} dependency edges): ${Object.entries(f.sizes)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    console.log(
      `  load+model ${(median(runs.map((r) => r.loadMs)) / 1000).toFixed(2)} s; medians of ${runs.length} cold runs:`,
    );
    for (const step of Object.keys(f.steps))
      console.log(`  ${step.padEnd(12)} ${ms(median(runs.map((r) => r.steps[step])))}`);
    const all = runs.map((r) => r.analyseMs);
    console.log(
      `  ${'all analyses'.padEnd(12)} ${ms(median(all))} (runs ${all.map((x) => x.toFixed(0)).join(', ')}; garbage collection ${median(runs.map((r) => r.gcMs)).toFixed(0)} ms of it)`,
    );
    console.log(
      `  ${'memory'.padEnd(12)} ${median(runs.map((r) => r.rssGrowthMB))
        .toFixed(0)
        .padStart(
          6,
        )} MB growth during the analyses; process peak ${Math.max(...runs.map((r) => r.peakAnalysesMB)).toFixed(0)} MB after loading the 25,000 files and analysing, ${Math.max(...runs.map((r) => r.peakMB)).toFixed(0)} MB after the API JSON`,
    );
    console.log(
      `  ${'api json'.padEnd(12)} ${ms(median(runs.map((r) => r.apiMs)))} for ${f.apiDocuments} documents (this also makes the scenario item lists, which the analysis keeps as typed arrays)`,
    );
  }
}
console.log(
  '\n' +
    rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(26) : c.padStart(13))).join('')).join('\n'),
);
