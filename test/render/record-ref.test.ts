import { describe, it, expect } from 'vitest';
import { toRecordRef } from '../../src/lib/render/record-ref.ts';
import { toCellValue } from '../../src/lib/render/cell-value.ts';
import { editionsSite, href } from './sites.ts';

describe('toRecordRef', () => {
  const site = editionsSite('internal');

  it('links a shown record by its title, or by the label given', () => {
    expect(toRecordRef(site.model, 'services/app', href)).toEqual({
      href: '/services/app/',
      label: 'Application',
    });
    expect(toRecordRef(site.model, 'services/app', href, 'app')).toEqual({
      href: '/services/app/',
      label: 'app',
    });
  });

  it('names a left-out record "restricted record", without link, label or id', () => {
    for (const key of ['services/secret-vault', 'services/(restricted)'] as const)
      expect(toRecordRef(site.model, key, href, 'secret-vault')).toEqual({
        label: 'restricted record',
      });
  });
});

describe('toCellValue', () => {
  const url = (kind: string, id: string) => `/${kind}/${id}/`;

  it('keeps text as text', () => {
    expect(toCellValue('4h', false, url)).toEqual({ text: '4h' });
  });

  it('lists links, one link inline, a restricted record without link', () => {
    expect(
      toCellValue(
        [
          { kind: 'services', id: 'db', title: 'Database', note: 'hard' },
          { kind: 'services', id: '', title: 'restricted record', restricted: true },
        ],
        false,
        url,
      ),
    ).toEqual({
      listClass: 'links',
      items: [
        { href: '/services/db/', label: 'Database', note: 'hard' },
        { label: 'restricted record', note: undefined },
      ],
    });
    const one = toCellValue([{ kind: 'teams', id: 'ops', title: 'Ops' }], false, url);
    expect(one).toMatchObject({ listClass: 'inline' });
    const inline = toCellValue(
      [
        { kind: 'teams', id: 'a', title: 'A' },
        { kind: 'teams', id: 'b', title: 'B' },
      ],
      true,
      url,
    );
    expect(inline).toMatchObject({ listClass: 'inline' });
  });
});
