/**
 * Internal invariant failures: bugs in this code, never problems in content (those are
 * Issues, see issue.ts). Their messages start with "internal:" so they cannot be mistaken
 * for help addressed to a content author.
 */

/** An error for a broken internal invariant: `internal: <message>`. */
export function internal(message: string): Error {
  return new Error(`internal: ${message}`);
}

/**
 * Exhaustiveness check for a `switch` (or if-chain) over a union such as `Kind`: call it in
 * the `default:` branch with the switched value. When every member is handled the value has
 * type `never` and this compiles; when a member is added and not handled, the compiler
 * reports the call. At run time it is reached only through a cast or unchecked data, and
 * throws.
 */
export function assertNever(value: never, what = 'value'): never {
  throw internal(`unexpected ${what} ${JSON.stringify(value)}`);
}

/** `value`, which an invariant says is there; `internal:` error naming `what` when it is not. */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw internal(`${what} is missing`);
  return value;
}
