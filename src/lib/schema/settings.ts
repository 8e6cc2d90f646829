import { z } from 'astro/zod';
import { Duration } from './duration.ts';
import { Id, type IssueParams } from './common.ts';
import { CodeOwners } from './code-owner.ts';

/** Forges whose edit, file and history addresses the site can make. */
export const FORGES = ['github', 'gitlab'] as const;
export type Forge = (typeof FORGES)[number];

/** The forge a host is, when its name says so: github.com, or a host with "gitlab" in its name. */
export function forgeOfHost(host: string): Forge | undefined {
  if (host === 'github.com' || host === 'www.github.com') return 'github';
  if (/(^|[.-])gitlab([.-]|$)/.test(host)) return 'gitlab';
  return undefined;
}

const REPOSITORY_EXAMPLE = 'https://github.com/example-org/continuity';

/** A repository's web address: https, a host and at least owner and name; trailing "/" and ".git" dropped. */
const RepositoryUrl = z.string().transform((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  const fail = (why: string) => {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `"${value}" ${why}`,
      params: {
        rule: 'bad-repository-url',
        fix: `Write the repository's https web address, for example ${REPOSITORY_EXAMPLE}, or remove repository.`,
      } satisfies IssueParams,
    });
    return z.NEVER;
  };
  if (!url)
    return fail(`is not a web address: write the repository's page, such as ${REPOSITORY_EXAMPLE}`);
  if (url.protocol !== 'https:')
    return fail(
      `is not an https address: edit and history links must open over https (${REPOSITORY_EXAMPLE})`,
    );
  if (url.username || url.password)
    return fail('holds a user name or password: leave them out of the address');
  if (url.search || url.hash) return fail('has a query or fragment: give the repository page only');
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (path.split('/').filter(Boolean).length < 2)
    return fail(
      `does not name a repository: it needs the owner and the name, as in ${REPOSITORY_EXAMPLE}`,
    );
  return `${url.origin}${path}`;
});

/**
 * Organisation settings, read from `organisation.yaml` at the root of the content folder.
 * Every field has a default, so an empty file (or none) is valid.
 */
