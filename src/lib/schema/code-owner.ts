import { z } from 'astro/zod';
import type { IssueParams } from './common.ts';

/**
 * A code owner as CODEOWNERS names one: a user (`@jane-doe`), a team (`@org/team`; GitLab's
 * `@group/subgroup/team`) or an e-mail address. Letters, digits, `-`, `_` and `.`; each part
 * starts with a letter or digit.
 */
export const CODE_OWNER_PATTERN =
  /^(?:@[A-Za-z0-9][\w.-]*(?:\/[A-Za-z0-9][\w.-]*)*|[^\s@/]+@[^\s@/]+\.[^\s@/]+)$/;

/** True when `s` is a code owner CODEOWNERS accepts. */
export const isCodeOwner = (s: string): boolean => CODE_OWNER_PATTERN.test(s);

/** One code owner, checked: a user, a team or an e-mail address. */
export const CodeOwner = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (isCodeOwner(value)) return;
    const bare = /^[A-Za-z0-9][\w.-]*(?:\/[A-Za-z0-9][\w.-]*)*$/.test(value);
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `"${value}" is not a code owner: write a user ("@jane-doe"), a team ("@example-org/ops-team") or an e-mail address`,
      params: {
        rule: 'bad-code-owner',
        fix: bare ? `Write it as "@${value}".` : 'Write "@user", "@org/team" or an e-mail address.',
      } satisfies IssueParams,
    });
  })
  .meta({
    pattern: CODE_OWNER_PATTERN.source,
    patternErrorMessage: 'Write a user ("@jane-doe"), a team ("@org/team") or an e-mail address.',
  });

/** A list of code owners, at least one, in the order CODEOWNERS lists them. */
export const CodeOwners = z.array(CodeOwner).min(1, { message: 'must name at least one owner' });
