import { describe, it, expect } from 'vitest';
import { SCHEMAS, KINDS, MENU_KINDS } from '../../src/lib/schema/index.ts';
import { SettingsSchema } from '../../src/lib/schema/settings.ts';
import { MINIMAL } from '../helpers.ts';

const valid = (kind: (typeof KINDS)[number]) => ({
  title: 'A record',
  owner: 'ops',
  ...MINIMAL[kind],
});

describe.each(KINDS)('the %s schema', (kind) => {
  const schema = SCHEMAS[kind];
  it('accepts a minimal record and fills defaults', () => {
    const r = schema.safeParse(valid(kind));
    expect(r.error?.issues ?? []).toEqual([]);
    expect((r.data as { classification: string }).classification).toBe('internal');
  });
  it('rejects an unknown key', () => {
    const r = schema.safeParse({ ...valid(kind), colour: 'blue' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['colour'] });
  });
  it('rejects a missing title and an owner that is not an id', () => {
    const r = schema.safeParse({ ...valid(kind), title: undefined, owner: 'Ops Team' });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['owner', 'title']);
  });
  it('rejects an unknown classification', () => {
    expect(schema.safeParse({ ...valid(kind), classification: 'secret' }).success).toBe(false);
  });
});

describe('kind-specific rules', () => {
  it('a person is internal with work contacts, each out-of-band contact confidential unless marked', () => {
    const p = SCHEMAS.people.parse({
      ...valid('people'),
      phone: '+44 20 7946 0104',
      email: 'ann@example.org',
      outOfBand: [
        { channel: 'personal-phone', value: '+44 7700 900404' },
        { channel: 'satellite', value: '+881 631 234 567', classification: 'internal' },
      ],
    });
    expect(p.classification).toBe('internal');
    expect(p.outOfBand.map((o) => o.classification)).toEqual(['confidential', 'internal']);
    expect(
      SCHEMAS.people.parse({ ...valid('people'), classification: 'confidential' }).classification,
    ).toBe('confidential');
    expect(
      SCHEMAS.people.safeParse({
        ...valid('people'),
        outOfBand: [{ channel: 'sms', value: '1', classification: 'secret' }],
      }).success,
    ).toBe(false);
  });

  it('a service normalises durations and reads a bare dependency as hard', () => {
    const s = SCHEMAS.services.parse({
      ...valid('services'),
      rto: '4h',
      rpo: 'PT15M',
      dependsOn: ['db', { service: 'cache', type: 'soft' }],
    });
    expect(s.rto).toBe(240);
    expect(s.rpo).toBe(15);
    expect(s.dependsOn).toEqual([
      { service: 'db', type: 'hard' },
      { service: 'cache', type: 'soft' },
    ]);
  });
  it('a service rejects an unknown service kind and a bad duration', () => {
    const r = SCHEMAS.services.safeParse({
      ...valid('services'),
      kind: 'database',
      rto: 'four hours',
    });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['kind', 'rto']);
  });
  it('a risk score must be 1 to 5', () => {
    expect(SCHEMAS.risks.safeParse({ ...valid('risks'), likelihood: 6 }).success).toBe(false);
    expect(SCHEMAS.risks.safeParse({ ...valid('risks'), impact: 0 }).success).toBe(false);
  });
  it('an exercise needs a real date and a known status', () => {
    expect(SCHEMAS.exercises.safeParse({ ...valid('exercises'), date: '2026-02-30' }).success).toBe(
      false,
    );
    expect(SCHEMAS.exercises.safeParse({ ...valid('exercises'), status: 'done' }).success).toBe(
      false,
    );
  });
  it('a plan rejects an unknown scenario and a step without an action', () => {
    const r = SCHEMAS.plans.safeParse({
      ...valid('plans'),
      scenarios: ['alien-invasion'],
      steps: [{ id: 'a', phase: 'assess', role: 'Lead' }],
    });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'scenarios.0',
      'steps.0.action',
    ]);
  });
  it('a vendor needs a substitutability', () => {
    expect(SCHEMAS.vendors.safeParse({ title: 'V', owner: 'ops' }).success).toBe(false);
  });
});

describe('MENU_KINDS', () => {
  it('lists every kind but risks, in the order of the site menu', () => {
    expect(MENU_KINDS).toEqual([
      'services',
      'bia',
      'plans',
      'exercises',
      'incidents',
      'policies',
      'vendors',
      'locations',
      'teams',
      'people',
      'guides',
    ]);
  });
});

describe('SettingsSchema', () => {
  it('gives every setting a default, with tier limits in minutes', () => {
    const s = SettingsSchema.parse({});
    expect(s.tiers.map((t) => t.maxRto)).toEqual([240, 1440, 4320, 40320]);
    expect(s.impactScale.filter((l) => !l.tolerable).map((l) => l.level)).toEqual([
      'high',
      'severe',
    ]);
  });
  it('rejects an unknown setting', () => {
    expect(SettingsSchema.safeParse({ nmae: 'x' }).success).toBe(false);
  });
  it("leaves the confidential go-bags' place unrecorded by default, and rejects an empty one", () => {
    expect(SettingsSchema.parse({}).goBags).toEqual({});
    expect(
      SettingsSchema.parse({ goBags: { confidentialCopy: ' the safe ' } }).goBags.confidentialCopy,
    ).toBe('the safe');
    expect(SettingsSchema.safeParse({ goBags: { confidentialCopy: ' ' } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ goBags: { confidentalCopy: 'x' } }).success).toBe(false);
  });
});
