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
        // A reason that is a sentence of its own (a gap's message) loses its full stop in the list.
        { key: 'people/zoe', reasons: [['Never trained on x.']] },
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
    ).toMatchInlineSnapshot(`
      [
        {
          "id": "8.4.3",
          "missing": [
            "plans/crisis-communications: Every channel of this crisis communication plan fails with what it recovers, so nobody it serves could be warned: Channel chat is itself a service the plan recovers, so it may be down exactly when the plan is needed. Channel email is itself a service the plan recovers, so it may be down exactly when the plan is needed.",
          ],
          "summary": "12 of 13 approved tier 1-2 and crisis communication plans with channels that outlast what they recover",
        },
      ]
    `);
  });

  it('counts every status of every standard', () => {
    expect(
      Object.fromEntries(
        analysis.standards.map((c) => [
          c.standard.id,
          c.requirements.map((r) => `${r.requirement.id} ${r.result.status} (${r.result.summary})`),
        ]),
      ),
    ).toMatchInlineSnapshot(`
      {
        "dora": [
          "art-11-1 met (1 of 1 policies with topic continuity approved, in force and reviewed on cycle)",
          "art-11-2 partly (42 of 49 tier 1-2 services and functions covered by an approved plan with activation, stand-down and who may declare it)",
          "art-11-5 met (8 of 8 tier 1-2 or untiered business functions with a complete, approved and current BIA)",
          "art-11-6-a partly (6 of 13 approved plans exercised within 12 months)",
          "art-11-6-b partly (1 of 2 approved crisis communication plans exercised within 12 months)",
          "art-12-1-policy met (1 of 1 policies with topic backup approved, in force and reviewed on cycle)",
          "art-12-1-frequency met (13 of 13 tier 1-2 services holding data backed up within their RPO)",
          "art-12-2 met (13 of 13 tier 1-2 services holding data restore-tested within 12 months)",
          "art-12-6 met (12 of 12 business functions with an RTO and an RPO)",
          "art-13-2 met (8 of 8 incidents on tier 1-2 services or functions with a written review and lessons recorded)",
          "art-24-5 partly (16 of 28 exercise findings closed or within their due date)",
          "art-28-8 partly (1 of 10 vendors of tier 1-2 services with an approved exit plan)",
          "rts-26-2 met (12 of 12 disruption scenarios an approved tier 1-2 plan is written for)",
          "rts-25 partly (6 of 12 disruption scenarios exercised for a tier 1-2 service)",
        ],
        "iso-22301": [
          "8.2.2 met (8 of 8 tier 1-2 or untiered business functions with a complete, approved and current BIA)",
          "8.2.3 partly (23 of 30 open risks treated where above appetite and reviewed on cycle)",
          "8.3.2 partly (22 of 49 tier 1-2 services and functions that can be back within their target RTO)",
          "8.3.4 partly (1 of 10 vendors of tier 1-2 services with an approved exit plan)",
          "8.4.2 partly (13 of 14 teams carrying out tier 1-2 plans with an alternate for every role and an escalation order)",
          "8.4.2-contacts partly (15 of 20 people named in tier 1-2 plans with contact details verified on time)",
          "8.4.3 not-met (12 of 13 approved tier 1-2 and crisis communication plans with channels that outlast what they recover)",
          "8.4.4 partly (42 of 49 tier 1-2 services and functions covered by an approved plan with activation, stand-down and who may declare it)",
          "8.5 partly (6 of 13 approved plans covering tier 1-2 exercised within 12 months)",
          "9.1 partly (24 of 41 tier 1-2 services whose recovery was measured and met their objectives)",
          "9.3 partly (133 of 148 records reviewed within their cycle)",
          "10.1 partly (16 of 28 exercise findings closed or within their due date)",
          "10.1-incidents partly (7 of 8 incidents over with their lessons recorded and acted on in time)",
          "10.2 met (13 of 13 closed exercise findings that record the change that fixed them)",
        ],
        "nist-800-34": [
          "3.1 met (1 of 1 policies with topic continuity approved, in force and reviewed on cycle)",
          "3.2 met (12 of 12 business functions with an MTPD, an RTO and an RPO)",
          "3.3 met (13 of 13 tier 1-2 services holding data backed up within their RPO)",
          "3.4.1 met (13 of 13 tier 1-2 services holding data restore-tested within 12 months)",
          "3.4 partly (22 of 49 tier 1-2 services and functions that can be back within their target RTO)",
          "3.4.2 partly (3 of 4 locations of tier 1-2 services with an alternate location)",
          "3.4.5 partly (13 of 14 teams carrying out tier 1-2 plans with an alternate for every role and an escalation order)",
          "3.5.1 partly (6 of 13 approved plans covering tier 1-2 exercised within 12 months)",
          "3.5.2 partly (19 of 191 trainings of people on the tier 1-2 plans that name them that are current)",
          "3.6 partly (11 of 15 plans approved and reviewed on cycle)",
          "4.2 partly (42 of 49 tier 1-2 services and functions covered by an approved plan with activation, stand-down and who may declare it)",
          "4.5 partly (15 of 20 people named in tier 1-2 plans with contact details verified on time)",
        ],
      }
    `);
  });
});
