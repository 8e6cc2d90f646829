/**
 * Preload for a child build (`node --import ./count-reads.mjs`): counts how often each file
 * under $ITSCM_COUNT_READS_DIR is opened or read through node:fs, by anyone in the process
 * (our reader, Astro, Vite, plugins), and writes the counts as JSON ({ "services/x.mdx": 1 })
 * to $ITSCM_COUNT_READS_OUT when the process exits.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(process.env.ITSCM_COUNT_READS_DIR ?? '.') + sep;
const out = process.env.ITSCM_COUNT_READS_OUT;
const counts = {};

function count(target) {
  let path;
  if (typeof target === 'string') path = target;
  else if (target instanceof URL) path = fileURLToPath(target);
  else if (Buffer.isBuffer(target)) path = target.toString();
  else return;
  const abs = resolve(path);
  if (abs.startsWith(dir)) {
    const file = abs.slice(dir.length);
    counts[file] = (counts[file] ?? 0) + 1;
  }
}

// readFileSync without an encoding opens the file through fs.openSync: one read, counted once.
let depth = 0;
function wrap(owner, name) {
  const original = owner[name];
  owner[name] = function (target, ...rest) {
    if (depth === 0) count(target);
    depth++;
    try {
      return original.call(this, target, ...rest);
    } finally {
      depth--;
    }
  };
}

for (const name of ['readFileSync', 'readFile', 'createReadStream', 'openSync', 'open'])
  wrap(fs, name);
for (const name of ['readFile', 'open']) wrap(fs.promises, name);
syncBuiltinESMExports();

const write = fs.writeFileSync;
process.on('exit', () => {
  if (out) write(out, JSON.stringify(counts, null, 1));
});
