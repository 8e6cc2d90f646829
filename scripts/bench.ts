/**
 * `npm run bench [-- --sizes 2000,10000 --seed 1 --pairs 1]`: prints figures, never fails on time.
 * For the sample organisation (or $ITSCM_CONTENT) and for generated organisations of each size:
 * - load + model time in this process;
 * - the site build and, from the same files in the same run, a bare Astro build
 *   (bench-baseline.ts), in interleaved pairs: wall and CPU time, their ratio, and the peak
 *   memory of each whole process tree (bench-tree.ts), with every process that took part;
 * - what a reader downloads (bench-web.ts, in Chromium): the largest HTML page, the first
 *   search, and what the offline worker fetches on a first visit;
 * - a rebuild after a one-line change to one record, against the cold build.
 * Then the analytics on a 10,000-service organisation, as before.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFolder } from '../src/load/content-folder.ts';
import { resolveContentDir, PROJECT_ROOT, toCacheDir } from '../src/load/build-inputs.ts';
import { buildModel } from '../src/lib/model/build-model.ts';
import { generateOrganisation } from './generate.ts';
import { writeOrganisation } from './gen.ts';
import { runTree, type TreeRun } from './bench-tree.ts';
import { listFiles } from './list-files.ts';
import { writeBaselineProject } from './bench-baseline.ts';
import { firstVisitBytes } from './astro-offline.ts';
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    pairs: { type: 'string', default: '1' },
    'skip-build': { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-analytics': { type: 'boolean', default: false },
  },
});
const BENCH_DIR = join(PROJECT_ROOT, '.bench');
const AS_OF = '2026-11-25';
const NODE = process.execPath;
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** `npm run build`: `astro build`, then the search index and offline manifest. */
const BUILD = join(PROJECT_ROOT, 'scripts/build.ts');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ITSCM_AS_OF: AS_OF };
const rows: string[][] = [
  ['organisation', 'records', 'build s', 'bare s', 'wall x', 'cpu x', 'peak MB', 'bare MB'],
];
const s1 = (x: number) => x.toFixed(1);

function describeTree(label: string, r: TreeRun) {
  const top = r.processes
    .filter((p) => p.peakMB >= 20 || p.cpuS >= 1)
    .map((p) => `${p.name} ${p.peakMB.toFixed(0)} MB ${s1(p.cpuS)} s CPU`);
  console.log(
    `  ${label.padEnd(9)} wall ${s1(r.wallS)} s, CPU ${s1(r.cpuS)} s, whole-tree peak ${r.peakMB.toFixed(0)} MB; ${r.processes.length} processes: ${top.join('; ')}`,
  );
}

/** The project's build of `content` into `out`, cold: no output and no incremental cache. */
async function projectBuild(content: string, out: string, cold = true): Promise<TreeRun> {
  if (cold) {
    rmSync(out, { recursive: true, force: true });
    rmSync(toCacheDir(out), { recursive: true, force: true });
  }
  const r = await runTree(NODE, [BUILD], {
    cwd: PROJECT_ROOT,
    env: { ...env, ITSCM_CONTENT: content, ITSCM_OUT_DIR: out },
  });
  if (r.status !== 0) console.error(`the build of ${content} failed:\n${r.output.slice(-4000)}`);
  return r;
}

/** The bare Astro build of the same files. */
async function baselineBuild(content: string, dir: string): Promise<TreeRun> {
  writeBaselineProject(dir, content);
  const r = await runTree(NODE, [ASTRO, 'build', '--root', dir], { cwd: dir, env });
  if (r.status !== 0) console.error(`the bare build failed:\n${r.output.slice(-4000)}`);
  return r;
}

/** The largest HTML page of a built site: its path and raw size. */
function largestPage(dir: string): { path: string; kb: number; over300: number } {
  let best = { path: '', kb: 0, over300: 0 };
  for (const path of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    const kb = statSync(join(dir, path)).size / 1024;
    if (kb > 300) best.over300++;
    if (kb > best.kb) best = { ...best, path, kb };
  }
  return best;
}