export const SettingsSchema = z.strictObject({
  /** Organisation name shown in the header. */
  name: z.string().default('Example organisation'),
  /** Recovery tiers: a service or function is in the first tier whose maxRto its RTO fits. Ascending. */
  tiers: z
    .array(
      z.strictObject({
        /** Tier number, 1 is the most critical. */
        tier: z.number().int().min(1),
        /** Label, for example "Critical". */
        name: z.string(),
        /** Largest RTO in this tier. */
        maxRto: Duration,
      }),
    )
    .min(1)
    .prefault([
      { tier: 1, name: 'Critical', maxRto: '4h' },
      { tier: 2, name: 'Essential', maxRto: '1d' },
      { tier: 3, name: 'Important', maxRto: '3d' },
      { tier: 4, name: 'Deferrable', maxRto: '4w' },
    ]),
  /** Impact levels, least severe first. Levels marked tolerable: false are intolerable. */
  impactScale: z
    .array(
      z.strictObject({
        /** Level id as written in BIA impact tables. */
        level: z.string(),
        /** Human label. */
        label: z.string(),
        /** Whether the organisation can live with this level for a while. */
        tolerable: z.boolean(),
      }),
    )
    .min(1)
    .default([
      { level: 'none', label: 'None', tolerable: true },
      { level: 'low', label: 'Low', tolerable: true },
      { level: 'medium', label: 'Medium', tolerable: true },
      { level: 'high', label: 'High', tolerable: false },
      { level: 'severe', label: 'Severe', tolerable: false },
    ]),
  /** Impact categories allowed in BIA tables. */
  impactCategories: z
    .array(z.string())
    .min(1)
    .default(['financial', 'operational', 'customer', 'regulatory', 'reputational', 'safety']),
  /** Review windows. */
  review: z
    .strictObject({
      /** Review cycle in months for records that do not set `reviewEvery`. */
      defaultEveryMonths: z.number().int().min(1).default(12),
      /** Items due within this many days are "due soon". */
      dueSoonDays: z.number().int().min(0).default(30),
      /** Plans covering tier 1-2 services must be exercised within this many months (DORA Art. 11(6)). */
      exerciseEveryMonths: z.number().int().min(1).default(12),
      /** Contact details must be verified within this many months. */
      contactVerifyMonths: z.number().int().min(1).default(6),
      /** Training must be refreshed within this many months. */
      trainingRefreshMonths: z.number().int().min(1).default(12),
    })
    .prefault({}),
  /** Outage scenarios to analyse besides the loss of each location and vendor. */
  scenarios: z
    .array(
      z.strictObject({
        /** Scenario id (kebab-case), used in its page address. */
        id: Id,
        /** Title, for example "Ransomware encrypts the directory". */
        title: z.string(),
        /** What happens, in a sentence or two. */
        description: z.string().optional(),
        /** What is lost, as "kind/id": services, vendors or locations, for example "services/directory". */
        lose: z.array(z.string()).min(1),
      }),
    )
    .default([]),
  /** Availability targets and the downtime budgets they allow (see src/lib/analytics/availability.ts). */
  availability: z
    .strictObject({
      /**
       * Availability target in percent per recovery tier, for services that set no
       * `availability` of their own: `{ 1: 99.95, 2: 99.9 }`. 99.99 allows 52.6 minutes of
       * downtime a year, 99.9 about 8.8 hours. Default: no targets.
       */
      byTier: z
        .record(
          z.string().regex(/^[1-9][0-9]*$/, { message: 'must be a tier number such as 1' }),
          z.number().gt(0).max(100),
        )
        .default({}),
    })
    .prefault({}),
  /** Risk appetite: residual scores (likelihood x impact) above this need treatment. */
  riskAppetite: z.number().int().min(1).max(25).default(9),
  /** Team go-bags (`/go-bags/<team>/`). */
  goBags: z
    .strictObject({
      /**
       * Where the confidential edition's go-bags (the ones with personal numbers) are kept, as
       * a responder would look for them, for example "the sealed envelope in the continuity
       * office safe". Every go-bag prints it; unset, go-bags say it is not recorded.
       */
      confidentialCopy: z.string().trim().min(1).optional(),
    })
    .prefault({}),
  /**
   * How seriously to take each warning rule, by rule name: `error` makes `npm run check` and the
   * build fail on it (for example `rto-inversion: error`, `dependency-cycle: error`), `warning`
   * lowers a rule the organisation accepts to a warning. Errors that leave a record unreadable or
   * a reference unresolved (src/lib/model/severity.ts) stay errors.
   */
  severity: z
    .record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.enum(['error', 'warning']))
    .default({}),
  /**
   * The repository the content is kept in: record pages then link their file, "Edit this page"
   * and "View history", and the data quality page links each problem to the file (and line).
   * Unset, pages show the file's path as text.
   */
  repository: z
    .strictObject({
      /** The repository's https web address: "https://github.com/org/continuity", "https://gitlab.com/group/sub/continuity". */
      url: RepositoryUrl,
      /** The branch the site is built from, which the links open. */
      branch: z.string().trim().min(1).default('main'),
      /**
       * The content folder's path inside the repository ("src/content"); "" for the root.
       * Default: where git finds the folder in the working copy being built, else the root.
       */
      contentPath: z
        .string()
        .trim()
        .refine((p) => !p.split('/').includes('..'), {
          message: 'must be a path inside the repository, without ".."',
        })
        .transform((p) => p.replace(/^\/+|\/+$/g, ''))
        .optional(),
      /** github or gitlab: which link shapes to use. Default: from the host (github.com; a host named gitlab...). */
      forge: z.enum(FORGES).optional(),
      /**
       * Code owners (`@user`, `@org/team`, e-mail) of the content folder, for `npm run
       * codeowners`: they own organisation.yaml, files no record names yet, and the records of
       * teams that set no `codeOwners`. Unset, those are left out of CODEOWNERS.
       */
      defaultCodeOwners: CodeOwners.optional(),
    })
    .transform((repo, ctx) => {
      const forge = repo.forge ?? forgeOfHost(new URL(repo.url).hostname);
      if (forge) return { ...repo, forge };
      ctx.issues.push({
        code: 'custom',
        input: repo,
        path: ['forge'],
        message: `the host of "${repo.url}" is neither github.com nor a GitLab host, so the link shapes are not known`,
        params: {
          rule: 'unknown-forge',
          fix: 'Set repository.forge to github or gitlab.',
        } satisfies IssueParams,
      });
      return z.NEVER;
    })
    .optional(),
  /**
   * What an hour of downtime costs, for the estimates on the scenario and gap pages (the cost of
   * a scenario over its timeline, the money at stake in a target that cannot be met). A business
   * function whose BIA sets `revenuePerHour` costs that per hour from the first minute; any other
   * costs `perHour` of the worst impact level its impact table has reached by then. Unset, only
   * the functions with `revenuePerHour` are costed.
   */
  costOfDowntime: z
    .strictObject({
      /** The currency every figure is in, BIA `revenuePerHour` too: an ISO 4217 code ("EUR", "GBP") or a symbol. Default EUR. */
      currency: z.string().trim().min(1).default('EUR'),
      /**
       * Cost per hour while a function's worst impact is at a level: impact level (a `level` of
       * `impactScale`) -> amount in `currency`, for example `{ medium: 2000, high: 10000 }`. A
       * level left out costs nothing and is reported as having no figure. Default none.
       */
      perHour: z.record(z.string(), z.number().nonnegative()).default({}),
    })
    .prefault({}),
});
export type Settings = z.output<typeof SettingsSchema>;
