import { describe, it, expect } from 'vitest';
import { diffFields, diffRecords } from '../../src/lib/impact/diff-records.ts';
import type { RawRecord } from '../../src/lib/model/parse-records.ts';

const rec = (id: string, data: unknown, body = '', file = `services/${id}.md`): RawRecord => ({
  kind: 'services',
  id,
  file,
  data,
  body,
});

describe('diffRecords', () => {
  it('names records added, removed and changed, each in key order, with the fields that differ', () => {
    const d = diffRecords(
      { raws: [rec('b', { title: 'B', rto: '1h' }), rec('gone', { title: 'Gone' })], settings: {} },
      {
        raws: [rec('new', { title: 'New' }), rec('b', { title: 'B', rto: '8h' }, 'text')],
        settings: { riskAppetite: 12 },
      },
    );
    expect(d).toEqual({
      added: [{ key: 'services/new', title: 'New', file: 'services/new.md' }],
      removed: [{ key: 'services/gone', title: 'Gone', file: 'services/gone.md' }],
      changed: [
        {
          key: 'services/b',
          title: 'B',
          file: 'services/b.md',
          fields: [{ field: 'rto', before: '1h', after: '8h' }],
          body: true,
        },
      ],
      settings: [{ field: 'riskAppetite', after: 12 }],
    });
  });

  it('sees a renamed file, and names a record without a title by its id', () => {
    const d = diffRecords(
      { raws: [rec('a', null)], settings: {} },
      { raws: [rec('a', null, '', 'services/a.mdx')], settings: {} },
    );
    expect(d.changed).toEqual([
      {
        key: 'services/a',
        title: 'a',
        file: 'services/a.mdx',
        fields: [{ field: 'file', before: 'services/a.md', after: 'services/a.mdx' }],
        body: false,
      },
    ]);
  });

  it('ignores a change of key order in a mapping and writes dates as the author did', () => {
    const d = diffRecords(
      {
        raws: [rec('a', { backup: { interval: '5m', lastRestoreTest: new Date('2026-01-21') } })],
        settings: {},
      },
      {
        raws: [rec('a', { backup: { lastRestoreTest: new Date('2026-01-21'), interval: '5m' } })],
        settings: {},
      },
    );
    expect(d.changed).toEqual([]);
    expect(diffFields({ on: new Date('2026-01-21') }, { on: new Date('2026-02-01') })).toEqual([
      { field: 'on', before: '2026-01-21', after: '2026-02-01' },
    ]);
  });
});

describe('diffFields', () => {
  it('lists the entries a list gained and lost, fields in the new order then the removed ones', () => {
    expect(
      diffFields(
        { dependsOn: ['db', { service: 'cache', type: 'soft' }], rpo: '15m', title: 'T' },
        { title: 'T', dependsOn: ['db', 'dns'], rto: '4h' },
      ),
    ).toEqual([
      {
        field: 'dependsOn',
        before: ['db', { service: 'cache', type: 'soft' }],
        after: ['db', 'dns'],
        items: { added: ['dns'], removed: [{ service: 'cache', type: 'soft' }] },
      },
      { field: 'rto', after: '4h' },
      { field: 'rpo', before: '15m' },
    ]);
  });
});
