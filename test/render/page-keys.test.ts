/**
 * The incremental build's keys of pages drawn from views (src/lib/render/page-keys.ts:
 * `shows`, `pages`): a key moves when what the page shows could, and stays when it cannot.
 */
import { describe, it, expect } from 'vitest';
import { toPageKeys } from '../../src/lib/render/page-keys.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { publish } from '../../src/lib/publish/publish.ts';
import { AS_OF, raw, type Rec } from '../helpers.ts';

const svc = (id: string, data: Record<string, unknown> = {}): Rec => ({
  kind: 'services',
  id,
  data: { kind: 'application', rto: '4h', recoveryTime: '1h', ...data },
});
const base: Rec[] = [
  { kind: 'teams', id: 'ops' },
  svc('web', { title: 'Web shop', dependsOn: ['db'] }),
  svc('db', { title: 'Database' }),
  svc('mail', { title: 'Mail' }),
];

/** The keys of `recs`, with `bodies` ("services/db": text) as the records' prose. */
function keysOf(recs: Rec[], bodies: Record<string, string> = {}) {
  const raws = raw(recs).map((r) => ({ ...r, body: bodies[`${r.kind}/${r.id}`] ?? '' }));
  const model = buildModel({ raws, settings: {}, asOf: AS_OF });
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return toPageKeys(publish(model, analyse(model), 'internal'));
}
const retitled = (id: string, title: string) =>
  base.map((r) => (r.id === id ? { ...r, data: { ...r.data, title } } : r));

describe('keys of pages drawn from views', () => {
  const view = { heading: 'What to recover', rows: [{ key: 'services/db', wave: 1 }] };

  it('is the same for the same content and views, built twice', () => {
    expect(keysOf(base).shows('p', [view])).toBe(keysOf(base).shows('p', [view]));
  });

  it('moves with the view, and with its name', () => {
    const keys = keysOf(base);
    const k = keys.shows('p', [view]);
    expect(keys.shows('p', [{ ...view, heading: 'Recover' }])).not.toBe(k);
    expect(keys.shows('q', [view])).not.toBe(k);
  });

  it('reads a view two pages share once, keying it as a copy of it would be', () => {
    const keys = keysOf(base);
    const k = keys.shows('p', [view, { note: 'more' }]);
    expect(keys.shows('p', [structuredClone(view), { note: 'more' }])).toBe(k);
    expect(keys.shows('p', [view, { note: 'less' }])).not.toBe(k);
    expect(keys.shows('p', [{ note: 'more' }, view])).not.toBe(k);
  });

  it('moves when a record the view names is renamed, not when another one is', () => {
    const k = keysOf(base).shows('p', [view]);
    expect(keysOf(retitled('db', 'Ledger database')).shows('p', [view])).not.toBe(k);
    expect(keysOf(retitled('mail', 'E-mail')).shows('p', [view])).toBe(k);
  });

  it('reads keys inside Maps and Sets, which JSON would write as {}', () => {
    const inMap = [new Map([['first', { to: 'services/db' }]]), new Set(['services/db'])];
    const k = keysOf(base).shows('p', inMap);
    expect(keysOf(retitled('db', 'Ledger database')).shows('p', inMap)).not.toBe(k);
    expect(keysOf(base).shows('p', [new Map([['first', { to: 'services/mail' }]])])).not.toBe(k);
  });

  it('counts the bodies of the records it is told the page shows, and only those', () => {
    const k = keysOf(base).shows('p', [view], ['services/web']);
    expect(
      keysOf(base, { 'services/web': 'Fail over to the second site.' }).shows(
        'p',
        [view],
        ['services/web'],
      ),
    ).not.toBe(k);
    // The database is named, but its prose is not on the page.
    expect(
      keysOf(base, { 'services/db': 'Restore from the nightly copy.' }).shows(
        'p',
        [view],
        ['services/web'],
      ),
    ).toBe(k);
  });

  it('refuses a view holding a function, whose output it cannot see', () => {
    expect(() => keysOf(base).shows('p', [{ label: () => 'Web' }])).toThrow(/function/);
  });

  it('keys each page of a list apart, all moving when the list does', () => {
    const list = { rows: ['services/db', 'services/web'] };
    const pages = keysOf(base).pages('index', list);
    expect(pages(undefined)).not.toBe(pages('page-2'));
    expect(pages(undefined)).toBe(keysOf(base).pages('index', list)(undefined));
    const renamed = keysOf(retitled('web', 'Shop')).pages('index', list);
    expect(renamed(undefined)).not.toBe(pages(undefined));
    expect(renamed('page-2')).not.toBe(pages('page-2'));
  });
});
