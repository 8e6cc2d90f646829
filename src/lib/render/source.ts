/**
 * The source of a record as its page shows it: the file's path, its last change from the git
 * history (date, short hash, subject) and, when settings.repository is set, links to the file,
 * its editor and its history. Where the history cannot tell, a sentence says why. The subject
 * is untrusted text: kept as a plain string, which the page prints escaped.
 */
import type { Entry, Model } from '../model/model.ts';
import { HISTORY_GAP_TEXT, shortHash } from '../git/history.ts';
import { repositoryOf, repositoryPathOf } from './repository.ts';

/** Longest subject printed, in characters; longer ones end with "…". */
export const SUBJECT_MAX = 160;

/** The last commit that changed a file, as a page prints it. */
export interface LastChangeView {
  /** YYYY-MM-DD. */
  date: string;
  /** The short hash. */
  hash: string;
  /** The commit's page in the repository, with settings.repository. */
  href?: string;
  /** The subject, plain text (print it escaped); "" when the commit has none, or in the public edition. */
  subject: string;
  /** True when the date is a shallow clone's cut-off: the change was on or before it. */
  onOrBefore: boolean;
}

export interface SourceView {
  /** The file's path in the repository ("src/content/plans/dr.mdx"); relative to the content folder when neither git nor the settings say where that is. */
  path: string;
  /** The file in the repository, with settings.repository. */
  fileHref?: string;
  /** "Edit this page", with settings.repository. */
  editHref?: string;
  /** "View history", with settings.repository. */
  historyHref?: string;
  /** The last commit that changed it, when the history has one. */
  last?: LastChangeView;
  /** What else to say: changes not committed, a shallow clone, no history, never committed. */
  note?: string;
}

const clip = (s: string) => (s.length > SUBJECT_MAX ? `${s.slice(0, SUBJECT_MAX - 1)}…` : s);

/**
 * The source view of the record in file `file` (relative to the content folder). `subjects`
 * false leaves commit subjects out (the public edition: a subject is free text anyone who
 * commits writes, and may name what that edition leaves out).
 */
export function toSourceView(
  model: Pick<Model, 'settings' | 'history'>,
  entry: Pick<Entry, 'file'>,
  subjects = true,
): SourceView {
  const { file } = entry;
  const repo = repositoryOf(model);
  const view: SourceView = {
    path: repositoryPathOf(model, file),
    ...(repo
      ? { fileHref: repo.file(file), editHref: repo.edit(file), historyHref: repo.history(file) }
      : {}),
  };
  const { history } = model;
  if (!history.available)
    return { ...view, note: `Last change not known: ${HISTORY_GAP_TEXT[history.missing]}.` };
  const f = history.files.get(file);
  const c = f?.commits[0];
  if (c)
    view.last = {
      date: c.date,
      hash: shortHash(c.hash),
      ...(repo ? { href: repo.commit(c.hash) } : {}),
      subject: subjects ? clip(c.subject) : '',
      onOrBefore: c.cutoff === true,
    };
  const notes: string[] = [];
  if (c?.cutoff) notes.push("This clone's history is shallow and starts at that commit.");
  if (f?.uncommitted)
    notes.push(c ? 'Changed since, not committed yet.' : 'Not committed yet: the file is new.');
  if (!f) notes.push('No commit in the history changes this file (git may ignore it).');
  return notes.length ? { ...view, note: notes.join(' ') } : view;
}
