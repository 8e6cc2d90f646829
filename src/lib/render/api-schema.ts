/**
 * The machine-readable output under dist/api/v1/, as zod schemas: the build validates what it
 * writes against them, and publishes them as JSON Schema (api/v1/schema.json). Times are whole
 * minutes; null means unknown or not set. Record references are "kind/id" keys. Bump
 * API_VERSION on any breaking change.
 */
import { z } from 'astro/zod';
import { REVIEW_CHECKS, REVIEW_STATUSES, type ReviewCheck } from '../analytics/review-due.ts';
import {
  REQUIREMENT_STATUSES,
  type RequirementStatus,
} from '../analytics/standards/requirement.ts';

export const API_VERSION = '1.5.0';

const Minutes = z
  .number()
  .int()
  .nonnegative()
  .nullable()
  .describe('Minutes; null when unknown or not set.');
const Key = z.string().describe('Record key "kind/id", for example "services/ledger-db".');
const Path = z
  .array(Key)
  .describe(
    'A path of record keys, from the record that imposes or decides the figure down to this one.',
  );

const CycleGroup = z
  .object({
    members: z
      .array(Key)
      .describe('Every record in the group (they hard-depend on each other), sorted by key.'),
    path: z
      .array(Key)
      .describe(
        'One example cycle through the first member: a closed path of hard dependencies, first key = last key. It need not visit every member.',
      ),
  })
  .describe(
    'A group of records that can only be recovered together: one strongly connected component.',
  );

const Objective = z.object({
  declared: Minutes.describe('Declared in the record.'),
  required: Minutes.describe(
    'Tightest value required by anything that depends on it through hard dependencies.',
  ),
  requiredPath: Path,
  inversion: z.boolean().describe('Declared is looser than required.'),
});

const AvailabilityWindow = z.object({
  minutes: z.number().int().describe('Length of the window in minutes (365 or 91 days).'),
  downtime: z.number().describe('Minutes down in the window, overlapping incidents counted once.'),
  achieved: z.number().describe('Achieved availability in percent.'),
  budget: z.number().nullable().describe('Minutes of downtime the target allows in the window.'),
  left: z.number().nullable().describe('budget - downtime; negative when over budget.'),
});
const AvailabilitySchema = z.object({
  target: z.number().nullable().describe('Availability target in percent.'),
  targetSource: z.enum(['service', 'tier']).nullable(),
  year: AvailabilityWindow,
  quarter: AvailabilityWindow,
  overBudget: z.boolean(),
  incidents: z
    .array(Key)
    .describe('Incidents that took it down in the year (the ones this edition names).'),
  restrictedIncidents: z.number().int(),
  mttr: z
    .number()
    .nullable()
    .describe('Mean minutes from start to restored over the closed incidents of the year.'),
  open: z.number().int().describe('Incidents of the year still going on.'),
});

export const RecordSummarySchema = z.object({
  key: Key,
  id: z.string(),
  title: z.string(),
  owner: z.string().describe('Owning team id.'),
  tier: z.number().int().nullable(),
  rto: Objective.extend({
    target: Minutes.describe('What it must meet: the tighter of declared and required.'),
    achievable: Minutes.describe(
      'When it can be back after a wide outage (everything down at once).',
    ),
    bottleneck: Path.describe('The chain of hard dependencies that decides the achievable time.'),
    gap: z
      .number()
      .int()
      .nullable()
      .describe('achievable - target in minutes; positive means the target cannot be met.'),
  }),
  rpo: Objective,
  ownRecovery: z
    .object({
      minutes: Minutes,
      source: z.enum(['measured', 'estimated', 'declared-rto', 'unknown']),
      exercise: z.string().nullable().describe('The exercise that measured it, if one did.'),
      incident: z
        .string()
        .nullable()
        .describe('The real incident that measured it, if one did (it outranks an exercise).'),
    })
    .nullable()
    .describe(
      'Services: own restore time once dependencies are up, and where the figure comes from.',
    ),
  derivedMtpd: Minutes.describe('Functions: MTPD derived from the impact table.'),
  wave: z
    .number()
    .int()
    .nullable()
    .describe('Services: recovery wave. Functions: the wave after which its systems are back.'),
  inCycle: z.boolean(),
  impact: z
    .object({
      functions: z.number().int(),
      services: z.number().int(),
      tier1Functions: z.number().int(),
      worstLevel: z
        .string()
        .nullable()
        .describe('Worst impact level among the functions that fail with it.'),
    })
    .describe('What fails when this fails (through hard dependencies), not counting itself.'),
  rank: z.number().int().describe('Priority rank among records of its kind, 1 first.'),
  reasons: z.array(z.string()),
  readiness: z.object({ score: z.number(), checks: z.record(z.string(), z.boolean()) }).nullable(),
  availability: AvailabilitySchema.nullable().describe(
    'Services with an availability target or downtime in the last 365 days: the figures of the year and quarter up to asOf.',
  ),
});

