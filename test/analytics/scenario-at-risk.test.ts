import { describe, it, expect } from 'vitest';
import { analyseRecovery } from '../../src/lib/analytics/recovery.ts';
import { analyseScenarios, listScenarios } from '../../src/lib/analytics/scenarios.ts';
import { modelOf } from '../helpers.ts';
import { sampleModel } from './sample.ts';

//   fn (4h) -> app (2h, own 1h) -> sso (own 10m) supplied by vendor v (substitutability as given)
const fixture = (vendor: Record<string, unknown>, plans: Record<string, unknown>[] = []) =>
  modelOf([
    { kind: 'vendors', id: 'v', data: { supplies: ['sso'], ...vendor } },
    ...plans.map((data, i) => ({ kind: 'plans' as const, id: `p${i}`, data })),
    { kind: 'bia', id: 'fn', data: { rto: '4h', dependsOn: ['app'] } },
    {
      kind: 'services',
      id: 'app',
      data: { kind: 'application', rto: '2h', recoveryTime: '1h', dependsOn: ['sso'] },
    },
    { kind: 'services', id: 'sso', data: { kind: 'application', rto: '1h', recoveryTime: '10m' } },
  ]);

const vendorScenario = (m: ReturnType<typeof fixture>) =>
  analyseScenarios(analyseRecovery(m), listScenarios(m)).find((s) => s.id === 'vendor-v')!;

describe('analyseScenario: a lost vendor with no substitute and no exit plan', () => {
  it('puts the targets of everything that fails with it at risk, never met and never broken', () => {
    const s = vendorScenario(fixture({ substitutability: 'none' }));
    expect(s.irreplaceable).toEqual(['vendors/v']);
    expect(s.counts).toEqual({ functions: 1, services: 2, broken: 0, atRisk: 3 });
    expect(s.atRisk).toEqual(['bia/fn', 'services/app', 'services/sso']);
    expect(s.broken).toEqual([]);
    for (const x of [...s.functions, ...s.services]) {
      expect(x.atRisk).toBe(true);
      expect(x.achievable).toBeUndefined();
      expect(x.met).toBeUndefined();
    }
  });

  it('treats substitutability hard like none', () => {
    expect(vendorScenario(fixture({ substitutability: 'hard' })).counts.atRisk).toBe(3);
  });

  it('assumes recovery from time 0 when the vendor can be substituted', () => {
    const s = vendorScenario(fixture({ substitutability: 'medium' }));
    expect(s.irreplaceable).toEqual([]);
    expect(s.counts).toEqual({ functions: 1, services: 2, broken: 0, atRisk: 0 });
    expect(s.services.map((x) => x.achievable)).toEqual([70, 10]);
  });

  it('counts an approved exit plan as a way out, and a draft one as none', () => {
    const exit = (status: string) =>
      vendorScenario(
        fixture({ substitutability: 'none', exitPlan: 'p0' }, [{ type: 'exit', status }]),
      ).counts.atRisk;
    expect(exit('approved')).toBe(0);
    expect(exit('draft')).toBe(3);
  });
});

describe('analyseScenarios on the sample', () => {
  const m = sampleModel();
  const all = analyseScenarios(analyseRecovery(m), listScenarios(m));

  it('shows the dependents of Keyfort (no substitute, no exit plan) at risk, not a green 0', () => {
    const s = all.find((x) => x.id === 'vendor-keyfort')!;
    expect(s.irreplaceable).toEqual(['vendors/keyfort']);
    expect(s.counts.atRisk).toBeGreaterThan(0);
    expect(s.counts.broken).toBe(0);
    expect(s.atRisk).toContain('services/sso');
    expect(s.services.find((x) => x.key === 'services/sso')).toMatchObject({
      atRisk: true,
      achievable: undefined,
    });
  });

  it('puts nothing at risk when the lost vendor has an approved exit plan or a substitute', () => {
    for (const id of ['vendor-nimbus-cloud', 'vendor-collabra', 'vendor-fibrelink'])
      expect(all.find((x) => x.id === id)!.counts.atRisk).toBe(0);
  });
});
