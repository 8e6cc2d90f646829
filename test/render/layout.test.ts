import { describe, it, expect } from 'vitest';
import { toLayout } from '../../src/lib/render/layout.ts';

const url = (path = '') => `/base/${path}`;
const kindUrl = (kind: string) => `/base/${kind}/`;

describe('toLayout', () => {
  it('links every section, marking the current one', () => {
    const v = toLayout('gaps', undefined, url, kindUrl);
    expect(v.overview[0]).toEqual({ href: '/base/', label: 'Home', current: undefined });
    expect(v.overview.filter((l) => l.current)).toEqual([
      { href: '/base/gaps/', label: 'Gaps', current: 'page' },
    ]);
    expect(v.overview.map((l) => l.label)).toContain('Roles');
    expect(toLayout('roles', undefined, url, kindUrl).overview.find((l) => l.current)?.href).toBe(
      '/base/roles/',
    );
    expect(v.records.map((l) => l.label)).toEqual([
      'Services',
      'Business functions',
      'Plans',
      'Exercises',
      'Policies',
      'Vendors',
      'Locations',
      'Teams',
      'People',
      'Guides',
      'Learning paths',
      'A–Z',
      'Glossary',
      'Data quality',
      'Exports',
    ]);
    expect(toLayout('services', undefined, url, kindUrl).records[0].current).toBe('page');
    expect(v.filters).toEqual([]);
    expect(v.meta).toEqual([]);
  });

  it("turns a record page's search facets into Pagefind filters and the same metadata", () => {
    const v = toLayout('services', { kind: 'service', owner: 'Ops', tier: 'Tier 1' }, url, kindUrl);
    expect(v.filters).toEqual([
      { name: 'kind', value: 'service' },
      { name: 'owner', value: 'Ops' },
      { name: 'tier', value: 'Tier 1' },
    ]);
    expect(v.meta).toEqual(v.filters);
    expect(toLayout(undefined, { kind: 'plan' }, url, kindUrl).meta).toEqual([
      { name: 'kind', value: 'plan' },
    ]);
  });
});
