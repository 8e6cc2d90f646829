/**
 * docs/standards.md, made from the checklists themselves (src/lib/analytics/standards/): every
 * standard with every requirement, its reference, what the standard asks, what evidences it and
 * the rule that decides its status. `npm run standards-doc` writes it; a unit test fails when
 * the committed file is not what this makes. Pure: the standards in, Markdown out.
 */
import { STANDARDS, type Standard } from '../analytics/standards/index.ts';
import { STATUS_LABEL, toRequirementSlug } from './standards-page.ts';
import { REQUIREMENT_STATUSES } from '../analytics/standards/requirement.ts';

/** The file the Markdown is written to, relative to the project root. */
export const STANDARDS_DOC = 'docs/standards.md';

const cell = (s: string) => s.replace(/\|/g, '\\|');

const STATUS_MEANING: Record<(typeof REQUIREMENT_STATUSES)[number], string> = {
  met: 'every record the rule looks at passes it',
  partly: 'some pass and some do not',
  'not-met':
    'none passes, nothing exists that could show it, or a blocking failure (the rule says which)',
  'not-applicable':
    'the knowledge base holds nothing the requirement is about, and that is no failure (no exercise has raised a finding, so none can be late)',
};

/** docs/standards.md for `standards`. */
export function toStandardsDoc(standards: readonly Standard[] = STANDARDS): string {
  const out: string[] = [
    "# The standards' checklists",
    '',
    '<!-- Generated from src/lib/analytics/standards/ by npm run standards-doc; do not edit. A unit test fails when it is out of date. -->',
    '',
    'Each standard below is a list of requirements. For each, the build checks the knowledge base and says whether it is met, partly met or not, with the records that show it and what is missing (each with the record to fix and why). The site shows one page per standard (`/standards/<standard>/`), an overview (`/standards/`), a CSV per standard for an auditor (`/standards/<standard>.csv`: standard, id, reference, title, status, counts, evidence, missing with reasons, as-of date) and the API document `api/v1/standards.json`.',
    '',
    'The checks read what the analyses already computed (the recovery analysis and its tiers, plan cover, the exercise history, review due, gaps, risk scores, scenario coverage), so a figure here never disagrees with the page it comes from. "Tier 1-2" is the critical tier of the recovery analysis (the tier of the target RTO); DORA\'s "critical or important functions" are read as tier 1-2, as the DORA register export does. Windows come from `organisation.yaml`: `review.exerciseEveryMonths` (exercises and restore tests, default 12), `review.contactVerifyMonths` (6), `review.trainingRefreshMonths` (12). Policies are found by their `topic`.',
    '',
    'Statuses:',
    '',
    ...REQUIREMENT_STATUSES.map(
      (s) => `- **${STATUS_LABEL[s]}** (\`${s}\`): ${STATUS_MEANING[s]}.`,
    ),
    '',
    'Editions hide names, never numbers: every count is the whole organisation\'s, and a record the edition does not name is counted ("2 more on records this edition does not name"), never listed.',
    '',
    "The requirements are paraphrased in our own words; the standards' texts are not reproduced. A checklist shows what the records evidence; it does not replace an audit.",
    '',
  ];
  for (const s of standards) {
    out.push(`## ${s.title}`, '', `${s.name}. ${s.scope}`, '');
    out.push('| id | reference | requirement |', '| --- | --- | --- |');
    for (const r of s.requirements)
      out.push(
        `| [${cell(r.id)}](#${s.id}-${toRequirementSlug(r.id)}) | ${cell(r.ref)} | ${cell(r.title)} |`,
      );
    out.push('');
    for (const r of s.requirements)
      out.push(
        `<a id="${s.id}-${toRequirementSlug(r.id)}"></a>`,
        '',
        `### ${r.id} ${r.title}`,
        '',
        `- **Reference**: ${s.title} ${r.ref}`,
        `- **Asks**: ${r.asks}`,
        `- **Evidenced by**: ${r.evidencedBy}`,
        `- **Rule**: ${r.rule}`,
        '',
      );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
