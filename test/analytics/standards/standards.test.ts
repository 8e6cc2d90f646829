import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STANDARDS } from '../../../src/lib/analytics/standards/index.ts';
import { judge } from '../../../src/lib/analytics/standards/checks/judge.ts';
import { toStandardsDoc, STANDARDS_DOC } from '../../../src/lib/render/standards-doc.ts';
import { PROJECT_ROOT } from '../../../src/load/build-inputs.ts';
import { analyse } from '../../../src/lib/analytics/analyse.ts';
import { formatText, ref } from '../../../src/lib/model/text.ts';
import { sampleModel } from '../sample.ts';

const EMPTY = { status: 'not-met' as const, summary: 'Nothing to judge' };

describe('judge', () => {
  it('is met when every record passes, partly when some do, not met when none does', () => {
    const pass = { key: 'services/a' as const, reasons: [] };
    const fail = { key: 'services/b' as const, reasons: [['no plan']] };
    expect(judge([pass], { what: 'x', empty: EMPTY }).status).toBe('met');
    expect(judge([pass, fail], { what: 'x', empty: EMPTY }).status).toBe('partly');
    expect(judge([fail], { what: 'x', empty: EMPTY }).status).toBe('not-met');
  });

  it('says what the check says with nothing to judge, and is not met on a blocking failure whatever passes', () => {
    expect(judge([], { what: 'x', empty: { status: 'not-applicable', summary: 'None' } })).toEqual({
      status: 'not-applicable',
      evidence: [],
      missing: [],
      met: 0,
      total: 0,
      summary: 'None',
    });
    const r = judge([{ key: 'plans/a', reasons: [] }], {
      what: 'plans with channels',
      empty: EMPTY,
      blocking: [{ reason: ['No crisis plan.'] }],
    });
    expect(r).toMatchObject({ status: 'not-met', met: 1, total: 1, evidence: ['plans/a'] });
    expect(r.summary).toBe('1 of 1 plans with channels');
  });

  it('lists one shortfall per record, its reasons in one sentence, in key order; a record failing once is no evidence', () => {
    const r = judge(
      [
        { key: 'people/zoe', reasons: [['never trained on x']] },
        { key: 'people/ann', reasons: [] },
        { key: 'people/zoe', reasons: [] },
        { key: 'people/ann', reasons: [['never trained on ', ref('plans/y')]] },
        { key: 'people/bob', reasons: [] },
        { key: 'people/ann', reasons: [['contact details never verified']] },
      ],
      { what: 'x', empty: EMPTY },
    );
    expect(r.evidence).toEqual(['people/bob']);
    expect(r.missing.map((m) => `${m.key}: ${formatText(m.reason)}`)).toEqual([
      'people/ann: Never trained on y; contact details never verified.',
      'people/zoe: Never trained on x.',
    ]);
    expect(r).toMatchObject({ met: 3, total: 6 });
  });
});

describe('STANDARDS', () => {
  it('registers ISO 22301, DORA and NIST SP 800-34, each with unique requirement ids and every text written', () => {
    expect(STANDARDS.map((s) => s.id)).toEqual(['iso-22301', 'dora', 'nist-800-34']);
    for (const s of STANDARDS) {
      const ids = s.requirements.map((r) => r.id);
      expect(new Set(ids).size, s.id).toBe(ids.length);
      expect(s.requirements.length, s.id).toBeGreaterThanOrEqual(6);
      for (const r of s.requirements)
        for (const field of ['ref', 'title', 'asks', 'evidencedBy', 'rule'] as const)
          expect(r[field].trim(), `${s.id} ${r.id} ${field}`).not.toBe('');
    }
  });

  it('is documented in docs/standards.md, which is what the checklists make (run npm run standards-doc after changing one)', () => {
    const committed = readFileSync(join(PROJECT_ROOT, STANDARDS_DOC), 'utf8');
    expect(committed).toBe(toStandardsDoc());
    for (const s of STANDARDS)
      for (const r of s.requirements) {
        expect(committed).toContain(`### ${r.id} ${r.title}`);
        expect(committed).toContain(r.rule);
      }
  });
});

describe('the sample organisation on 2026-11-25', () => {
  const analysis = analyse(sampleModel());
  const iso = analysis.standards.find((s) => s.standard.id === 'iso-22301')!;

  it('has at least one ISO 22301 requirement not met, naming the missing records', () => {
    const notMet = iso.requirements.filter((r) => r.result.status === 'not-met');
    expect(notMet.length).toBeGreaterThan(0);
    expect(
      notMet.map((r) => ({
        id: r.requirement.id,
        summary: r.result.summary,
        missing: r.result.missing.map((m) => `${m.key ?? '(none)'}: ${formatText(m.reason)}`),
      })),
    ).toMatchInlineSnapshot();
  });

  it('counts every status of every standard', () => {
    expect(
      Object.fromEntries(
        analysis.standards.map((c) => [
          c.standard.id,
          c.requirements.map((r) => `${r.requirement.id} ${r.result.status} (${r.result.summary})`),
        ]),
      ),
    ).toMatchInlineSnapshot();
  });
});
