import { describe, it, expect } from 'vitest';
import { toGuideQuestions, toPlanQuestions } from '../../src/lib/render/self-check.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import { expectNoLeftOutRecord, sampleSite } from './sites.ts';

describe('toPlanQuestions', () => {
  const site = sampleSite('confidential');
  const plan = getEntry(site.model, 'plans', 'datacentre-failover')!;
  const questions = toPlanQuestions(site, plan);
  const answer = (q: string) => questions.find((x) => x.q === q)?.a;

  it("asks who may declare the plan, and answers with the plan's declaredBy", () => {
    const names = plan.data.declaredBy.map((p) => getEntry(site.model, 'people', p)!.data.title);
    for (const name of names) expect(answer('Who may declare this plan?')).toContain(name);
  });

  it('asks for the first step: the steps that wait for nothing', () => {
    const first = plan.data.steps.filter((s) => s.after.length === 0);
    expect(first.length).toBeGreaterThan(0);
    for (const s of first)
      expect(answer('What is the first step?')).toContain(s.action.replace(/\.$/, ''));
  });

  it('asks which services it recovers first: the covered services of the earliest wave', () => {
    const waves = plan.data.covers.services.map(
      (id) => site.recovery.byKey.get(`services/${id}`)!.wave!,
    );
    const first = Math.min(...waves);
    expect(answer('Which services does it recover first?')).toContain(`(recovery wave ${first})`);
    const storage = site.recovery.byKey.get('services/dc-network-north')!;
    if (storage.wave === first)
      expect(answer('Which services does it recover first?')).toContain(storage.title);
  });

  it('leaves out a question the plan has no data for', () => {
    const bare = { ...plan, data: { ...plan.data, declaredBy: [], steps: [], standDown: [] } };
    expect(toPlanQuestions(site, bare).map((x) => x.q)).toEqual([
      'When is this plan activated?',
      'Which services does it recover first?',
    ]);
  });

  it('names nobody the edition leaves out', () => {
    const whole = sampleSite('confidential');
    const pub = sampleSite('internal');
    for (const p of pub.model.byKind.plans)
      expectNoLeftOutRecord(pub, whole, toPlanQuestions(pub, p));
  });
});

describe('toGuideQuestions', () => {
  it("gives a guide's own questions as written", () => {
    const site = sampleSite('internal');
    const guide = site.model.byKind.guides.find((g) => g.data.questions.length > 0)!;
    expect(toGuideQuestions(guide)).toEqual(guide.data.questions);
  });
});