export const RecordDetailSchema = RecordSummarySchema.extend({
  impacted: z
    .object({
      functions: z.array(Key),
      services: z.array(Key),
      restricted: z
        .number()
        .int()
        .describe('How many more fail with it that this edition does not name.'),
    })
    .describe('Everything that fails when this fails.'),
});

const Money = z
  .number()
  .describe(
    'An amount in the currency of `currency`, rounded to cents: an estimate of the cost of downtime.',
  );

/** The cost of downtime of a scenario in a list (since 1.5.0). */
const ScenarioCostSummary = z
  .object({
    currency: z.string().describe('costOfDowntime.currency of organisation.yaml.'),
    total: Money.describe(
      'Estimated cost of the costed functions that go down, each from the loss until its systems are back.',
    ),
    costed: z.number().int().describe('Functions down that are costed.'),
    notCosted: z
      .number()
      .int()
      .describe('Functions down that are not costed: unknown time, at risk, or no rate.'),
  })
  .nullable()
  .describe(
    'The cost of downtime over the scenario (an estimate, since 1.5.0); null when no business function has a cost per hour.',
  );

/** One function's cost over a window and the inputs that made it (since 1.5.0). */
const FunctionCost = z.object({
  key: Key,
  basis: z
    .enum(['revenue-per-hour', 'impact-levels'])
    .describe(
      "Where the rate comes from: the BIA's revenuePerHour, or costOfDowntime.perHour of the worst impact level its table has reached.",
    ),
  from: Minutes.describe('Start of the window costed, minutes after the disruption.'),
  to: Minutes.describe('End of the window costed (a scenario: when its systems are back).'),
  cost: Money,
  segments: z
    .array(
      z.object({
        from: Minutes,
        to: Minutes,
        level: z
          .string()
          .nullable()
          .describe(
            'The impact level in effect; null for revenue per hour and before the first time in the table.',
          ),
        perHour: z
          .number()
          .nullable()
          .describe(
            'Rate per hour over the stretch; null when the level has no rate (counted as 0).',
          ),
        cost: Money,
      }),
    )
    .describe('The stretches of the window at one rate, in time order.'),
});

/** A recovery wave: the services this edition names, in recovery order, and how many more. */
const Wave = z.object({
  wave: z.number().int(),
  services: z.array(z.string()),
  restricted: z.number().int(),
});

export const IndexSchema = z.object({
  apiVersion: z.literal(API_VERSION),
  asOf: z.string().describe('The date every figure is relative to (YYYY-MM-DD).'),
  organisation: z.string(),
  edition: z
    .enum(['public', 'internal', 'confidential'])
    .describe('Records classified above it are counted, never named.'),
  counts: z
    .record(z.string(), z.number().int())
    .describe('Records of each kind this edition names.'),
  restricted: z
    .record(z.string(), z.number().int())
    .describe(
      'Items of each document about records this edition does not name: counted in every figure, left out of the lists.',
    ),
  documents: z.array(z.object({ path: z.string(), description: z.string() })),
});

const Envelope = <T extends z.ZodType>(data: T) =>
  z.object({ apiVersion: z.literal(API_VERSION), asOf: z.string(), data });

