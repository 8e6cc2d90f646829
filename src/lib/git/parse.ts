/**
 * Parsers of the git output the build reads once (src/load/git-facts.ts), and the content
 * history made from them. Pure string work: literal git output in, plain data out.
 *
 * - `git log -z --format=${LOG_FORMAT} --name-only --relative -- .` run in the content folder:
 *   each commit is a header token `\x1e<hash>\x1f<committer date ISO>\x1f<parents>\x1f<subject>`,
 *   then the files it changed, relative to the content folder, every token ended by NUL (the
 *   first file after a header starts with a line break). Merges list no files.
 * - `git status --porcelain=v1 -z --untracked-files=all -- .`: `XY <path>` per entry, paths
 *   relative to the repository root; a rename or copy is followed by its source path.
 *
 * Guarantees: the subject is untrusted (anyone who commits writes it): it is only ever data,
 * with control and bidirectional-override characters removed, and cannot start a commit or a
 * file of its own (the header is matched on its fixed fields, and NUL ends every token).
 * Complexity: O(output length).
 */
import type { Commit, ContentHistory, FileHistory } from './history.ts';

/** The `--format` of the one `git log` (committer date: when the change was committed). */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%P%x1f%s';

/** A commit and the content files it changed, as `git log` lists it. */
export interface LoggedCommit {
  hash: string;
  /** YYYY-MM-DD of the committer date as recorded. */
  date: string;
  /** Parent hashes; none for a root commit or a shallow clone's cut-off commit. */
  parents: string[];
  subject: string;
  /** Paths relative to the content folder. */
  files: string[];
}

// The separators are control characters on purpose: no path or date holds them.
// eslint-disable-next-line no-control-regex
const HEADER = /^\x1e([0-9a-f]{40,64})\x1f(\d{4}-\d{2}-\d{2})[^\x1f]*\x1f([0-9a-f ]*)\x1f([^]*)$/;
// C0 and C1 controls, and the bidirectional overrides and isolates that reorder text on screen.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A subject as it may be shown: unsafe characters removed, spaces collapsed, trimmed. */
export const cleanSubject = (s: string): string =>
  s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();

/** The commits of `git log -z --format=LOG_FORMAT --name-only`, in the order given (newest first). */
export function parseGitLog(output: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  let current: LoggedCommit | undefined;
  let afterHeader = false;
  for (let token of output.split('\0')) {
    if (afterHeader && token.startsWith('\n')) token = token.slice(1);
    const header = HEADER.exec(token.startsWith('\n') ? token.slice(1) : token);
    if (header) {
      current = {
        hash: header[1],
        date: header[2],
        parents: header[3].split(' ').filter(Boolean),
        subject: cleanSubject(header[4]),
        files: [],
      };
      commits.push(current);
      afterHeader = true;
      continue;
    }
    afterHeader = false;
    if (token !== '' && current) current.files.push(token);
  }
  return commits;
}

/**
 * The paths with changes not committed, from `git status --porcelain=v1 -z`, made relative to
 * the content folder (`prefix`, "src/content/"); entries outside it are left out. A rename's
 * source is skipped: only the new path exists.
 */
export function parseGitStatus(output: string, prefix: string): string[] {
  const out: string[] = [];
  const tokens = output.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.length < 4) continue;
    const xy = t.slice(0, 2);
    const path = t.slice(3);
    if (xy.includes('R') || xy.includes('C')) i++;
    if (path.startsWith(prefix)) out.push(path.slice(prefix.length));
  }
  return out;
}

/** What the one read of git gave: the log and status output, and where the content folder is. */
export interface GitOutput {
  /** The content folder's path in the repository, "src/content/" ("" at the root). */
  prefix: string;
  /** `git rev-parse --is-shallow-repository` said true. */
  shallow: boolean;
  /** The commit checked out; undefined when the repository has no commit yet. */
  head?: string;
  /** The `git log` output ("" when there is no commit). */
  log: string;
  /** The `git status` output. */
  status: string;
}

/**
 * The content history from git's output. In a shallow clone the commits without parents are
 * its cut-off: marked, since git lists every file as changed there.
 */
export function toContentHistory(git: GitOutput): ContentHistory {
  const files = new Map<string, { commits: Commit[]; uncommitted: boolean }>();
  const fileOf = (path: string) => {
    let f = files.get(path);
    if (!f) files.set(path, (f = { commits: [], uncommitted: false }));
    return f;
  };
  for (const c of parseGitLog(git.log)) {
    const commit: Commit = {
      hash: c.hash,
      date: c.date,
      subject: c.subject,
      ...(git.shallow && c.parents.length === 0 ? { cutoff: true as const } : {}),
    };
    for (const path of c.files) fileOf(path).commits.push(commit);
  }
  for (const path of parseGitStatus(git.status, git.prefix)) fileOf(path).uncommitted = true;
  return {
    available: true,
    ...(git.head === undefined ? {} : { head: git.head }),
    prefix: git.prefix,
    shallow: git.shallow,
    files: files as ReadonlyMap<string, FileHistory>,
  };
}
