import { describe, it, expect } from 'vitest';
import { toConfidentialCopy, toGoBag, type GoBag } from '../../src/lib/render/go-bag.ts';
import type { Published } from '../../src/lib/publish/publish.ts';
import { keyOf } from '../../src/lib/model/key.ts';
import { formatDuration } from '../../src/lib/schema/duration.ts';
import type { Rec } from '../helpers.ts';
import { expectNoLeftOutRecord, literalSite, sampleSite } from './sites.ts';

const bagOf = (site: Published, team: string) => toGoBag(site, team);
/** Everyone in the call tree, in order, whatever their group. */
const people = (bag: GoBag) => bag.callTree.flatMap((g) => g.people);

/**
 * A team "t" whose plan's steps name a role held in another team, and people the internal
 * edition leaves out (bob, cy):
 *   t:     ann Lead (primary, escalation 1), bob Deputy (alternate), cy Scribe (primary)
 *   other: cy Fixer (primary)
 *   plan p (teams [t]): step fix by Fixer, step check by Nobody, after fix
 */
const RECS: Rec[] = [
  { kind: 'people', id: 'ann', data: { title: 'Ann', phone: '+44 20 7946 0001' } },
  { kind: 'people', id: 'bob', data: { title: 'Bob', classification: 'confidential' } },
  { kind: 'people', id: 'cy', data: { title: 'Cy', classification: 'confidential' } },
  {
    kind: 'teams',
    id: 't',
    data: {
      title: 'T',
      members: [
        { person: 'ann', role: 'Lead' },
        { person: 'bob', role: 'Deputy', as: 'alternate' },
        { person: 'cy', role: 'Scribe' },
      ],
      escalation: ['ann'],
    },
  },
  {
    kind: 'teams',
    id: 'other',
    data: { title: 'Other', members: [{ person: 'cy', role: 'Fixer' }] },
  },
  {
    kind: 'plans',
    id: 'p',
    data: {
      type: 'disaster-recovery',
      teams: ['t'],
      steps: [
        { id: 'fix', phase: 'recover', role: 'Fixer', action: 'Fix it.', estimate: '20m' },
        { id: 'check', phase: 'verify', role: 'Nobody', action: 'Check it.', after: ['fix'] },
      ],
    },
  },
];

