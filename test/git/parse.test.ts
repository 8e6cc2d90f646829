import { describe, it, expect } from 'vitest';
import {
  cleanSubject,
  parseGitLog,
  parseGitStatus,
  toContentHistory,
} from '../../src/lib/git/parse.ts';
import { listChangesAfter, NO_HISTORY, shortHash } from '../../src/lib/git/history.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const M = 'd'.repeat(40);

/** One commit as `git log -z --format=LOG_FORMAT --name-only` writes it. */
const logged = (hash: string, date: string, parents: string, subject: string, files: string[]) =>
  `\x1e${hash}\x1f${date}\x1f${parents}\x1f${subject}\0` +
  (files.length ? `\n${files.map((f) => `${f}\0`).join('')}` : '');

// Newest first, as git gives it: a merge (no files), a change of the plan, then the first commit.
const LOG =
  logged(M, '2026-03-05T09:00:00+01:00', `${B} ${C}`, "Merge branch 'steps'", []) +
  logged(B, '2026-03-02T23:30:00-05:00', A, 'Plan: new call tree', ['plans/dr.mdx']) +
  logged(A, '2026-01-10T08:00:00+00:00', '', 'Sample organisation', [
    'organisation.yaml',
    'plans/dr.mdx',
    'services/erp.md',
  ]);

describe('parseGitLog', () => {
  it('reads each commit with its date, parents, subject and files, newest first', () => {
    expect(parseGitLog(LOG)).toEqual([
      { hash: M, date: '2026-03-05', parents: [B, C], subject: "Merge branch 'steps'", files: [] },
      {
        hash: B,
        date: '2026-03-02',
        parents: [A],
        subject: 'Plan: new call tree',
        files: ['plans/dr.mdx'],
      },
      {
        hash: A,
        date: '2026-01-10',
        parents: [],
        subject: 'Sample organisation',
        files: ['organisation.yaml', 'plans/dr.mdx', 'services/erp.md'],
      },
    ]);
  });

  it('takes the date as the committer recorded it, in their own time zone', () => {
    // 23:30 in New York is already the 3rd in UTC: the page shows the committer's day.
    expect(parseGitLog(LOG)[1].date).toBe('2026-03-02');
  });

  it('keeps a hostile subject as data: separators, control and bidi characters cannot forge a commit or a file', () => {
    const subject = `<script>alert(1)</script>\x1e${C}\x1f2030-01-01\x1f\x1fforged\u202eevil`;
    const [c, ...rest] = parseGitLog(
      logged(B, '2026-03-02T10:00:00Z', A, subject, ['plans/dr.mdx']),
    );
    expect(rest).toEqual([]);
    expect(c.files).toEqual(['plans/dr.mdx']);
    expect(c.subject).toBe(`<script>alert(1)</script> ${C} 2030-01-01 forged evil`);
  });

  it('reads file names with spaces, quotes and non-Latin letters as written (-z: no quoting)', () => {
    const [c] = parseGitLog(
      logged(A, '2026-01-10T08:00:00Z', '', 'x', ['guides/a b "c".md', 'guides/é.md']),
    );
    expect(c.files).toEqual(['guides/a b "c".md', 'guides/é.md']);
  });

  it('gives nothing for empty output', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('cleanSubject', () => {
  it('turns control characters into spaces and collapses them', () => {
    expect(cleanSubject('  a\tb\r\n\u0007c  ')).toBe('a b c');
  });
});

describe('parseGitStatus', () => {
  it('lists modified, added, untracked and renamed files relative to the content folder, skipping a rename source', () => {
    const status =
      ' M src/content/plans/dr.mdx\0' +
      'A  src/content/services/new.md\0' +
      'R  src/content/services/crm.md\0src/content/services/old-crm.md\0' +
      '?? src/content/guides/draft.md\0' +
      ' M README.md\0';
    expect(parseGitStatus(status, 'src/content/')).toEqual([
      'plans/dr.mdx',
      'services/new.md',
      'services/crm.md',
      'guides/draft.md',
    ]);
  });

  it('takes every path when the content folder is the repository root', () => {
    expect(parseGitStatus('?? plans/x.md\0', '')).toEqual(['plans/x.md']);
  });
});

describe('toContentHistory', () => {
  const history = toContentHistory({
    prefix: 'src/content/',
    shallow: false,
    head: M,
    log: LOG,
    status: ' M src/content/services/erp.md\0?? src/content/guides/new.md\0',
  });

  it('gives each file its commits, newest first, and marks changes not committed', () => {
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.files.get('plans/dr.mdx')?.commits.map((c) => c.hash)).toEqual([B, A]);
    expect(history.files.get('plans/dr.mdx')?.uncommitted).toBe(false);
    expect(history.files.get('services/erp.md')).toMatchObject({ uncommitted: true });
    expect(history.files.get('guides/new.md')).toEqual({ commits: [], uncommitted: true });
    expect(history.head).toBe(M);
    expect(history.prefix).toBe('src/content/');
  });

  it('marks the parentless commit of a shallow clone as its cut-off, and only then', () => {
    const shallow = toContentHistory({ prefix: '', shallow: true, head: B, log: LOG, status: '' });
    if (!shallow.available || !history.available) throw new Error('expected a history');
    expect(shallow.files.get('services/erp.md')?.commits[0].cutoff).toBe(true);
    expect(shallow.files.get('plans/dr.mdx')?.commits[0].cutoff).toBeUndefined();
    expect(history.files.get('services/erp.md')?.commits[0].cutoff).toBeUndefined();
  });
});

describe('listChangesAfter', () => {
  const history = toContentHistory({
    prefix: '',
    shallow: false,
    head: M,
    log: LOG,
    status: ' M services/erp.md\0',
  });

  it('lists the commits dated after the date and on or before as-of, oldest first', () => {
    expect(listChangesAfter(history, 'plans/dr.mdx', '2026-01-10', '2026-11-25')).toEqual([
      { date: '2026-03-02', commit: expect.objectContaining({ hash: B }) },
    ]);
    // A change on the exercise's own day is taken to be part of what was exercised.
    expect(listChangesAfter(history, 'plans/dr.mdx', '2026-03-02', '2026-11-25')).toEqual([]);
    // A commit dated after as-of has not happened yet, as of that day.
    expect(listChangesAfter(history, 'plans/dr.mdx', '2026-01-10', '2026-03-01')).toEqual([]);
  });

  it('counts changes not committed as a change on the as-of date', () => {
    expect(listChangesAfter(history, 'services/erp.md', '2026-02-01', '2026-11-25')).toEqual([
      { date: '2026-11-25' },
    ]);
  });

  it('finds nothing without a history, for a file git never saw, or in a shallow cut-off commit', () => {
    expect(listChangesAfter(NO_HISTORY, 'plans/dr.mdx', '2026-01-01', '2026-11-25')).toEqual([]);
    expect(listChangesAfter(history, 'plans/none.md', '2026-01-01', '2026-11-25')).toEqual([]);
    const shallow = toContentHistory({ prefix: '', shallow: true, head: B, log: LOG, status: '' });
    expect(listChangesAfter(shallow, 'services/erp.md', '2026-01-01', '2026-11-25')).toEqual([]);
  });
});

describe('shortHash', () => {
  it('is the first seven characters, whatever the repository size', () => {
    expect(shortHash(A)).toBe('aaaaaaa');
  });
});
