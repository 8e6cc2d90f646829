/**
 * `npm run bundle`: packs the built site (dist/, or $ITSCM_OUT_DIR) with a dependency-free
 * server into one archive for USB sticks and laptops kept off the network:
 *   bundle/itscm-site-<edition>-<asOf>.tar.gz  ->  site/, serve.mjs, README.txt
 * Unpack and run:  tar -xzf itscm-site-*.tar.gz && node serve.mjs   (then open http://127.0.0.1:4321/)
 * or, without Node:  cd site && python3 -m http.server 4321 --bind 127.0.0.1
 * The archive is reproducible: sorted names, fixed dates and owners, gzip without a timestamp.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';

const site = resolve(process.env.ITSCM_OUT_DIR || join(PROJECT_ROOT, 'dist'));
if (!existsSync(join(site, 'index.html')))
  throw new Error(`No built site in ${site}: run npm run build first (npm run bundle does both).`);
const index = JSON.parse(readFileSync(join(site, 'api/v1/index.json'), 'utf8')) as { asOf: string };
const edition =
  readFileSync(join(site, 'index.html'), 'utf8').match(/data-edition="([a-z]+)"/)?.[1] ?? 'site';
const stage = mkdtempSync(join(tmpdir(), 'itscm-bundle-'));
cpSync(site, join(stage, 'site'), { recursive: true });
copyFileSync(join(PROJECT_ROOT, 'scripts/serve.mjs'), join(stage, 'serve.mjs'));
writeFileSync(
  join(stage, 'README.txt'),
  [
    'IT service continuity knowledge base: offline copy',
    `Data as of ${index.asOf} (${edition} edition).`,
    '',
    'To read it:  node serve.mjs        then open http://127.0.0.1:4321/ (needs Node 18 or later)',
    'Without Node: cd site && python3 -m http.server 4321 --bind 127.0.0.1',
    'Team go-bags open straight from the files: site/go-bags/<team>/index.html',
    '',
  ].join('\n'),
);
const epoch = String(Math.floor(Date.parse(`${index.asOf}T00:00:00Z`) / 1000));
const tar = spawnSync(
  'tar',
  [
    '--sort=name',
    `--mtime=@${epoch}`,
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '-cf',
    '-',
    '-C',
    stage,
    'README.txt',
    'serve.mjs',
    'site',
  ],
  { maxBuffer: 2 ** 31 - 1 },
);
if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
const out = join(
  process.env.ITSCM_BUNDLE_DIR || join(PROJECT_ROOT, 'bundle'),
  `itscm-site-${edition}-${index.asOf}.tar.gz`,
);
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, gzipSync(tar.stdout, { level: 9 }));
rmSync(stage, { recursive: true, force: true });
console.log(
  `Wrote ${out}\nOn the laptop: tar -xzf ${out.split('/').pop()} && node serve.mjs   (then open http://127.0.0.1:4321/)`,
);