describe('toGoBag', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it("gathers the team's plans, with their steps, and the services they recover by wave", () => {
    const bag = bagOf(whole, 'database');
    expect(bag.title).toBe('Database');
    const plans = whole.model.byKind.plans.filter(
      (p) => p.data.status !== 'retired' && p.data.teams.includes('database'),
    );
    expect(bag.plans.map((p) => p.id)).toEqual(plans.map((p) => p.id));
    expect(bag.planCount).toBe(String(plans.length));
    const recovery = bag.plans.find((p) => p.title === 'Database recovery plan')!;
    expect(recovery.anchor).toBe(`plan-${recovery.id}`);
    const source = plans.find((p) => p.id === recovery.id)!;
    expect(recovery.steps.map((s) => s.id)).toEqual(source.data.steps.map((s) => s.id));
    expect(recovery.steps.map((s) => s.role)).toEqual(source.data.steps.map((s) => s.role));
    const waves = bag.services.map((s) => Number(s.wave));
    expect(waves).toEqual([...waves].sort((a, b) => a - b));
    expect(bag.durations).toBe('Durations: m minutes, h hours, d days, w weeks. 1h = one hour.');
  });

  it('lists whom to call in escalation order, then the other members, with every way to reach them', () => {
    const bag = bagOf(whole, 'database');
    const team = whole.model.byKind.teams.find((t) => t.id === 'database')!;
    expect(bag.callTree.map((g) => g.heading).slice(0, 2)).toEqual([
      'Call in this order',
      'Other members',
    ]);
    expect(bag.callTree[0].people.map((c) => c.order)).toEqual(
      team.data.escalation.map((_, i) => String(i + 1)),
    );
    expect(people(bag).map((c) => c.name)).toContain('Elena Petrova');
    const elena = people(bag).find((c) => c.name === 'Elena Petrova')!;
    expect(elena.phone).toEqual([{ text: '+44 20 7946 0107', href: 'tel:+442079460107' }]);
    expect(elena.email).toEqual([
      {
        text: 'elena.petrova@harbourline.example',
        href: 'mailto:elena.petrova@harbourline.example',
      },
    ]);
    expect(elena.outOfBand).toContainEqual({
      text: '+44 7700 900407',
      href: 'tel:+447700900407',
      note: 'personal-phone',
    });
  });

  it('gives the internal edition names and work numbers, and says where the personal ones are', () => {
    const bag = bagOf(site, 'database');
    const elena = people(bag).find((c) => c.name === 'Elena Petrova')!;
    expect(elena.phone.map((p) => p.href)).toEqual(['tel:+442079460107']);
    expect(elena.outOfBand).toEqual([{ text: 'personal numbers: in the confidential edition' }]);
    expect(JSON.stringify(bag)).not.toContain('7700 900');
  });

  it("calls, after the team's own, the people of other teams its plans' steps name, once each, with role, team and numbers", () => {
    const bag = bagOf(site, 'warehouse-operations');
    expect(bag.callTree.map((g) => g.group)).toEqual(['escalation', 'member', 'steps']);
    expect(bag.callTree[2].heading).toBe("Named in the plans' steps, from other teams");
    const jonas = bag.callTree[2].people.find((c) => c.name === 'Jonas Berg')!;
    expect(jonas.roles).toContainEqual({
      role: 'Major incident manager (primary)',
      team: 'Service desk',
    });
    expect(jonas.phone).toEqual([{ text: '+44 20 7946 0112', href: 'tel:+442079460112' }]);
    expect(jonas.outOfBand).toEqual([{ text: 'personal numbers: in the confidential edition' }]);
    const names = people(bag).map((c) => c.name);
    expect(names).toEqual([...new Set(names)]);
    // Already a member: the role another team gives him joins his card, not a second card.
    const hiro = bag.callTree[1].people.find((c) => c.name === 'Hiro Tanaka')!;
    expect(hiro.roles).toContainEqual({
      role: 'Major incident manager (alternate)',
      team: 'Service desk',
    });
    expect(bag.callTree[2].people.every((c) => c.roles.every((r) => r.team !== bag.title))).toBe(
      true,
    );
    const confidential = bagOf(whole, 'warehouse-operations').callTree[2].people;
    expect(confidential.find((c) => c.name === 'Jonas Berg')!.outOfBand[0].href).toMatch(/^tel:/);
  });

  it("names each step's primary and alternate holders, with their work phones as tel: links", () => {
    const plan = bagOf(site, 'warehouse-operations').plans.find(
      (p) => p.id === 'warehouse-continuity',
    )!;
    const assess = plan.steps.find((s) => s.id === 'assess-impact')!;
    expect(assess).toMatchObject({
      role: 'Major incident manager',
      phase: 'assess',
      estimate: '20m',
      after: [{ id: 'confirm-outage', anchor: 'plan-warehouse-continuity-step-confirm-outage' }],
    });
    expect(assess.holders).toEqual([
      {
        name: 'Jonas Berg',
        as: 'primary',
        team: 'Service desk',
        phone: [{ text: '+44 20 7946 0112', href: 'tel:+442079460112' }],
      },
      {
        name: 'Hiro Tanaka',
        as: 'alternate',
        team: 'Service desk',
        phone: [{ text: '+44 20 7946 0110', href: 'tel:+442079460110' }],
      },
    ]);
    expect(plan.steps.every((s) => s.holders.length > 0)).toBe(true);
  });

  it('marks a service that cannot be back by its target after a wide outage as late, by how much', () => {
    for (const team of ['warehouse-operations', 'database']) {
      for (const s of bagOf(site, team).services) {
        const gap = site.recovery.byKey.get(keyOf('services', s.id))!.rto.gap;
        expect(s.late, s.id).toBe(
          gap !== undefined && gap > 0 ? `late by ${formatDuration(gap)}` : undefined,
        );
      }
    }
    const wms = bagOf(site, 'warehouse-operations').services.find(
      (s) => s.id === 'warehouse-management',
    )!;
    expect(wms).toMatchObject({ target: '4h', achievable: '6h 10m', late: 'late by 2h 10m' });
    expect(bagOf(site, 'database').services.some((s) => s.late === undefined)).toBe(true);
  });

  it('says where the confidential go-bag is kept, and in the confidential edition that this is it', () => {
    expect(bagOf(site, 'warehouse-operations').confidentialCopy).toMatchInlineSnapshot(
      `"Personal numbers are withheld in this edition; the confidential go-bag is kept: the sealed envelope in the continuity office safe at Harbour House, and a copy on each crisis management team member's encrypted USB stick."`,
    );
    expect(bagOf(whole, 'warehouse-operations').confidentialCopy).toMatchInlineSnapshot(
      `"This is the confidential copy, with personal numbers. The confidential go-bags are kept: the sealed envelope in the continuity office safe at Harbour House, and a copy on each crisis management team member's encrypted USB stick."`,
    );
    expect(bagOf(site, 'database').edition).toBe('internal');
  });

  it("says the confidential copy's place is not recorded when the settings do not say, naming the setting", () => {
    expect(toGoBag(literalSite(RECS, 'internal'), 't').confidentialCopy).toMatchInlineSnapshot(
      `"Personal numbers are withheld in this edition; where the confidential go-bag is kept is not recorded (set goBags.confidentialCopy in organisation.yaml to say where it is kept)."`,
    );
    expect(toGoBag(literalSite(RECS, 'confidential'), 't').confidentialCopy).toMatchInlineSnapshot(
      `"This is the confidential copy, with personal numbers. Where the confidential go-bags are kept is not recorded (set goBags.confidentialCopy in organisation.yaml to say where it is kept)."`,
    );
    const set = literalSite(RECS, 'internal', { goBags: { confidentialCopy: 'the safe.' } });
    expect(toGoBag(set, 't').confidentialCopy).toBe(
      'Personal numbers are withheld in this edition; the confidential go-bag is kept: the safe.',
    );
  });

  it('says nobody holds a role no team has, and keeps left-out people apart by role without naming them', () => {
    const lit = literalSite(RECS, 'internal');
    const bag = toGoBag(lit, 't');
    const [fix, check] = bag.plans[0].steps;
    expect(fix.holders).toEqual([
      { name: 'restricted record', as: 'primary', team: 'Other', phone: [] },
    ]);
    expect(check.holders).toEqual([]);
    expect(
      bag.callTree.map((g) => [g.group, g.people.map((c) => [c.name, c.roles.map((r) => r.role)])]),
    ).toEqual([
      ['escalation', [['Ann', ['Lead (primary)']]]],
      [
        'member',
        [
          ['restricted record', ['Deputy (alternate)']],
          ['restricted record', ['Scribe (primary)']],
        ],
      ],
      ['steps', [['restricted record', ['Fixer (primary)']]]],
    ]);
    expectNoLeftOutRecord(lit, literalSite(RECS, 'confidential'), bag);
  });

  it('refuses a team the edition does not show: a bug in the page that asks', () => {
    expect(() => toGoBag(site, 'nobody')).toThrow(/^internal: /);
  });

  it('counts the plans the edition leaves out and names no left-out person or vendor', () => {
    const bag = bagOf(site, 'database');
    expect(bag.planCount).toBe(`${bagOf(whole, 'database').plans.length}, 1 of them restricted`);
    for (const team of site.model.byKind.teams)
      expectNoLeftOutRecord(site, whole, bagOf(site, team.id));
  });
});

describe('toConfidentialCopy', () => {
  it('drops a full stop the setting ends with, so the sentence has one', () => {
    expect(toConfidentialCopy('public', 'the safe. ')).toBe(
      'Personal numbers are withheld in this edition; the confidential go-bag is kept: the safe.',
    );
  });
});
