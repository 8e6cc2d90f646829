import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { REPORT_MARKER } from '../../src/lib/impact/report-markdown.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = join(PROJECT_ROOT, 'templates/github/workflows');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: object })
    .scripts,
);
/** Every permission a workflow grants, at the top or in a job. */
const grants = (w: Workflow) =>
  [w.permissions, ...Object.values(w.jobs).map((j) => j.permissions ?? {})].flatMap((p) =>
    Object.entries(p).map(([k, v]) => `${k}: ${v}`),
  );

describe('the GitHub workflow templates', () => {
  it('are the four documented', () => {
    expect(FILES.sort()).toEqual(['check.yml', 'impact-comment.yml', 'impact.yml', 'publish.yml']);
  });

  it.each(FILES)('%s: parses, with a name, triggers, permissions and jobs that have steps', (f) => {
    const w = workflow(f);
    expect(Object.keys(w)).toEqual(expect.arrayContaining(['name', 'on', 'permissions', 'jobs']));
    for (const job of Object.values(w.jobs)) {
      expect(job['runs-on']).toBe('ubuntu-latest');
      expect(job.steps.length).toBeGreaterThan(0);
    }
    expect(Object.keys(w.on)).not.toContain('pull_request_target');
  });

  it.each(FILES)('%s: runs only npm scripts the project has, and names actions by version', (f) => {
    const w = workflow(f);
    for (const s of steps(w)) {
      for (const m of (s.run ?? '').matchAll(/\bnpm run (?:-s )?([\w:-]+)/g))
        expect(scripts, `${f}: npm run ${m[1]}`).toContain(m[1]);
      if (s.uses) expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@(v\d+|[0-9a-f]{40})$/);
      if (s.uses?.startsWith('actions/checkout@'))
        expect(s.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    }
  });

  it('run the check, the impact report, the CODEOWNERS check and the build', () => {
    const runs = FILES.flatMap((f) => steps(workflow(f)).map((s) => s.run ?? '')).join('\n');
    for (const command of [
      'npm run -s check -- --format github',
      'npm run -s impact -- --base',
      'npm run -s codeowners -- --out .github/CODEOWNERS --check',
      'npm run build',
    ])
      expect(runs).toContain(command);
  });

  it('run pull-request code with a read-only token, and write only where no pull-request code runs', () => {
    for (const f of FILES) {
      const w = workflow(f);
      if ('pull_request' in w.on) expect(grants(w), f).toEqual(['contents: read']);
    }
    const comment = workflow('impact-comment.yml');
    expect(comment.on).toEqual({
      workflow_run: { workflows: [workflow('impact.yml').name], types: ['completed'] },
    });
    expect(grants(comment)).toEqual(['actions: read', 'pull-requests: write']);
    // The privileged job never checks out, installs or runs the pull request's code.
    expect(steps(comment).map((s) => s.uses)).toEqual(['actions/download-artifact@v4', undefined]);
    expect(steps(comment).some((s) => /\b(npm|npx|node)\b/.test(s.run ?? ''))).toBe(false);
  });

  it('post one comment, found by the marker the report starts with, on a pull request number of digits only', () => {
    const post = steps(workflow('impact-comment.yml')).find((s) => s.run?.includes('gh api'))!;
    expect(post.run).toContain(`marker='${REPORT_MARKER}'`);
    expect(post.run).toContain(`startswith("${REPORT_MARKER}")`);
    expect(post.run).toContain('=~ ^[0-9]{1,10}$ ]]');
    expect(post.run).toContain('-X PATCH');
  });

  it('publish the public edition on Pages unless the site is said to be private, nightly too', () => {
    const w = workflow('publish.yml');
    expect(Object.keys(w.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(w.jobs.build.env?.ITSCM_EDITION).toBe("${{ vars.ITSCM_EDITION || 'public' }}");
    expect(w.jobs.build.steps[0].run).toMatch(/exit 1/);
    expect(text('publish.yml')).toMatch(/vars\.ITSCM_PAGES_PRIVATE != 'true'/);
  });
});
