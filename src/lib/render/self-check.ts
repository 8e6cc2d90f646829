/**
 * Self-check questions, as a page asks them: a guide's own (its `questions`, validated with
 * the guide) and, for a plan, questions made from its data, so every plan teaches what a
 * responder must know without anyone writing them: who may declare it, what to do first, which
 * services it recovers first, when it is activated, and when it is stood down. Answers name
 * only records the edition shows. Plain data; the page hides each answer until asked for.
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { getEntry } from '../model/model.ts';
import { keyOf } from '../model/key.ts';
import { RESTRICTED } from '../model/edition.ts';

/** One question and its answer. */
export interface SelfCheckQuestion {
  q: string;
  a: string;
}

/** A guide's questions, as written. */
export const toGuideQuestions = (guide: Entry<'guides'>): SelfCheckQuestion[] =>
  guide.data.questions.map(({ q, a }) => ({ q, a }));

const titleOf = (site: Published, kind: 'people' | 'services', id: string) =>
  id === RESTRICTED
    ? 'a person this edition does not name'
    : (getEntry(site.model, kind, id)?.data.title ?? id);

const listOf = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Questions made from a plan's own data; a question the plan has no data for is left out. */
export function toPlanQuestions(site: Published, plan: Entry<'plans'>): SelfCheckQuestion[] {
  const out: SelfCheckQuestion[] = [];
  const d = plan.data;
  if (d.declaredBy.length > 0)
    out.push({
      q: 'Who may declare this plan?',
      a: `${listOf(d.declaredBy.map((p) => titleOf(site, 'people', p)))}; nobody else may invoke it.`,
    });
  if (d.activation.length > 0)
    out.push({
      q: 'When is this plan activated?',
      a: listOf(d.activation.map((a) => a.replace(/\.$/, ''))) + '.',
    });
  const first = d.steps.filter((s) => s.after.length === 0);
  if (first.length > 0)
    out.push({
      q: 'What is the first step?',
      a:
        first
          .map((s) => `${s.action.replace(/\.$/, '')} (${s.role})`)
          .join('; and at the same time: ') + '.',
    });
  // Covered services by recovery wave: the first wave among them comes back first.
  const covered = d.covers.services
    .map((id) => ({ id, wave: site.recovery.byKey.get(keyOf('services', id))?.wave }))
    .filter((x): x is { id: string; wave: number } => x.wave !== undefined && x.wave > 0);
  if (covered.length > 0) {
    const wave = Math.min(...covered.map((x) => x.wave));
    const firstServices = covered
      .filter((x) => x.wave === wave)
      .map((x) => titleOf(site, 'services', x.id));
    out.push({
      q: 'Which services does it recover first?',
      a: `${listOf(firstServices)} (recovery wave ${wave}): what they depend on is back before them, and what needs them comes after.`,
    });
  }
  if (d.standDown.length > 0)
    out.push({
      q: 'When is it stood down?',
      a: listOf(d.standDown.map((s) => s.replace(/\.$/, ''))) + '.',
    });
  return out;
}
