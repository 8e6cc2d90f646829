import { describe, it, expect } from 'vitest';
import { exercise, fn, person, plan, rec, resultOf, service } from './fixtures.ts';
import type { Rec } from '../../helpers.ts';

const iso = (recs: Rec[], id: string) => resultOf(recs, 'iso-22301', id);

describe('ISO 22301 checklist', () => {
  describe('8.2.2 business impact analysis', () => {
    // sales (4h, tier 1): complete, approved, reviewed. returns (2h, tier 1): no approval, no impacts.
    const approver = person('ann');
    const sales = fn('sales', {
      rto: '4h',
      mtpd: '1d',
      impacts: { financial: { '4h': 'low', '1d': 'high' } },
      approvedBy: 'ann',
      approvedOn: '2026-06-01',
      lastReviewed: '2026-06-01',
    });
    const returns = fn('returns', { rto: '2h', mtpd: '1d', lastReviewed: '2026-06-01' });

    it('is met when every tier 1-2 function has a complete, approved and current BIA', () => {
      expect(iso([approver, sales], '8.2.2')).toEqual({
        status: 'met',
        summary:
          '1 of 1 tier 1-2 or untiered business functions with a complete, approved and current BIA',
        evidence: ['bia/sales'],
        missing: [],
      });
    });

    it('is partly met when some are, naming each function that falls short and why', () => {
      const r = iso([approver, sales, returns], '8.2.2');
      expect(r.status).toBe('partly');
      expect(r.missing).toEqual([
        'bia/returns: No impact table (impacts); not approved (approvedBy, approvedOn).',
      ]);
    });

    it('is not met when no function passes, and counts a function without an RTO (its tier is not decided)', () => {
      const r = iso([returns, fn('untiered', { lastReviewed: '2026-06-01' })], '8.2.2');
      expect(r.status).toBe('not-met');
      expect(r.summary).toMatch(/^0 of 2 /);
      expect(r.missing[1]).toBe(
        'bia/untiered: No impact table (impacts); no RTO, so no tier (rto); no MTPD, declared or derived from the impacts (mtpd); not approved (approvedBy, approvedOn).',
      );
    });

    it('is not met with no BIA at all, and not applicable when every function is below tier 2', () => {
      expect(iso([service('shop', { rto: '1h' })], '8.2.2')).toMatchObject({
        status: 'not-met',
        summary: 'No business function has a BIA record',
      });
      expect(iso([fn('archive', { rto: '2w' })], '8.2.2')).toMatchObject({
        status: 'not-applicable',
      });
    });
  });

  describe('8.4.3 warning and communication', () => {
    //   shop (1h) <- shop-dr (approved, channels: phone)
    //   chat, phone: services; crisis: the crisis communication plan
    const base: Rec[] = [
      service('shop', { rto: '1h' }),
      service('chat'),
      service('phone'),
      plan('shop-dr', { covers: { services: ['shop'] }, channels: ['phone'] }),
    ];

    it('is not met without an approved crisis communication plan, though every plan passes (a blocking failure)', () => {
      expect(iso(base, '8.4.3')).toEqual({
        status: 'not-met',
        summary:
          '1 of 1 approved tier 1-2 and crisis communication plans with channels that outlast what they recover',
        evidence: ['plans/shop-dr'],
        missing: [
          '(none): No crisis communication plan (a plan of type crisis-communication) exists.',
        ],
      });
    });

    it('is not met when the crisis communication plan only talks over what it recovers, naming that plan once', () => {
      const r = iso(
        [
          ...base,
          plan('crisis', {
            type: 'crisis-communication',
            covers: { services: ['chat'] },
            channels: ['chat'],
          }),
        ],
        '8.4.3',
      );
      expect(r.status).toBe('not-met');
      expect(r.missing).toHaveLength(1);
      expect(r.missing[0]).toMatch(
        /^plans\/crisis: Every channel of this crisis communication plan fails with what it recovers/,
      );
    });

    it('is met once the crisis communication plan keeps a channel that outlasts what it recovers', () => {
      const r = iso(
        [
          ...base,
          plan('crisis', {
            type: 'crisis-communication',
            covers: { services: ['chat'] },
            channels: ['phone'],
          }),
        ],
        '8.4.3',
      );
      expect(r).toMatchObject({ status: 'met', evidence: ['plans/crisis', 'plans/shop-dr'] });
    });
  });

  describe('8.5 exercise programme', () => {
    //   shop (1h) <- shop-dr (exercised 2026-05-10), till (2h) <- till-dr (never exercised)
    const recs: Rec[] = [
      service('shop', { rto: '1h' }),
      service('till', { rto: '2h' }),
      plan('shop-dr', { covers: { services: ['shop'] } }),
      plan('till-dr', { covers: { services: ['till'] } }),
      exercise('ex-shop', '2026-05-10', { plans: ['shop-dr'] }),
    ];

    it('is partly met when some tier 1-2 plans were exercised in the window, naming the others', () => {
      expect(iso(recs, '8.5')).toEqual({
        status: 'partly',
        summary: '1 of 2 approved plans covering tier 1-2 exercised within 12 months',
        evidence: ['plans/shop-dr'],
        missing: [
          'plans/till-dr: Never exercised: no completed exercise lists it (exercises: plans).',
        ],
      });
    });

    it('is not met when the last exercise is older than the window', () => {
      const r = iso(
        [...recs.slice(0, 3), exercise('ex-shop', '2025-10-01', { plans: ['shop-dr'] })],
        '8.5',
      );
      expect(r.status).toBe('not-met');
      expect(r.missing).toEqual([
        'plans/shop-dr: Last exercised 2025-10-01 in ex-shop, more than 12 months ago (due 2026-10-01).',
      ]);
    });
  });

  describe('10.1 nonconformity and corrective action', () => {
    const finding = (id: string, data: Record<string, unknown>) => ({
      id,
      title: `Finding ${id}`,
      severity: 'high',
      owner: 'ops',
      ...data,
    });

    it('is not applicable when no exercise has raised a finding', () => {
      expect(iso([exercise('ex', '2026-01-10')], '10.1')).toMatchObject({
        status: 'not-applicable',
        summary: 'No exercise has raised a finding',
      });
    });

    it('counts findings and lists each exercise once with the findings past due', () => {
      const r = iso(
        [
          exercise('ex', '2026-01-10', {
            findings: [
              finding('F1', { status: 'closed', closedOn: '2026-02-01', fixedBy: 'CHG-1' }),
              finding('F2', { due: '2026-03-01' }),
              finding('F3', { due: '2027-01-01', status: 'in-progress' }),
            ],
          }),
        ],
        '10.1',
      );
      expect(r).toEqual({
        status: 'partly',
        summary: '2 of 3 exercise findings closed or within their due date',
        evidence: [],
        missing: ['exercises/ex: Finding F2 (high, open) was due 2026-03-01.'],
      });
    });
  });

  describe('10.1 lessons learned from incidents', () => {
    const lesson = (id: string, data: Record<string, unknown>) => ({
      id,
      title: `Lesson ${id}`,
      severity: 'medium',
      owner: 'ops',
      ...data,
    });
    const incident = (id: string, data: Record<string, unknown>) =>
      rec('incidents', id, { recovered: '2026-01-10T11:00', ...data });

    it('looks at every incident that is over: lessons recorded, none past due', () => {
      const r = iso(
        [
          incident('inc-a', { findings: [lesson('L1', { status: 'closed', due: '2026-02-01' })] }),
          incident('inc-b', {}),
          incident('inc-c', { findings: [lesson('L1', { due: '2026-06-30' })] }),
          // Still going on: its lessons are not due yet.
          incident('inc-d', { start: '2026-11-20T08:00', recovered: undefined }),
        ],
        '10.1-incidents',
      );
      expect(r).toEqual({
        status: 'partly',
        summary: '1 of 3 incidents over with their lessons recorded and acted on in time',
        evidence: ['incidents/inc-a'],
        missing: [
          'incidents/inc-b: No lessons learned recorded (findings).',
          'incidents/inc-c: Lesson L1 (medium, open) was due 2026-06-30.',
        ],
      });
    });

    it('is not applicable when no incident is over', () => {
      expect(iso([], '10.1-incidents').status).toBe('not-applicable');
    });
  });
});
