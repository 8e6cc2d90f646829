import { describe, it, expect } from 'vitest';
import { toLayout } from '../../src/lib/render/layout.ts';

const url = (path = '') => `/base/${path}`;
const kindUrl = (kind: string) => `/base/${kind}/`;

describe('toLayout', () => {
  it('links every section, marking the current one', () => {
    const v = toLayout('gaps', url, kindUrl);
    expect(v.overview[0]).toEqual({ href: '/base/', label: 'Home', current: undefined });
    expect(v.overview.filter((l) => l.current)).toEqual([
      { href: '/base/gaps/', label: 'Gaps', current: 'page' },
    ]);
    expect(v.overview.map((l) => l.label)).toContain('Roles');
    expect(toLayout('standards', url, kindUrl).overview.find((l) => l.current)).toEqual({
      href: '/base/standards/',
      label: 'Standards',
      current: 'page',
    });
    expect(toLayout('roles', url, kindUrl).overview.find((l) => l.current)?.href).toBe(
      '/base/roles/',
    );
    expect(v.records.map((l) => l.label)).toEqual([
      'Services',
      'Business functions',
      'Plans',
      'Exercises',
      'Incidents',
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
    expect(toLayout('services', url, kindUrl).records[0].current).toBe('page');
  });
});
