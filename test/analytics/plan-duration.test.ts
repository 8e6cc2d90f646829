import { describe, it, expect } from 'vitest';
import { planDuration } from '../../src/lib/analytics/plan-duration.ts';

describe('planDuration', () => {
  //   assess (30) --> restore (60) --> verify (15)
  //          \----> notify (10)
  const steps = [
    { id: 'assess', estimate: 30, after: [] },
    { id: 'notify', estimate: 10, after: ['assess'] },
    { id: 'restore', estimate: 60, after: ['assess'] },
    { id: 'verify', estimate: 15, after: ['restore'] },
  ];

  it('is the longest chain of estimates through after, with the chain', () => {
    expect(planDuration(steps)).toEqual({ minutes: 105, path: ['assess', 'restore', 'verify'] });
  });

  it('runs independent steps side by side', () => {
    expect(
      planDuration([
        { id: 'a', estimate: 20, after: [] },
        { id: 'b', estimate: 50, after: [] },
      ]),
    ).toEqual({
      minutes: 50,
      path: ['b'],
    });
  });

  it('is unknown when a step has no estimate, when the steps wait in a circle, or when there are none', () => {
    expect(planDuration([...steps, { id: 'x', after: ['verify'] }])).toBeUndefined();
    expect(
      planDuration([
        { id: 'a', estimate: 5, after: ['b'] },
        { id: 'b', estimate: 5, after: ['a'] },
      ]),
    ).toBeUndefined();
    expect(planDuration([])).toBeUndefined();
  });

  it('ignores a wait for a step the plan does not have (the model reports it)', () => {
    expect(planDuration([{ id: 'a', estimate: 5, after: ['ghost'] }])).toEqual({
      minutes: 5,
      path: ['a'],
    });
  });
});
