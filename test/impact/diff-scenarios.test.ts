import { describe, it, expect } from 'vitest';
import { diffScenarios } from '../../src/lib/impact/diff-scenarios.ts';
import type { ScenarioResult } from '../../src/lib/analytics/scenarios.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';

const scenario = (atRisk: RecordKey[]) =>
  ({
    id: 'vendor-v',
    title: 'Failure of V',
    counts: { functions: 0, services: 1, broken: 0, atRisk: atRisk.length },
    broken: [],
    atRisk,
  }) as unknown as ScenarioResult;

describe('diffScenarios', () => {
  it('lists a scenario whose targets at risk change even when none breaks', () => {
    const [c] = diffScenarios([scenario([])], [scenario(['services/app'])], (k) => k);
    expect(c.before?.atRisk).toEqual([]);
    expect(c.after?.atRisk).toEqual(['services/app']);
    expect(c.newlyBroken).toEqual([]);
  });

  it('leaves out a scenario with the same targets at risk on both sides', () => {
    expect(
      diffScenarios([scenario(['services/app'])], [scenario(['services/app'])], (k) => k),
    ).toEqual([]);
  });
});
