import { describe, it, expect } from 'vitest';
import {
  text,
  ref,
  join,
  pathText,
  refsOf,
  formatText,
  mapRefs,
} from '../../src/lib/model/text.ts';
import { toFinding } from '../../src/lib/model/finding.ts';

describe('text', () => {
  it('keeps references as parts and merges the strings between them', () => {
    expect(text`Losing ${ref('services/dns')} breaks ${3} functions.`).toEqual([
      'Losing ',
      ref('services/dns'),
      ' breaks 3 functions.',
    ]);
  });

  it('splices a text value in, merging its strings with their neighbours', () => {
    const inner = text`${ref('plans/dr')} (draft)`;
    expect(text`only by ${inner}; fix ${'it'}.`).toEqual([
      'only by ',
      ref('plans/dr'),
      ' (draft); fix it.',
    ]);
  });

  it('leaves out empty strings, so two references can touch', () => {
    expect(text`${ref('services/a')}${''}${ref('services/b')}`).toEqual([
      ref('services/a'),
      ref('services/b'),
    ]);
    expect(text``).toEqual([]);
  });
});

describe('join', () => {
  it('joins records and texts with a separator', () => {
    expect(formatText(join([ref('services/a'), 'b', text`${ref('teams/c')} (lead)`]))).toBe(
      'a, b, c (lead)',
    );
    expect(formatText(pathText(['bia/f', 'services/a', 'services/b']))).toBe('f -> a -> b');
  });
});

describe('refsOf', () => {
  it('lists every record the texts name, in order, each once', () => {
    const a = text`${ref('services/b')} and ${ref('services/a')}`;
    const b = text`then ${ref('services/b')} and ${ref('teams/t')}`;
    expect(refsOf(a, b)).toEqual(['services/b', 'services/a', 'teams/t']);
  });
});

describe('formatText', () => {
  it('names records by id, or by the namer given', () => {
    const t = text`Restore ${ref('services/db')} first.`;
    expect(formatText(t)).toBe('Restore db first.');
    expect(formatText(t, () => 'restricted record')).toBe('Restore restricted record first.');
    expect(formatText(mapRefs(t, () => 'services/other'))).toBe('Restore other first.');
  });
});

describe('toFinding', () => {
  it('takes related from the records the texts name, the finding own record left out', () => {
    const f = toFinding({
      key: 'services/db',
      rule: 'r',
      severity: 'high',
      message: text`${ref('services/db')} needs ${ref('vendors/v')}.`,
      fix: text`Ask ${ref('teams/t')} or ${ref('vendors/v')}.`,
    });
    expect(f.related).toEqual(['vendors/v', 'teams/t']);
  });
});
