import { describe, it, expect } from 'vitest';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { RESTRICTED, isInEdition, restrictModel } from '../../src/lib/model/edition.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import { raw, AS_OF } from '../helpers.ts';

//   plan dr --declaredBy--> carol (person, confidential by default), ann (internal)
//   app --dependsOn--> vault (confidential service), listed twice (a warning that quotes it)
const records = raw([
  { kind: 'teams', id: 'ops' },
  { kind: 'people', id: 'carol' },
  { kind: 'people', id: 'ann', data: { classification: 'internal' } },
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

  it('leaves the whole model as it was: the analyses still see every record and reference', () => {
    const before = JSON.stringify([...whole.index.values()].map((e) => [e.data, e.refs]));
    build('public');
    build('internal');
    expect(JSON.stringify([...whole.index.values()].map((e) => [e.data, e.refs]))).toBe(before);
    expect(getEntry(whole, 'services', 'app')!.data.dependsOn.map((d) => d.service)).toEqual([
      'vault',
      'vault',
    ]);
  });
});
