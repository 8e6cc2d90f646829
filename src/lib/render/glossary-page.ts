/**
 * What /glossary/ shows: every term A to Z under its letter, each with its anchor id, the
 * definition, other names, where it comes from ("ISO 22301:2019 8.2.2") and its related terms
 * as links to their entries. Plain data; the page only lays it out. The glossary is public:
 * every edition shows all of it.
 */
import type { GlossaryEntry, TermSource } from '../schema/glossary.ts';

/** One entry of the glossary page. */
export interface GlossaryTermView {
  /** The anchor: /glossary/#<id>. */
  id: string;
  /** The heading: "Recovery time objective (RTO)". */
  heading: string;
  definition: string;
  note?: string;
  /** "Also called: MTD, maximum tolerable downtime", when it has other names. */
  aliases?: string;
  /** Each source as cited: "NIST SP 800-34 Rev. 1 3.2.1 (the RTO lies within the MTD)". */
  sources: string[];
  /** Related terms, titled as their headings say. */
  related: { id: string; label: string }[];
}

export interface GlossaryPageView {
  /** "39 terms". */
  count: string;
  letters: { letter: string; anchor: string; terms: GlossaryTermView[] }[];
}

/** A source as cited: the document, the clause when given, then the note in brackets. */
export function formatSource(s: TermSource): string {
  return `${s.standard}${s.clause ? ` ${s.clause}` : ''}${s.note ? ` (${s.note})` : ''}`;
}

/** The heading of a term: its words, then its abbreviation in brackets. */
export const headingOf = (t: GlossaryEntry): string =>
  t.abbreviation ? `${t.term} (${t.abbreviation})` : t.term;

/** The first letter a term is listed under: A-Z, or "#" for anything else. */
function letterOf(term: string): string {
  const c = term.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

/** The glossary page of `glossary` (A to Z, as the model holds it). */
export function toGlossaryPage(glossary: readonly GlossaryEntry[]): GlossaryPageView {
  const byId = new Map(glossary.map((t) => [t.id, t]));
  const letters: GlossaryPageView['letters'] = [];
  for (const t of glossary) {
    const letter = letterOf(t.term);
    let group = letters[letters.length - 1];
    if (group?.letter !== letter) {
      group = {
        letter,
        anchor: letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`,
        terms: [],
      };
      letters.push(group);
    }
    group.terms.push({
      id: t.id,
      heading: headingOf(t),
      definition: t.definition,
      ...(t.note ? { note: t.note } : {}),
      ...(t.aliases.length ? { aliases: `Also called: ${t.aliases.join(', ')}` } : {}),
      sources: t.sources.map(formatSource),
      related: t.related.flatMap((id) => {
        const r = byId.get(id);
        return r ? [{ id, label: headingOf(r) }] : [];
      }),
    });
  }
  return {
    count: `${glossary.length} ${glossary.length === 1 ? 'term' : 'terms'}`,
    letters,
  };
}
