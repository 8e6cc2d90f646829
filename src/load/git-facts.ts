/**
 * Reads the git history of the content folder once per build: one `git rev-parse` (where the
 * folder is in the repository, whether the clone is shallow), one for the commit checked out,
 * one `git log` over the whole folder and one `git status` for changes not committed. Never a
 * git call per file. The output is parsed by src/lib/git/parse.ts.
 *
 * Never throws: outside a repository, without git, or when git fails, the history says it is
 * missing (pages then say so), and `problem` carries git's message for the build log (pages do
 * not print it: it may hold paths of the machine that built the site).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LOG_FORMAT, toContentHistory } from '../lib/git/parse.ts';
import { HISTORY_GAP_TEXT, missingHistory, type ContentHistory } from '../lib/git/history.ts';

/** The history, and git's own message when it could not be read. */
export interface GitFacts {
  history: ContentHistory;
  /** Why git failed, in git's words, for the build log; absent when it did not. */
  problem?: string;
}

type Run = { ok: true; out: string } | { ok: false; code: 'no-git' | number; err: string };

/** Runs git in `cwd` with a fixed environment: no pager, no optional locks, C messages. */
function git(cwd: string, args: string[]): Run {
  const r = spawnSync(
    'git',
    ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
    },
  );
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    return { ok: false, code: code === 'ENOENT' ? 'no-git' : -1, err: r.error.message };
  }
  if (r.status !== 0) return { ok: false, code: r.status ?? -1, err: r.stderr.trim() };
  return { ok: true, out: r.stdout };
}

/** The git facts of the content folder `dir`. */
export function readGitFacts(dir: string): GitFacts {
  if (!existsSync(dir)) return { history: missingHistory('not-a-repository') };
  const where = git(dir, ['rev-parse', '--show-prefix', '--is-shallow-repository']);
  if (!where.ok) {
    if (where.code === 'no-git') return { history: missingHistory('no-git'), problem: where.err };
    if (/not a git repository/i.test(where.err))
      return { history: missingHistory('not-a-repository') };
    return { history: missingHistory('git-failed'), problem: where.err };
  }
  const [prefix = '', shallow = 'false'] = where.out.split('\n');
  const head = git(dir, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
  const headHash = head.ok ? head.out.trim() : undefined;
  const log = headHash
    ? git(dir, [
        'log',
        '-z',
        '--no-color',
        '--encoding=UTF-8',
        `--format=${LOG_FORMAT}`,
        '--name-only',
        '--relative',
        '--',
        '.',
      ])
    : ({ ok: true, out: '' } as const);
  const status = git(dir, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--ignore-submodules',
    '--',
    '.',
  ]);
  if (!log.ok) return { history: missingHistory('git-failed'), problem: log.err };
  if (!status.ok) return { history: missingHistory('git-failed'), problem: status.err };
  return {
    history: toContentHistory({
      prefix,
      shallow: shallow.trim() === 'true',
      head: headHash,
      log: log.out,
      status: status.out,
    }),
  };
}

/** One line for the build log: what history the build has. */
export function describeGitFacts({ history, problem }: GitFacts): string {
  if (!history.available)
    return `git history: none, ${HISTORY_GAP_TEXT[history.missing]}${problem ? ` (${problem.split('\n')[0]})` : ''}`;
  const commits = new Set<string>();
  let uncommitted = 0;
  for (const f of history.files.values()) {
    for (const c of f.commits) commits.add(c.hash);
    if (f.uncommitted) uncommitted++;
  }
  return `git history: ${commits.size} commit(s) changing content${history.head ? ` up to ${history.head.slice(0, 7)}` : ''}${history.shallow ? ' (shallow clone: older changes unknown)' : ''}${uncommitted ? `, ${uncommitted} file(s) not committed` : ''}`;
}
