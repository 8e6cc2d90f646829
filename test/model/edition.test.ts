import { describe, it, expect } from 'vitest';
import { buildModel } from '../../src/lib/model/build-model.ts';
import {
  RESTRICTED,
  isInEdition,
  restrictFields,
  restrictModel,
} from '../../src/lib/model/edition.ts';
import { SCHEMAS } from '../../src/lib/schema/index.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import { raw, AS_OF } from '../helpers.ts';

//   plan dr --declaredBy--> carol (person raised to confidential), ann (internal, the default)
//   ann: work phone (internal), personal phone (confidential), radio marked internal
//   app --dependsOn--> vault (confidential service), listed twice (a warning that quotes it)
const ANN_OUT_OF_BAND = [
  { channel: 'personal-phone', value: '+44 7700 900404' },
  { channel: 'radio', value: 'Channel 3', classification: 'internal' },
];
const records = raw([
  { kind: 'teams', id: 'ops' },
  {
    kind: 'people',
    id: 'carol',
    data: { classification: 'confidential', mayDeclareDisaster: true },
  },
  {
    kind: 'people',
    id: 'ann',
    data: { mayDeclareDisaster: true, phone: '+44 20 7946 0100', outOfBand: ANN_OUT_OF_BAND },
  },
  { kind: 'services', id: 'vault', data: { kind: 'platform', classification: 'confidential' } },
  { kind: 'services', id: 'app', data: { kind: 'application', dependsOn: ['vault', 'vault'] } },
  { kind: 'plans', id: 'dr', data: { type: 'disaster-recovery', declaredBy: ['carol', 'ann'] } },
]);
const whole = buildModel({ raws: records, settings: {}, asOf: AS_OF });
const build = (edition: 'public' | 'internal' | 'confidential') => restrictModel(whole, edition);

describe('isInEdition', () => {
  it('keeps a record at or below the edition', () => {
    expect(isInEdition('public', 'internal')).toBe(true);
    expect(isInEdition('internal', 'internal')).toBe(true);
    expect(isInEdition('confidential', 'internal')).toBe(false);
    expect(isInEdition('internal', 'public')).toBe(false);
  });
});

describe('restrictModel', () => {
  it('keeps everything in the confidential edition', () => {
    expect(build('confidential').index.size).toBe(6);
  });

  it('leaves confidential records out of the internal edition and counts them', () => {
    const m = build('internal');
    expect([...m.index.keys()].sort()).toEqual([
      'people/ann',
      'plans/dr',
      'services/app',
      'teams/ops',
    ]);
    expect(m.left).toBe(2);
  });

  it('rewrites references to left-out records so their ids appear nowhere', () => {
    const m = build('internal');
    expect(getEntry(m, 'plans', 'dr')!.data.declaredBy).toEqual([RESTRICTED, 'ann']);
    expect(getEntry(m, 'services', 'app')!.data.dependsOn.map((d) => d.service)).toEqual([
      RESTRICTED,
      RESTRICTED,
    ]);
    expect(getEntry(m, 'people', 'ann')!.referencedBy.map((l) => l.id)).toEqual(['dr']);
    expect(
      JSON.stringify([...m.index.values()].map((e) => [e.data, e.refs, e.referencedBy])),
    ).not.toMatch(/carol|vault/);
  });

  it('drops warnings that would name a left-out record, and keeps the others', () => {
    expect(build('confidential').issues.map((i) => i.rule)).toEqual(['repeated-reference']);
    expect(build('internal').issues).toEqual([]);
  });

  it('takes the confidential contacts out of the copy of a person it shows, and says so', () => {
    const ann = getEntry(build('internal'), 'people', 'ann')!;
    expect(ann.data.phone).toBe('+44 20 7946 0100');
    expect(ann.data.outOfBand).toEqual([
      { channel: 'radio', value: 'Channel 3', classification: 'internal' },
    ]);
    expect(ann.withheld).toEqual([
      { field: 'outOfBand', what: 'other personal numbers', edition: 'confidential' },
    ]);
    expect(JSON.stringify([...build('internal').index.values()])).not.toContain('7700');
    const whole = getEntry(build('confidential'), 'people', 'ann')!;
    expect(whole.data.outOfBand.map((o) => o.channel)).toEqual(['personal-phone', 'radio']);
    expect(whole.withheld).toBeUndefined();
  });

  it('leaves the whole model as it was: the analyses still see every record and reference', () => {
    const before = JSON.stringify([...whole.index.values()].map((e) => [e.data, e.refs]));
    build('public');
    build('internal');
    expect(JSON.stringify([...whole.index.values()].map((e) => [e.data, e.refs]))).toBe(before);
    expect(getEntry(whole, 'services', 'app')!.data.dependsOn.map((d) => d.service)).toEqual([
      'vault',
      'vault',
    ]);
    expect(getEntry(whole, 'people', 'ann')!.data.outOfBand).toHaveLength(2);
  });
});

describe('restrictFields', () => {
  const person = (outOfBand: unknown[]) =>
    SCHEMAS.people.parse({ title: 'Ann', owner: 'ops', phone: '+44 20 7946 0100', outOfBand });

  it('returns the data itself when nothing in it is above the edition', () => {
    const p = person([{ channel: 'satellite', value: '+881 6', classification: 'internal' }]);
    expect(restrictFields('people', p, 'internal')).toEqual({ data: p, withheld: [] });
    expect(restrictFields('people', p, 'internal').data).toBe(p);
    const s = SCHEMAS.services.parse({ title: 'App', owner: 'ops', kind: 'application' });
    expect(restrictFields('services', s, 'public').data).toBe(s);
  });

  it('keeps the work phone and leaves out every personal number, in a copy', () => {
    const p = person([
      { channel: 'personal-phone', value: '+44 7700 900404' },
      { channel: 'personal-email', value: 'ann@home.example' },
    ]);
    const r = restrictFields('people', p, 'internal');
    expect(r.data).not.toBe(p);
    expect(r.data.phone).toBe('+44 20 7946 0100');
    expect(r.data.outOfBand).toEqual([]);
    expect(r.withheld).toEqual([
      { field: 'outOfBand', what: 'personal numbers', edition: 'confidential' },
    ]);
    expect(p.outOfBand).toHaveLength(2);
  });

  it('says the internal edition has an entry marked internal that the public one leaves out', () => {
    const p = person([{ channel: 'radio', value: 'Channel 3', classification: 'internal' }]);
    expect(restrictFields('people', p, 'public').withheld).toEqual([
      { field: 'outOfBand', what: 'personal numbers', edition: 'internal' },
    ]);
  });
});
