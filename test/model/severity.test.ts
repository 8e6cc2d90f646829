import { describe, it, expect } from 'vitest';
import { applySeverity } from '../../src/lib/model/severity.ts';
import {
  toAnnotation,
  toAnnotations,
  toMarkdownSummary,
} from '../../src/lib/model/issue-report.ts';
import type { Issue } from '../../src/lib/model/issue.ts';
import { modelOf } from '../helpers.ts';

const issue = (rule: string, severity: Issue['severity'], file = 'services/a.md'): Issue => ({
  severity,
  file,
  path: ['rto'],
  line: 5,
  column: 1,
  rule,
  message: 'bad: 50% | <b>',
  fix: 'fix it,\nnow',
});

describe('applySeverity', () => {
  it('raises and lowers rules as organisation.yaml says, and strict makes every warning an error', () => {
    const list = [issue('rto-inversion', 'warning'), issue('rto-exceeds-mtpd', 'error')];
    expect(
      applySeverity(list, { 'rto-inversion': 'error', 'rto-exceeds-mtpd': 'warning' }).map(
        (i) => i.severity,
      ),
    ).toEqual(['error', 'warning']);
    expect(applySeverity(list, {}, true).map((i) => i.severity)).toEqual(['error', 'error']);
  });

  it('never lowers an error that leaves a record unreadable or a reference unresolved', () => {
    const [i] = applySeverity([issue('dangling-reference', 'error')], {
      'dangling-reference': 'warning',
    });
    expect(i.severity).toBe('error');
    const m = modelOf([], { severity: { 'dangling-reference': 'warning' } });
    expect(m.issues.map((x) => x.rule)).toEqual(['fixed-severity']);
  });

  it('is applied to the model: a raised rule fails it', () => {
    const m = modelOf(
      [{ kind: 'services', id: 'a', data: { kind: 'application', dependsOn: ['a', 'a'] } }],
      { severity: { 'repeated-reference': 'error' } },
    );
    expect(m.issues.find((i) => i.rule === 'repeated-reference')?.severity).toBe('error');
  });
});

describe('issue reports', () => {
  it('escapes workflow-command data and properties', () => {
    expect(toAnnotation(issue('r', 'error', 'a,b:c.md'), 'content/')).toBe(
      '::error file=content/a%2Cb%3Ac.md,line=5,col=1,title=r (rto)::bad: 50%25 | <b>%0AFix: fix it,%0Anow',
    );
  });

  it('annotates changed files first, at most 10 of each severity, and says how many more', () => {
    const many = Array.from({ length: 12 }, (_, i) => issue('r', 'error', `s/${i}.md`));
    const out = toAnnotations(many, new Set(['s/11.md']));
    expect(out[0]).toContain('file=s/11.md');
    expect(out.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(out.at(-1)).toBe(
      '::notice title=More problems::2 more problem(s): see the job summary.',
    );
  });

  it('writes a summary table that no message can break', () => {
    const md = toMarkdownSummary([issue('r', 'error')]);
    expect(md).toContain(
      '| error | `services/a.md:5:1` | rto | r | bad: 50% \\| &lt;b> | fix it, now |',
    );
  });
});
