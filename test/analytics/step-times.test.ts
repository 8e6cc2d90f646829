import { describe, it, expect } from 'vitest';
import { stepTimes } from '../../src/lib/analytics/step-times.ts';

describe('stepTimes', () => {
  //   a(10) --> b(20) --> d(5)
  //     \----> c(30) ---/
  it('starts a step when the last step it waits for ends', () => {
    const t = stepTimes([
      { id: 'a', estimate: 10, after: [] },
      { id: 'b', estimate: 20, after: ['a'] },
      { id: 'c', estimate: 30, after: ['a'] },
      { id: 'd', estimate: 5, after: ['b', 'c'] },
    ]);
    expect(Object.fromEntries(t)).toEqual({
      a: { start: 0, end: 10 },
      b: { start: 10, end: 30 },
      c: { start: 10, end: 40 },
      d: { start: 40, end: 45 },
    });
  });

  it('leaves a start unknown after a step without an estimate, and ignores waits for missing steps', () => {
    const t = stepTimes([
      { id: 'a', after: ['nope'] },
      { id: 'b', estimate: 5, after: ['a'] },
    ]);
    expect(t.get('a')).toEqual({ start: 0, end: undefined });
    expect(t.get('b')).toEqual({ start: undefined, end: undefined });
  });

  it('never loops on a cycle: the steps on it have unknown times', () => {
    const t = stepTimes([
      { id: 'a', estimate: 5, after: ['b'] },
      { id: 'b', estimate: 5, after: ['a'] },
      { id: 'c', estimate: 5, after: [] },
    ]);
    expect(t.get('a')?.start).toBeUndefined();
    expect(t.get('b')?.start).toBeUndefined();
    expect(t.get('c')).toEqual({ start: 0, end: 5 });
  });
});
