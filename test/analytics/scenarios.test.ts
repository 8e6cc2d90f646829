import { describe, it, expect } from 'vitest';
import { analyseRecovery } from '../../src/lib/analytics/recovery.ts';
import { analyseScenario, listScenarios } from '../../src/lib/analytics/scenarios.ts';
import { modelOf } from '../helpers.ts';
import { sampleModel } from './sample.ts';

const svc = (id: string, data: Record<string, unknown> = {}) => ({ kind: 'services' as const, id, data: { kind: 'application', ...data } });

//   fn (4h) -> app (2h, own 1h) -> db (1h, own 2h, at dc-a only) ; web (own 30m) at dc-a and dc-b ; cache (own 10m) supplied by vendor v
const fixture = () => modelOf([
  { kind: 'locations', id: 'dc-a', data: { type: 'data-centre' } },
  { kind: 'locations', id: 'dc-b', data: { type: 'data-centre' } },
  { kind: 'vendors', id: 'v', data: { substitutability: 'easy', supplies: ['cache'] } },
  { kind: 'bia', id: 'fn', data: { rto: '4h', dependsOn: ['app'] } },
  svc('app', { rto: '2h', recoveryTime: '1h', dependsOn: ['db', { service: 'cache', type: 'soft' }] }),
  svc('db', { rto: '1h', recoveryTime: '2h', locations: ['dc-a'] }),
  svc('web', { recoveryTime: '30m', locations: ['dc-a', 'dc-b'] }),
  svc('cache', { recoveryTime: '10m' }),
], { scenarios: [{ id: 'lose-app', title: 'App corrupted', lose: ['services/app'] }] });

describe('listScenarios', () => {
  it('lists the loss of every location and vendor, then the declared scenarios', () => {
    expect(listScenarios(fixture()).map((s) => s.id)).toEqual(['location-dc-a', 'location-dc-b', 'vendor-v', 'lose-app']);
  });
});

describe('analyseScenario', () => {
  const run = (id: string) => {
    const m = fixture();
    const rec = analyseRecovery(m);
    return analyseScenario(rec, listScenarios(m).find((s) => s.id === id)!);
  };

  it('fails what runs only at a lost location and everything that hard-depends on it', () => {
    const s = run('location-dc-a');
    expect(s.services.map((x) => x.key)).toEqual(['services/app', 'services/db']);
    expect(s.functions.map((x) => x.key)).toEqual(['bia/fn']);
  });

  it('keeps a service that also runs at another location', () => {
    expect(run('location-dc-a').services.map((x) => x.key)).not.toContain('services/web');
  });

  it('times the recovery and names the broken targets', () => {
    const s = run('location-dc-a');
    expect(s.services.find((x) => x.key === 'services/db')).toMatchObject({ achievable: 120, target: 60, met: false, wave: 1 });
    expect(s.services.find((x) => x.key === 'services/app')).toMatchObject({ achievable: 180, met: false, wave: 2 });
    expect(s.functions[0]).toMatchObject({ achievable: 180, target: 240, met: true });
    expect(s.broken).toEqual(['services/app', 'services/db']);
    expect(s.waves).toEqual([{ wave: 1, services: ['db'] }, { wave: 2, services: ['app'] }]);
  });

  it('does not fail anything through a soft dependency', () => {
    expect(run('vendor-v').services.map((x) => x.key)).toEqual(['services/cache']);
    expect(run('vendor-v').functions).toEqual([]);
  });

  it('analyses a declared scenario: the lost service recovers with nothing else down', () => {
    const s = run('lose-app');
    expect(s.services).toEqual([{ key: 'services/app', target: 120, achievable: 60, met: true, wave: 1 }]);
    expect(s.functions.map((x) => x.key)).toEqual(['bia/fn']);
  });
});

describe('analyseScenario on the sample organisation', () => {
  const m = sampleModel();
  const rec = analyseRecovery(m);
  const all = listScenarios(m).map((s) => analyseScenario(rec, s));

  it('has a scenario per location and vendor', () => {
    expect(all).toHaveLength(m.byKind.locations.length + m.byKind.vendors.length + m.settings.scenarios.length);
  });

  it('losing dc-north takes order intake down and breaks targets', () => {
    const s = all.find((x) => x.id === 'location-dc-north')!;
    expect(s.functions.map((f) => f.key)).toContain('bia/order-intake');
    expect(s.broken.length).toBeGreaterThan(0);
  });

  it('a failure of paygate stops payment processing', () => {
    expect(all.find((x) => x.id === 'vendor-paygate')!.functions.map((f) => f.key)).toContain('bia/payment-processing');
  });
});
