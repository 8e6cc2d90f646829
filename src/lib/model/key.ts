/**
 * Record keys: the one way a record is named across the model, the analyses and their reports
 * ("services/payments-api"). Made by `keyOf` only, taken apart by `kindOf` and `idOf` only.
 */
import type { Kind } from '../schema/index.ts';

/** "kind/id" of a record. */
export type RecordKey = `${Kind}/${string}`;

/** The key of a record. */
export const keyOf = (kind: Kind, id: string): RecordKey => `${kind}/${id}`;

/** The kind part of a key. */
export const kindOf = (key: RecordKey): Kind => key.slice(0, key.indexOf('/')) as Kind;

/** The id part of a key. */
export const idOf = (key: RecordKey): string => key.slice(key.indexOf('/') + 1);
