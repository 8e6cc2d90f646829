/**
 * When a build cannot build over its last output (keep-output.ts: no record of it), the folder
 * must start empty. Removing 60,000 files at 10,000 services takes about 15 s, so the folder is
 * renamed aside (instant: a sibling, so the same file system) and a child process removes it
 * while Astro builds, on the other core; so is any folder a stopped build left aside. The
 * incremental cache is elsewhere (toCacheDir), so nothing Astro reuses goes. When the rename
 * cannot be done (another file system, no permission) the folder is emptied in place.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';

/** Moves `outDir` aside and starts removing it; resolves when the removal has ended. */
export function setAside(outDir: string): Promise<void> {
  const out = resolve(outDir);
  const parent = dirname(out);
  const holdsProject = out === PROJECT_ROOT || PROJECT_ROOT.startsWith(out + sep);
  if (parent === out || holdsProject) return Promise.resolve();
  const prefix = `.${basename(out)}.removing-`;
  try {
    if (existsSync(out)) renameSync(out, join(parent, `${prefix}${process.pid}`));
  } catch {
    // Not renamed (another file system, no permission): emptied here, and slower.
    for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true });
  }
  let aside: string[] = [];
  try {
    aside = readdirSync(parent)
      .filter((name) => name.startsWith(prefix))
      .map((name) => join(parent, name));
  } catch {
    return Promise.resolve();
  }
  if (aside.length === 0) return Promise.resolve();
  const remove =
    'for (const p of process.argv.slice(1)) require("node:fs").rmSync(p, { recursive: true, force: true })';
  return new Promise((done) => {
    const child = spawn(process.execPath, ['-e', remove, ...aside], { stdio: 'ignore' });
    child.on('error', () => done());
    child.on('exit', () => done());
  });
}
