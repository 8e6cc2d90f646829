import { describe, it, expect } from 'vitest';
import { matchItems } from '../../src/lib/impact/match.ts';

type Item = { id: string; text: string };
const item = (id: string, text = id): Item => ({ id, text });

describe('matchItems', () => {
  it('pairs equal items first, then the rest of an identity in order, and leaves the others over', () => {
    const before = [item('a', 'a1'), item('a', 'a2'), item('b'), item('gone')];
    const after = [item('new'), item('a', 'a3'), item('b'), item('a', 'a1')];
    const m = matchItems(
      before,
      after,
      (x) => x.id,
      (x, y) => x.text === y.text,
    );
    expect(m.added).toEqual([item('new')]);
    expect(m.removed).toEqual([item('gone')]);
    expect(m.changed).toEqual([{ before: item('a', 'a2'), after: item('a', 'a3') }]);
  });

  it('counts repeats: two equal items against one is one left over', () => {
    const m = matchItems(['x', 'x'], ['x'], (s) => s);
    expect(m).toEqual({ added: [], removed: ['x'], changed: [] });
  });
});