/** What a reader downloads from the site in `dir`, measured in Chromium (bench-web.ts). */
function web(dir: string) {
  const r = spawnSync(NODE, [join(PROJECT_ROOT, 'scripts/bench-web.ts'), dir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH-WEB '));
  if (!line) {
    console.error(`web measurement failed:\n${r.stdout}\n${r.stderr}`);
    return;
  }
  const f = JSON.parse(line.slice(10));
  if (f.skipped) console.log(`  web: skipped (${f.skipped})`);
  else
    console.log(
      `  web: a record page loads ${f.recordPageJsKB.toFixed(1)} KB of JavaScript (gzip, ${f.recordPageScripts} scripts); the first search costs ${f.firstSearchKB.toFixed(1)} KB (gzip, ${f.firstSearchRequests} requests)`,
    );
  const big = largestPage(dir);
  console.log(
    `  pages: the largest HTML page is ${big.path}, ${big.kb.toFixed(0)} KB raw; ${big.over300} page(s) over 300 KB`,
  );
  const first = firstVisitBytes(dir);
  console.log(
    `  offline: a first visit keeps ${first.files} files, ${(first.bytes / 1024).toFixed(0)} KB compressed (shell and search core, beyond the page itself)`,
  );
}

/** A one-line change to one record (a sentence added to a service's body), rebuilt over the last build. */
async function incremental(content: string, out: string, cold: TreeRun) {
  const services = readdirSync(join(content, 'services')).sort();
  const file = join(content, 'services', services[Math.floor(services.length / 2)]);
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, `${before.trimEnd()}\n\nChanged by the bench.\n`);
  try {
    const r = await projectBuild(content, out, false);
    const cached = (r.output.match(/\((cached|restored)\)/g) ?? []).length;
    console.log(
      `  one record changed: rebuilt in ${s1(r.wallS)} s, ${((100 * r.wallS) / cold.wallS).toFixed(0)} % of the cold build; ${cached} pages reused, whole-tree peak ${r.peakMB.toFixed(0)} MB`,
    );
  } finally {
    writeFileSync(file, before);
  }
}

async function measure(label: string, dir: string) {
  const t0 = performance.now();
  const loaded = loadContentFolder(dir);
  const model = buildModel({
    raws: loaded.raws,
    settings: loaded.settings,
    asOf: AS_OF,
    readIssues: loaded.issues,
  });
  const modelSeconds = (performance.now() - t0) / 1000;
  console.log(`\n${label}: ${model.index.size} records, load+model ${modelSeconds.toFixed(2)} s`);
  if (values['skip-build']) return;
  const out = join(BENCH_DIR, `out-${label.replace(/\W+/g, '-')}`);
  let project: TreeRun | undefined;
  let bare: TreeRun | undefined;
  // Interleaved pairs, so a noisy neighbour slows both alike.
  for (let i = 0; i < Math.max(1, Number(values.pairs)); i++) {
    project = await projectBuild(dir, out);
    describeTree('build', project);
    if (!values['skip-baseline']) {
      bare = await baselineBuild(dir, join(BENCH_DIR, 'baseline'));
      describeTree('bare', bare);
    }
  }
  if (!project) return;
  if (bare)
    console.log(
      `  ratio: wall ${(project.wallS / bare.wallS).toFixed(2)}x, CPU ${(project.cpuS / bare.cpuS).toFixed(2)}x the bare Astro build of the same files`,
    );
  web(out);
  await incremental(dir, out, project);
  rows.push([
    label,
    String(model.index.size),
    s1(project.wallS),
    bare ? s1(bare.wallS) : '-',
    bare ? (project.wallS / bare.wallS).toFixed(2) : '-',
    bare ? (project.cpuS / bare.cpuS).toFixed(2) : '-',
    project.peakMB.toFixed(0),
    bare ? bare.peakMB.toFixed(0) : '-',
  ]);
}

console.log(
  `Machine: ${(await import('node:os')).cpus().length} cores, ${((await import('node:os')).totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
await measure('sample', resolveContentDir());
for (const size of values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0)) {
  const dir = join(BENCH_DIR, `gen-${size}`);
  writeOrganisation(dir, generateOrganisation({ services: size, seed: Number(values.seed) }));
  await measure(`generated ${size} services`, dir);
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
    rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(26) : c.padStart(9))).join('')).join('\n'),
);
