/**
 * Reads a content folder as it was at a git commit, for `npm run impact`: which repository holds
 * the content folder, which commit a ref names, and a copy of the folder at that commit in a
 * temporary directory that `loadContentFolder` reads like any other. The blobs are read with
 * `git ls-tree` and `git cat-file --batch`, not `git archive`: archive applies the tree's
 * export-ignore and export-subst attributes, and this needs the files exactly as committed (and
 * no tar). Only what the loader reads is written: organisation.yaml and the files one level
 * down. Node only; every problem a user can cause is a `GitContentError` with a one-line message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A problem with the repository or the ref, said in one line: the CLI prints it and exits 2. */
export class GitContentError extends Error {}

/** Runs git in `cwd`; stdout as a Buffer, or the GitContentError `fail` gives. */
function git(
  cwd: string,
  args: string[],
  fail: (stderr: string) => string,
  input?: Buffer,
): Buffer {
  const r = spawnSync('git', args, {
    cwd,
    input,
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  if (r.error) throw new GitContentError(`git cannot be run: ${r.error.message}.`);
  if (r.status !== 0) throw new GitContentError(fail(r.stderr.toString('utf8').trim()));
  return r.stdout;
}

/** Where a content folder lives in its repository. */
export interface ContentLocation {
  /** The repository's top-level folder. */
  root: string;
  /** The content folder relative to `root`, "/"-separated, no trailing slash ("" for the root). */
  prefix: string;
}

/** The repository holding `dir` and the folder's path inside it. */
export function locateContent(dir: string): ContentLocation {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new GitContentError(
      `the content folder ${dir} does not exist: set ITSCM_CONTENT to your content folder, or unset it to use src/content.`,
    );
  const out = git(
    dir,
    ['rev-parse', '--show-toplevel', '--show-prefix'],
    () =>
      `${dir} is not in a git repository: the impact compares the content with a commit, so it needs one.`,
  )
    .toString('utf8')
    .split('\n');
  return { root: out[0], prefix: (out[1] ?? '').replace(/\/$/, '') };
}

/** The full commit id `ref` names in the repository at `root`. */
export function resolveCommit(root: string, ref: string): string {
  if (ref.trim() === '' || ref.startsWith('-'))
    throw new GitContentError(
      `"${ref}" is not a git ref: give a branch, tag or commit, e.g. --base origin/main.`,
    );
  return git(
    root,
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
    () =>
      `"${ref}" is not a commit in ${root}: check the name, and fetch it first (git fetch origin main) in a shallow clone.`,
  )
    .toString('utf8')
    .trim();
}

/** The content folder at a commit, copied into a temporary directory. */
export interface ContentCopy {
  /** The temporary folder holding the copy (empty when the commit has no such folder). */
  dir: string;
  /** False when the commit has no content folder at that path. */
  found: boolean;
  /** Deletes the temporary folder. */
  remove(): void;
}

/** Copies `prefix` at `commit` into a new temporary folder. */
export function copyContentAt(root: string, commit: string, prefix: string): ContentCopy {
  const entries = git(
    root,
    ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(prefix ? [prefix] : [])],
    (e) => `git ls-tree failed on ${commit}: ${e}`,
  )
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, oid] = line.slice(0, tab).split(' ');
      return { mode, type, oid, path: line.slice(tab + 1) };
    });
  const start = prefix ? `${prefix}/` : '';
  const files = entries
    .filter((e) => e.type === 'blob' && e.mode !== '120000' && e.path.startsWith(start))
    .map((e) => ({ ...e, rel: e.path.slice(start.length) }))
    // The loader reads organisation.yaml, glossary.yaml and <kind>/<file>; nothing deeper.
    .filter((e) => e.rel.split('/').length <= 2);
  const dir = mkdtempSync(join(tmpdir(), 'itscm-impact-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    if (files.length) {
      const out = git(
        root,
        ['cat-file', '--batch'],
        (e) => `git cat-file failed on ${commit}: ${e}`,
        Buffer.from(files.map((f) => f.oid).join('\n') + '\n'),
      );
      let at = 0;
      for (const f of files) {
        const eol = out.indexOf(0x0a, at);
        const head = out.toString('utf8', at, eol).split(' ');
        const size = Number(head[2]);
        if (head[0] !== f.oid || !Number.isInteger(size))
          throw new Error(`internal: git cat-file answered "${head.join(' ')}" for ${f.oid}`);
        const target = join(dir, ...f.rel.split('/'));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, out.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
    }
  } catch (e) {
    remove();
    throw e;
  }
  return { dir, found: prefix === '' || entries.some((e) => e.path.startsWith(start)), remove };
}
