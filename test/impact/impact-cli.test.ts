/**
 * scripts/impact.ts end to end: a temporary git repository with a small organisation, a commit
 * that loosens the database's RTO and adds a dependency, and the CLI comparing HEAD~1 with the
 * working tree. Git runs with a fixed identity and without the machine's configuration.
 *
 *   sales (function, 4h) -> app (4h, own 30m) -> db (1h, own = RTO, only at dc)
 *                        -> web (4h, own 30m) -> db
 *   change: db RTO 1h -> 8h; web also depends on app.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CEILING_DIRECTORIES: tmpdir(),
  ITSCM_AS_OF: '2026-11-25',
};

let repo: string;
const content = () => join(repo, 'content');

const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};

const write = (files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
};

const md = (fields: string) => `---\n${fields.trim()}\n---\n`;

const db = (rto: string) =>
  md(`title: Database\nowner: ops\nkind: data\nrto: ${rto}\nlocations: [dc]`);
const web = (dependsOn: string) =>
  md(
    `title: Web shop\nowner: ops\nkind: application\nrto: 4h\nrecoveryTime: 30m\ndependsOn: ${dependsOn}`,
  );

const impact = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/impact.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...ENV, ITSCM_CONTENT: content(), ...env },
  });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'itscm-impact-test-'));
  git('init', '-q');
  write({ 'README.md': 'An organisation.\n' });
  git('add', '-A');
  git('commit', '-qm', 'empty');
  write({
    'content/organisation.yaml': 'name: Test\n',
    'content/teams/ops.md': md('title: Operations\nowner: ops'),
    'content/locations/dc.md': md('title: Data centre North\nowner: ops\ntype: data-centre'),
    'content/services/db.md': db('1h'),
    'content/services/app.md': md(
      'title: App\nowner: ops\nkind: application\nrto: 4h\nrecoveryTime: 30m\ndependsOn: [db]',
    ),
    'content/services/web.md': web('[db]'),
    'content/bia/sales.md': md('title: Sales\nowner: ops\nrto: 4h\ndependsOn: [app, web]'),
    'content/plans/db-recovery.md': md(
      'title: Database recovery\nowner: ops\ntype: disaster-recovery\nstatus: approved\ncovers: { services: [db] }',
    ),
  });
  git('add', '-A');
  git('commit', '-qm', 'organisation');
  write({ 'content/services/db.md': db('8h'), 'content/services/web.md': web('[db, app]') });
  git('commit', '-qam', 'loosen the database');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('scripts/impact.ts', () => {
  it('reports the new inversion, the later achievable times and the broken scenario targets', () => {
    const r = impact(['--base', 'HEAD~1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('<!-- itscm-impact -->');
    expect(lines[3]).toBe(
      '**This change makes 4 targets unreachable, adds 1 RTO inversion and breaks 4 more targets in outage scenarios.**',
    );
    expect(r.stdout).toContain(
      '| `rto-inversion` | Database (`services/db`) | the declared RTO 8h is looser than the 4h required by Sales -&gt; App -&gt; Database. |',
    );
    // A row of the recovery figures table (nine columns) for the record `key`.
    const row = (key: string) =>
      lines.find((l) => l.includes(`(\`${key}\`)`) && l.split(' | ').length === 9);
    expect(row('services/app')).toContain('**1h 30m → 8h 30m**');
    expect(row('services/web')).toContain('**1h 30m → 9h**');
    expect(row('bia/sales')).toContain('**1h 30m → 9h**');
    expect(r.stdout).toMatch(
      /\| Loss of Data centre North \| 1 \| 3 \| \*\*0 → 4\*\* \| 0 \| Sales, App, Database and Web shop \| — \|/,
    );
    expect(r.stdout).toContain('| Web shop (`services/web`) | `dependsOn` |  | + app |');
    expect(r.stdout).toContain('```mermaid');
  });

  it('writes JSON to a file with --out', () => {
    const out = join(repo, 'out', 'impact.json');
    const r = impact(['--base', 'HEAD~1', '--format', 'json', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.source).toEqual({
      base: { ref: 'HEAD~1', commit: expect.stringMatching(/^[0-9a-f]{40}$/) },
      content: 'content',
      baseHasContent: true,
      asOf: '2026-11-25',
    });
    expect(json.effects.rtoInversions).toEqual({ added: 1, resolved: 0 });
  });

  it('counts a base without the content folder as empty and says so', () => {
    const r = impact(['--base', 'HEAD~2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'The base has no content folder `content`: it counts as empty (a new repository), so every record is added.',
    );
    expect(r.stdout).toContain('7 added, 0 removed, 0 changed; organisation.yaml changed.');
  });

  it('reports content errors of the change instead of failing', () => {
    write({
      'content/services/app.md': md('title: App\nowner: ops\nkind: application\nrto: soon'),
    });
    try {
      const r = impact(['--base', 'HEAD']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('**This change adds 1 content error');
      expect(r.stdout).toContain('- **error** `services/app.md` `rto`:');
    } finally {
      git('checkout', '-q', '--', 'content');
    }
  });

  it.each([
    [['--base', 'no-such-branch'], /^impact: "no-such-branch" is not a commit in .*\n$/],
    [['--base=-x'], /^impact: "-x" is not a git ref/],
    [['--base', '--help'], /^impact: Option '--base' argument is ambiguous/],
    [[], /^impact: --base is missing\.\nusage: npm run impact/],
    [['--base', 'HEAD', '--format', 'html'], /^impact: --format "html" is not markdown or json\./],
  ])('exits 2 with one line for %j', (args, message) => {
    const r = impact(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the content folder is in no git repository, or does not exist', () => {
    const alone = mkdtempSync(join(tmpdir(), 'itscm-impact-alone-'));
    try {
      const r = impact(['--base', 'HEAD'], { ITSCM_CONTENT: alone });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `impact: ${alone} is not in a git repository: the impact compares the content with a commit, so it needs one.\n`,
      );
      const gone = impact(['--base', 'HEAD'], { ITSCM_CONTENT: join(alone, 'nothing') });
      expect(gone.status).toBe(2);
      expect(gone.stderr).toMatch(/^impact: the content folder .* does not exist/);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });
});
