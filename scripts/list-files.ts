/** Every file under a folder, as sorted paths relative to it with "/" between parts. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files under `root` (not folders), depth first in name order: "index.html", "services/db/index.html". */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}
