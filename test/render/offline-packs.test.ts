import { describe, it, expect } from 'vitest';
import { toOfflinePacks, toKeepOffline, packIdOf } from '../../src/lib/render/offline-packs.ts';
import { modelOf, type Rec } from '../helpers.ts';

/**
 * Team "db" owns plan "restore" and carries out plan "failover" (owned by "ops"); plan "other"
 * is ops's alone. Plan "secret" names db but has no page (an edition leaves it out), nor has
 * person "cy".
 *   db:      ann (member), bob (escalation)
 *   restore: declared by ann and dee          failover: declared by eve, teams [db]
 */
const RECS: Rec[] = [
  ...['ann', 'bob', 'cy', 'dee', 'eve'].map((id): Rec => ({ kind: 'people', id })),
  {
    kind: 'teams',
    id: 'db',
    data: {
      members: [
        { person: 'ann', role: 'DBA' },
        { person: 'cy', role: 'DBA', as: 'alternate' },
      ],
      escalation: ['bob', 'ann'],
    },
  },
  {
    kind: 'plans',
    id: 'restore',
    data: { type: 'disaster-recovery', owner: 'db', declaredBy: ['ann', 'dee'] },
  },
  {
    kind: 'plans',
    id: 'failover',
    data: { type: 'disaster-recovery', teams: ['db'], declaredBy: ['eve'] },
  },
  { kind: 'plans', id: 'other', data: { type: 'disaster-recovery' } },
  { kind: 'plans', id: 'secret', data: { type: 'disaster-recovery', teams: ['db'] } },
];
const model = modelOf(RECS);
const hidden = new Set(['plans/secret/', 'people/cy/']);
const packs = toOfflinePacks(model, (p) => !hidden.has(p));
const pack = (id: string) => packs.find((p) => p.id === id);

describe('toOfflinePacks', () => {
  it("keeps a team's page, its go-bag, every plan it owns or carries out, its people and who may declare those plans", () => {
    expect(pack('teams-db')).toEqual({
      id: 'teams-db',
      title: 'Team: db',
      pages: [
        'teams/db/',
        'go-bags/db/',
        'plans/failover/',
        'plans/restore/',
        'people/ann/',
        'people/bob/',
        'people/eve/',
        'people/dee/',
      ],
    });
  });

  it("keeps a plan's page, its owning team's go-bag and the people who may declare it", () => {
    expect(pack('plans-restore')?.pages).toEqual([
      'plans/restore/',
      'go-bags/db/',
      'people/ann/',
      'people/dee/',
    ]);
    expect(pack('plans-failover')?.pages).toEqual([
      'plans/failover/',
      'go-bags/ops/',
      'people/eve/',
    ]);
  });

  it('names no page the build did not write, and has no pack for a record without a page', () => {
    expect(packs.flatMap((p) => p.pages).filter((p) => hidden.has(p))).toEqual([]);
    expect(pack('plans-secret')).toBeUndefined();
  });

  it('lists teams first, then plans, each by id', () => {
    expect(packs.map((p) => p.id)).toEqual([
      'teams-db',
      'teams-ops',
      'plans-failover',
      'plans-other',
      'plans-restore',
    ]);
  });
});

describe('toKeepOffline', () => {
  it("names a team's, a plan's and the whole site's button and pack", () => {
    expect(toKeepOffline('teams', 'db')).toMatchObject({
      pack: packIdOf('teams', 'db'),
      label: "Keep this team's plans offline",
    });
    expect(toKeepOffline('plans', 'restore')).toMatchObject({
      pack: 'plans-restore',
      label: 'Keep this plan offline',
    });
    expect(toKeepOffline()).toMatchObject({ pack: 'all', label: 'Keep everything' });
  });
});
