import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { formatIssue } from '../../src/lib/model/issue.ts';
import { AS_OF } from '../helpers.ts';

function modelFromFolder(dir: string) {
  const loaded = loadContentFolder(dir);
  return buildModel({
    raws: loaded.raws,
    settings: loaded.settings,
    asOf: AS_OF,
    readIssues: loaded.issues,
  });
}

describe('loadContentFolder with buildModel', () => {
  it('reads the minimal fixture with no issues', () => {
    const m = modelFromFolder(join(PROJECT_ROOT, 'test/fixtures/minimal'));
    expect(m.issues).toEqual([]);
    expect(m.settings.name).toBe('Minimal Ltd');
    expect(m.index.size).toBe(15);
  });

  it('reports all four problems of the broken fixture at once, each with file, field, value and fix', () => {
    const m = modelFromFolder(join(PROJECT_ROOT, 'test/fixtures/broken'));
    expect(m.issues.map(formatIssue).join('\n')).toMatchInlineSnapshot(`
      "bia/sales.md: rto: the RTO 2d is longer than the MTPD 1d: recovery would end after the business has already failed (NIST SP 800-34 3.2.1). (rto-exceeds-mtpd)
          fix: Set rto below 1d, or revisit the MTPD with the function owner.
      plans/dr-plan.md: covers.services[1]: "ap" is not a service. Did you mean "app"? (dangling-reference)
          fix: Correct the id, probably to "app".
      services/app.md: rot: unknown field "rot" in a service. Did you mean "rto"? (unknown-field)
          fix: Rename or remove "rot". Fields allowed here: title, owner, classification, summary, lastReviewed, reviewEvery, approvedBy, approvedOn, kind, lifecycle, dependsOn, vendors, locations, rto, rpo, recoveryTime, availability, backup, alternateMeans.
      services/db.md: recoveryTime: "30 minutes" is not a duration. (bad-duration)
          fix: Write it as "15m", "4h", "2d", "1w" or ISO 8601 "PT4H"."
    `);
    expect(m.issues.map((i) => i.value)).toEqual(['"2d"', '"ap"', '"4h"', '"30 minutes"']);
  });

  it('reports a missing content folder instead of throwing', () => {
    const m = modelFromFolder('/nonexistent/content');
    expect(m.issues.map((i) => i.rule)).toEqual(['no-content']);
  });

  it('the sample organisation has zero errors', () => {
    const m = modelFromFolder(join(PROJECT_ROOT, 'src/content'));
    expect(m.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
    expect(m.byKind.services.length).toBeGreaterThanOrEqual(40);
    expect(m.byKind.bia.length).toBeGreaterThanOrEqual(12);
    expect(m.byKind.plans.length).toBeGreaterThanOrEqual(15);
    expect(m.byKind.policies.length).toBeGreaterThanOrEqual(6);
    expect(m.byKind.risks.length).toBeGreaterThanOrEqual(30);
    expect(m.byKind.exercises.length).toBeGreaterThanOrEqual(10);
    expect(m.byKind.people.length).toBeGreaterThanOrEqual(20);
    expect(m.byKind.vendors.length).toBeGreaterThanOrEqual(10);
    expect(m.byKind.locations.length).toBeGreaterThanOrEqual(5);
    expect(m.byKind.guides.length).toBeGreaterThanOrEqual(8);
  });
});
