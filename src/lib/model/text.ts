/**
 * Text that names records: a message, fix or reason kept as parts (plain strings and record
 * references) until it is formatted for one output. The references stay data, so an edition
 * can name a record or say "restricted record" without parsing the sentence back, and a page
 * can link what a report names.
 */
import type { RecordKey } from './key.ts';
import { idOf } from './key.ts';

/** A reference to a record inside a text. */
export interface Ref {
  ref: RecordKey;
}

/** A sentence as parts. */
export type Text = readonly (string | Ref)[];

/** What can stand in a `text` template: plain values, one reference, or a list (joined). */
type Value = string | number | Ref | Text;

/** A reference to `key`. */
export const ref = (key: RecordKey): Ref => ({ ref: key });

const isRef = (v: unknown): v is Ref => typeof v === 'object' && v !== null && 'ref' in v;

/** Builds a text from a template: `text\`Losing ${ref(k)} breaks ${n} functions\``. */
export function text(strings: TemplateStringsArray, ...values: Value[]): Text {
  // One pass, adjacent strings merged as they come: every gap and review item is made of these.
  const out: (string | Ref)[] = [];
  let pending = '';
  for (let i = 0; i < strings.length; i++) {
    pending += strings[i];
    if (i >= values.length) break;
    const v = values[i];
    if (typeof v === 'string') pending += v;
    else if (typeof v === 'number') pending += String(v);
    else if (Array.isArray(v)) {
      for (const p of v as Text) {
        if (typeof p === 'string') pending += p;
        else {
          if (pending !== '') out.push(pending);
          pending = '';
          out.push(p);
        }
      }
    } else if (isRef(v)) {
      if (pending !== '') out.push(pending);
      pending = '';
      out.push(v);
    } else pending += String(v);
  }
  if (pending !== '') out.push(pending);
  return out;
}

/** Parts joined by `separator`: a list of records ("a, b, c") or a path ("a -> b -> c"). */
export function join(items: readonly (Ref | Text | string)[], separator = ', '): Text {
  // Adjacent strings merged as they come, as `text` does.
  const out: (string | Ref)[] = [];
  let pending = '';
  const part = (p: string | Ref) => {
    if (typeof p === 'string') pending += p;
    else {
      if (pending !== '') out.push(pending);
      pending = '';
      out.push(p);
    }
  };
  for (let i = 0; i < items.length; i++) {
    if (i > 0) pending += separator;
    const item = items[i];
    if (typeof item === 'string' || isRef(item)) part(item);
    else for (const p of item) part(p);
  }
  if (pending !== '') out.push(pending);
  return out;
}

/** A dependency path as text: "order-intake -> payments-api -> ledger-db". */
export function pathText(keys: readonly RecordKey[]): Text {
  const out: (string | Ref)[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) out.push(' -> ');
    out.push({ ref: keys[i] });
  }
  return out;
}

/** Every record a text names, in order, each once. */
export function refsOf(...texts: Text[]): RecordKey[] {
  // A text names a handful of records: a list is cheaper than a set.
  const out: RecordKey[] = [];
  for (const t of texts)
    for (const p of t) if (typeof p !== 'string' && !out.includes(p.ref)) out.push(p.ref);
  return out;
}

/** The text with every reference passed through `map` (an edition replaces what it leaves out). */
export function mapRefs(t: Text, map: (key: RecordKey) => RecordKey): Text {
  return t.map((p) => (typeof p === 'string' ? p : { ref: map(p.ref) }));
}

/** The text as a plain string, each record named by `name` (default: its id). */
export function formatText(t: Text, name: (key: RecordKey) => string = idOf): string {
  let s = '';
  for (const p of t) s += typeof p === 'string' ? p : name(p.ref);
  return s;
}
