/**
 * The git history of the content folder, as data the model carries (a build input like asOf):
 * per content file, the commits that changed it and whether the working copy holds changes not
 * committed yet. Read once per build in src/load/git-facts.ts from one `git log`, parsed by
 * parse.ts; nothing here runs git or reads the clock.
 *
 * Guarantees: dates are commit dates only (never the build time), so the same commit, the same
 * working copy and the same as-of date give the same facts. A build outside git has a history
 * that says why it is missing; a shallow clone says so, and its cut-off commit is marked (the
 * files it lists were not necessarily changed in it).
 * Complexity: queries are O(commits of the file).
 */

/** One commit that changed content files. */
export interface Commit {
  /** Full hash. */
  hash: string;
  /** Commit date (the committer's, as recorded, in the committer's time zone), YYYY-MM-DD. */
  date: string;
  /** First line of the message, control characters removed: untrusted text, shown escaped. */
  subject: string;
  /**
   * The oldest commit a shallow clone has: git lists every file as changed in it, so for a
   * file whose only commit it is, the real change is on or before its date.
   */
  cutoff?: true;
}

/** What git knows about one content file. */
export interface FileHistory {
  /** Commits that changed it, newest first (following renames is not attempted: a renamed file's history starts at the rename). */
  commits: readonly Commit[];
  /** True when the working copy differs from the last commit: modified, staged, or new and never committed. */
  uncommitted: boolean;
}

/** Why a build has no history. */
export type HistoryGap = 'not-read' | 'not-a-repository' | 'no-git' | 'git-failed';

/** What a page says for each reason (the build log has git's own message). */
export const HISTORY_GAP_TEXT: Record<HistoryGap, string> = {
  'not-read': 'this build did not read the git history',
  'not-a-repository': 'the content folder is not in a git repository',
  'no-git': 'git is not installed where the site was built',
  'git-failed': 'git could not read the history (the build log says why)',
};

/** The history of a content folder, or why there is none. */
export type ContentHistory =
  | { available: false; missing: HistoryGap }
  | {
      available: true;
      /** The commit the build ran on (full hash); undefined in a repository without commits. */
      head?: string;
      /** Where the content folder is in the repository: "src/content/", "" at the root. */
      prefix: string;
      /** A shallow clone: what happened before its cut-off commit is not known. */
      shallow: boolean;
      /** By path relative to the content folder ("plans/dr.mdx"); a file git never saw is absent. */
      files: ReadonlyMap<string, FileHistory>;
    };

/** A commit's short form as pages print it: the first 7 characters, whatever the clone's size. */
export const shortHash = (hash: string): string => hash.slice(0, 7);

/** A history that is not there, and why. */
export const missingHistory = (missing: HistoryGap): ContentHistory => ({
  available: false,
  missing,
});

/** The history of a model built without one (check, tests). */
export const NO_HISTORY: ContentHistory = missingHistory('not-read');

/** One change of a file after a date: a commit, or the working copy on `asOf` (not committed). */
export interface Change {
  /** The commit's date, or asOf for a change not committed. */
  date: string;
  /** The commit; undefined for the change not committed. */
  commit?: Commit;
}

/**
 * The changes of `file` dated after `after` and on or before `asOf`, oldest first: its commits
 * (a shallow clone's cut-off commit does not count: whether it changed the file is not known),
 * then, when the working copy holds changes not committed, one change on `asOf`. Empty when the
 * history is missing or git never saw the file.
 */
export function listChangesAfter(
  history: ContentHistory,
  file: string,
  after: string,
  asOf: string,
): Change[] {
  if (!history.available) return [];
  const f = history.files.get(file);
  if (!f) return [];
  const out: Change[] = [];
  for (let i = f.commits.length - 1; i >= 0; i--) {
    const c = f.commits[i];
    if (!c.cutoff && c.date > after && c.date <= asOf) out.push({ date: c.date, commit: c });
  }
  if (f.uncommitted && asOf > after) out.push({ date: asOf });
  return out;
}
