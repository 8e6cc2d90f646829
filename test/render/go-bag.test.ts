import { describe, it, expect } from 'vitest';
import { toGoBag } from '../../src/lib/render/go-bag.ts';
import type { Published } from '../../src/lib/publish/publish.ts';
import { expectNoLeftOutRecord, sampleSite } from './sites.ts';

const bagOf = (site: Published, team: string) => toGoBag(site, team);

describe('toGoBag', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');

  it("gathers the team's plans, with their steps as text, and the services they recover by wave", () => {
    const bag = bagOf(whole, 'database');
    expect(bag.title).toBe('Database');
    const plans = whole.model.byKind.plans.filter(
      (p) => p.data.status !== 'retired' && p.data.teams.includes('database'),
    );
    expect(bag.plans.map((p) => p.id)).toEqual(plans.map((p) => p.id));
    expect(bag.planCount).toBe(String(plans.length));
    const recovery = bag.plans.find((p) => p.title === 'Database recovery plan')!;
    expect(recovery.anchor).toBe(`plan-${recovery.id}`);
    expect(recovery.steps!.columns[0]).toBe('Step');
    expect(recovery.steps!.rows.every((r) => r.every((c) => typeof c === 'string'))).toBe(true);
    const waves = bag.services.map((s) => Number(s.wave));
    expect(waves).toEqual([...waves].sort((a, b) => a - b));
    expect(bag.durations).toBe('Durations: m minutes, h hours, d days, w weeks. 1h = one hour.');
  });

  it('lists whom to call in escalation order, then the other members, with every way to reach them', () => {
    const bag = bagOf(whole, 'database');
    const team = whole.model.byKind.teams.find((t) => t.id === 'database')!;
    expect(bag.callTree.filter((c) => c.order).map((c) => c.order)).toEqual(
      team.data.escalation.map((_, i) => String(i + 1)),
    );
    expect(bag.callTree.map((c) => c.name)).toContain('Elena Petrova');
    const elena = bag.callTree.find((c) => c.name === 'Elena Petrova')!;
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
    const elena = bag.callTree.find((c) => c.name === 'Elena Petrova')!;
    expect(elena.phone.map((p) => p.href)).toEqual(['tel:+442079460107']);
    expect(elena.outOfBand).toEqual([{ text: 'personal numbers: in the confidential edition' }]);
    expect(JSON.stringify(bag)).not.toContain('7700 900');
  });

  it('refuses a team the edition does not show: a bug in the page that asks', () => {
    expect(() => toGoBag(site, 'nobody')).toThrow(/^internal: /);
  });

  it('counts the plans the edition leaves out and names no left-out person or vendor', () => {
    const bag = bagOf(site, 'database');
    expect(bag.planCount).toBe(`${bagOf(whole, 'database').plans.length}, 1 of them restricted`);
    expectNoLeftOutRecord(site, whole, bag);
  });
});
