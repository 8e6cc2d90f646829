import { describe, it, expect } from 'vitest';
import { fn, person, plan, rec, resultOf, service } from './fixtures.ts';
import type { Rec } from '../../helpers.ts';

const nist = (recs: Rec[], id: string) => resultOf(recs, 'nist-800-34', id);

describe('NIST SP 800-34 checklist', () => {
  describe('§3.2 BIA: MTD, RTO, RPO', () => {
    it('is met when every function has an RTO, an RPO and an MTPD, the MTPD derived from the impact table where not declared', () => {
      const r = nist(
        [
          fn('sales', {
            rto: '4h',
            rpo: '1h',
            impacts: { financial: { '4h': 'low', '1d': 'high' } },
          }),
        ],
        '3.2',
      );
      expect(r).toMatchObject({ status: 'met', evidence: ['bia/sales'] });
    });

    it('is partly met and names what each function lacks', () => {
      const r = nist(
        [fn('sales', { rto: '4h', rpo: '1h', mtpd: '1d' }), fn('payroll', { rto: '1d' })],
        '3.2',
      );
      expect(r.status).toBe('partly');
      expect(r.missing).toEqual([
        'bia/payroll: No RPO (rpo); no MTPD, declared or derived from the impacts (mtpd).',
      ]);
    });
  });

  describe('§3.4.2 alternate sites', () => {
    //   shop (1h) runs in dc-a (alternate dc-b); till (2h) runs in dc-c (no alternate)
    const sites: Rec[] = [
      rec('locations', 'dc-a', { type: 'data-centre', alternates: ['dc-b'] }),
      rec('locations', 'dc-b', { type: 'data-centre' }),
      rec('locations', 'dc-c', { type: 'data-centre' }),
    ];

    it('looks only at the locations tier 1-2 services run in', () => {
      const r = nist(
        [
          ...sites,
          service('shop', { rto: '1h', locations: ['dc-a'] }),
          service('till', { rto: '2h', locations: ['dc-c'] }),
          service('archive', { rto: '2w', locations: ['dc-b'] }),
        ],
        '3.4.2',
      );
      expect(r).toEqual({
        status: 'partly',
        summary: '1 of 2 locations of tier 1-2 services with an alternate location',
        evidence: ['locations/dc-a'],
        missing: ['locations/dc-c: No alternate location (alternates).'],
      });
    });

    it('is not applicable when no tier 1-2 service names a location', () => {
      expect(nist([...sites, service('shop', { rto: '1h' })], '3.4.2').status).toBe(
        'not-applicable',
      );
    });
  });

  describe('§3.5.2 training of the people named in plans', () => {
    //   shop (1h) <- shop-dr (declaredBy ann; team ops-team: ann, bob)
    const recs: Rec[] = [
      service('shop', { rto: '1h' }),
      plan('shop-dr', {
        version: '2',
        covers: { services: ['shop'] },
        declaredBy: ['ann'],
        teams: ['ops-team'],
      }),
      rec('teams', 'ops-team', {
        members: [
          { person: 'ann', role: 'Lead' },
          { person: 'bob', role: 'Lead', as: 'alternate' },
        ],
      }),
      person('ann', {
        mayDeclareDisaster: true,
        training: [{ subject: 'shop-dr', completedOn: '2026-06-01', version: '2' }],
      }),
    ];

    it('is partly met per person and plan, naming who never trained on which plan', () => {
      const r = nist([...recs, person('bob')], '3.5.2');
      expect(r).toEqual({
        status: 'partly',
        summary: '1 of 2 trainings of people on the tier 1-2 plans that name them that are current',
        evidence: ['people/ann'],
        missing: ['people/bob: Never trained on shop-dr.'],
      });
    });

    it('is not met when training is on an older version of the plan', () => {
      const r = nist(
        [
          ...recs.slice(0, 3),
          person('ann', {
            mayDeclareDisaster: true,
            training: [{ subject: 'shop-dr', completedOn: '2026-06-01', version: '1' }],
          }),
          person('bob', { training: [{ subject: 'shop-dr', completedOn: '2024-06-01' }] }),
        ],
        '3.5.2',
      );
      expect(r.status).toBe('not-met');
      expect(r.missing).toHaveLength(2);
    });
  });
});
