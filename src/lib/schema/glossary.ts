/**
 * The glossary: the continuity terms the site uses, each with a definition, where it comes from
 * and the terms related to it. Read from `glossary.yaml` at the root of the content folder (a
 * map from term id to term), checked like `organisation.yaml`: unknown fields, a missing
 * definition or a related term that does not exist are errors with file, line and column.
 *
 * Not a record kind: a term has no owner, review cycle, classification or page of its own, and
 * the glossary is public in every edition (it says what words mean, nothing about the
 * organisation). The site shows it on /glossary/, and pages link their terms there
 * (src/lib/render/term-links.ts).
 */
import { z } from 'astro/zod';
import { Id } from './common.ts';

/** Where a term comes from: a standard, regulation or guide, and the clause or article. */
export const TermSourceSchema = z.strictObject({
  /** The document as people cite it: "ISO 22301:2019", "NIST SP 800-34 Rev. 1", "DORA". */
  standard: z.string().min(1),
  /**
   * The clause, article or control relied on ("8.2.2", "Art. 28(8)", "CP-9"); left out where the
   * idea is common practice across the document rather than one clause's text.
   */
  clause: z.string().min(1).optional(),
  /** What the document says about it, or how the project's use differs, in a few words. */
  note: z.string().min(1).optional(),
});
export type TermSource = z.output<typeof TermSourceSchema>;

/** One term of the glossary; its id (the key in glossary.yaml) is its anchor on /glossary/. */
export const TermSchema = z.strictObject({
  /** The term written out, as a heading: "Recovery time objective". */
  term: z.string().min(1),
  /** The short form pages use, when there is one: "RTO". */
  abbreviation: z.string().min(1).optional(),
  /**
   * Other names for the same idea ("MTD" for MTPD, "declaration" for plan activation); shown on
   * the glossary page and found by its search.
   */
  aliases: z.array(z.string().min(1)).default([]),
  /** What it means in this knowledge base, in one to three sentences; consistent with docs/domain.md. */
  definition: z.string().min(1),
  /** Where it comes from; empty when it is this project's own idea (say so in `note`). */
  sources: z.array(TermSourceSchema).default([]),
  /** How this project uses or computes it, when that is worth saying apart from the definition. */
  note: z.string().min(1).optional(),
  /** Ids of related terms, each an entry of the same glossary. */
  related: z.array(Id).default([]),
});
export type Term = z.output<typeof TermSchema>;

/** The glossary file: term id (kebab-case, the anchor) -> term. An absent file is an empty glossary. */
export const GlossarySchema = z.record(Id, TermSchema);

/** A term with its id, as the model holds it. */
export interface GlossaryEntry extends Term {
  id: string;
}