export const DOCUMENT_SCHEMAS = {
  records: Envelope(z.array(RecordSummarySchema)),
  record: Envelope(RecordDetailSchema),
  cycles: Envelope(z.array(CycleGroup)),
  waves: Envelope(z.array(Wave)),
  scenarios: Envelope(
    z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        source: z.string(),
        lost: z.array(Key),
        functions: z.number().int(),
        services: z.number().int(),
        broken: z.number().int(),
        atRisk: z
          .number()
          .int()
          .describe(
            'Targets at risk: no substitute and no exit plan for a lost vendor (since 1.3.0).',
          ),
        cost: ScenarioCostSummary,
      }),
    ),
  ),
  scenario: Envelope(
    z.object({
      id: z.string(),
      title: z.string(),
      source: z.string(),
      description: z.string().nullable(),
      lost: z.array(Key),
      functions: z.array(
        z.object({
          key: Key,
          target: Minutes,
          achievable: Minutes,
          met: z.boolean().nullable(),
          wave: z.number().int().nullable(),
          atRisk: z
            .boolean()
            .describe('Fails with a vendor that has no substitute and no exit plan (since 1.3.0).'),
        }),
      ),
      services: z.array(
        z.object({
          key: Key,
          target: Minutes,
          achievable: Minutes,
          met: z.boolean().nullable(),
          wave: z.number().int().nullable(),
          atRisk: z
            .boolean()
            .describe('Fails with a vendor that has no substitute and no exit plan (since 1.3.0).'),
        }),
      ),
      waves: z.array(Wave),
      broken: z.array(Key),
      atRisk: z.array(Key).describe('Keys whose target is at risk (since 1.3.0).'),
      irreplaceable: z
        .array(Key)
        .describe('Lost vendors with no substitute and no exit plan (since 1.3.0).'),
      cost: z
        .object({
          currency: z.string(),
          total: Money.describe('Estimated cost of every costed function down, named or not.'),
          costed: z.number().int(),
          notCosted: z.number().int(),
          functions: z
            .array(FunctionCost)
            .describe('The costed functions this edition names, in key order, with their inputs.'),
          restricted: z
            .object({ functions: z.number().int(), cost: Money })
            .describe('Costed functions this edition does not name, and their cost together.'),
          uncosted: z
            .array(
              z.object({
                key: Key,
                reason: z.enum(['unknown-time', 'at-risk', 'no-rate']),
              }),
            )
            .describe('Functions down that are not costed, and why (the ones this edition names).'),
          uncostedRestricted: z.number().int(),
          curve: z
            .array(
              z.object({
                at: Minutes.describe('Minutes after the disruption.'),
                cost: Money.describe('Cumulative cost until then.'),
              }),
            )
            .describe(
              'The cumulative cost at every moment a rate changes or a function comes back, from 0.',
            ),
        })
        .nullable()
        .describe(
          'The cost of downtime over the scenario (an estimate, since 1.5.0); null when no business function has a cost per hour.',
        ),
    }),
  ),
  reviews: Envelope(
    z.array(
      z.object({
        key: Key,
        title: z.string(),
        owner: z.string(),
        check: z
          .enum(REVIEW_CHECKS as [ReviewCheck, ...ReviewCheck[]])
          .describe('Which recurring check (since 1.2.0 an enum, with "re-test").'),
        due: z.string().nullable(),
        status: z.enum(REVIEW_STATUSES as [string, ...string[]]),
        daysLate: z.number().int().nullable(),
        detail: z.string(),
        change: z
          .object({
            exercise: Key.describe('The last completed exercise that tested the record.'),
            exercised: z.string().describe('Its date (YYYY-MM-DD).'),
            on: z
              .string()
              .describe(
                'Date of the first change after it (YYYY-MM-DD): a commit date, or the as-of date for changes not committed.',
              ),
            commit: z
              .string()
              .nullable()
              .describe('Full hash of the commit of that change; null when not committed.'),
            changes: z
              .number()
              .int()
              .describe('Changes since the exercise: commits, plus one for changes not committed.'),
          })
          .nullable()
          .describe(
            "Re-test items (since 1.2.0): the record's file changed after the exercise that last tested it. null for other checks.",
          ),
      }),
    ),
  ),
  gaps: Envelope(
    z.array(
      z.object({
        rule: z.string(),
        severity: z.string(),
        key: Key,
        title: z.string(),
        owner: z
          .string()
          .nullable()
          .describe(
            'The team that owns the record and must act, a teams id; "(restricted)" when the edition does not name it (since 1.4.0).',
          ),
        message: z.string(),
        fix: z.string(),
        cost: z
          .object({
            currency: z.string(),
            total: Money.describe(
              'Estimated cost of the late window [target, achievable] for every costed function that fails with the record (itself, for a function).',
            ),
            hoursLate: z.number().describe('achievable - target, in hours.'),
            costed: z.number().int(),
            notCosted: z.number().int().describe('Functions that fail with it without a rate.'),
          })
          .nullable()
          .describe(
            'target-unreachable gaps: the money at stake (an estimate, since 1.5.0; figures of different gaps overlap). null for other rules, or when no function has a cost per hour.',
          ),
      }),
    ),
  ),
  risks: Envelope(
    z.object({
      appetite: z.number().int(),
      risks: z.array(
        z.object({
          key: Key,
          title: z.string(),
          owner: z.string(),
          category: z.string(),
          status: z.string(),
          inherent: z.number().int(),
          residual: z.number().int(),
          treatment: z.string().nullable(),
          aboveAppetite: z.boolean(),
          untreatedAboveAppetite: z.boolean(),
        }),
      ),
      heatMaps: z.object({
        inherent: z.array(
          z.object({
            likelihood: z.number().int(),
            impact: z.number().int(),
            count: z.number().int(),
          }),
        ),
        residual: z.array(
          z.object({
            likelihood: z.number().int(),
            impact: z.number().int(),
            count: z.number().int(),
          }),
        ),
      }),
    }),
  ),
  availability: Envelope(
    z.object({
      window: z
        .object({
          year: z.object({ from: z.string(), to: z.string() }),
          quarter: z.object({ from: z.string(), to: z.string() }),
        })
        .describe('The first and last day of each window (YYYY-MM-DD), ending with asOf.'),
      services: z.array(AvailabilitySchema.extend({ key: Key })),
      restricted: z.number().int().describe('Services with figures this edition does not name.'),
    }),
  ),
  readiness: Envelope(
    z.object({
      overall: z.record(z.string(), z.number()),
      records: z.array(
        z.object({ key: Key, score: z.number(), checks: z.record(z.string(), z.boolean()) }),
      ),
    }),
  ),
  standards: Envelope(
    z.array(
      z
        .object({
          id: z.string().describe('The standard\'s id, its page address: "iso-22301".'),
          title: z.string().describe('As it is cited: "ISO 22301:2019".'),
          counts: z
            .record(z.string(), z.number().int())
            .describe('How many requirements have each status (whole organisation).'),
          requirements: z.array(
            z.object({
              id: z.string().describe('Stable id inside the standard: "8.2.2", "art-11-6-a".'),
              ref: z.string().describe('The clause or article as cited: "8.2.2", "Art. 11(6)(a)".'),
              title: z.string(),
              status: z.enum(REQUIREMENT_STATUSES as [RequirementStatus, ...RequirementStatus[]]),
              met: z.number().int().describe('Records the rule looks at that pass it.'),
              total: z.number().int().describe('Records the rule looks at.'),
              summary: z.string().describe('The counts in words; names no record.'),
              evidence: z.array(Key).describe('The records that show it, that this edition names.'),
              evidenceRestricted: z
                .number()
                .int()
                .describe('Records that show it which this edition does not name.'),
              missing: z
                .array(
                  z.object({
                    key: Key.nullable().describe(
                      'The record to fix; null when no record stands for what is missing.',
                    ),
                    reason: z.string(),
                  }),
                )
                .describe('What is missing or failing, blocking failures first.'),
              missingRestricted: z
                .number()
                .int()
                .describe('Shortfalls on records this edition does not name.'),
            }),
          ),
        })
        .describe("A standard's checklist (since 1.5.0)."),
    ),
  ),
  issues: Envelope(
    z.array(
      z.object({
        severity: z.string(),
        file: z.string(),
        field: z.string(),
        rule: z.string(),
        message: z.string(),
        fix: z.string(),
      }),
    ),
  ),
} as const;
export type DocumentType = keyof typeof DOCUMENT_SCHEMAS;

/** JSON Schema (draft 2020-12) of every document type, published as api/v1/schema.json. */
export function toJsonSchemas(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `ITSCM knowledge base API ${API_VERSION}`,
    index: z.toJSONSchema(IndexSchema),
    documents: Object.fromEntries(
      Object.entries(DOCUMENT_SCHEMAS).map(([k, s]) => [k, z.toJSONSchema(s)]),
    ),
  };
}
