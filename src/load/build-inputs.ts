/**
 * The inputs of a build, read from the environment once: the content folder (ITSCM_CONTENT),
 * "today" (ITSCM_AS_OF, else SOURCE_DATE_EPOCH, else the build day in UTC) and the edition
 * (ITSCM_EDITION), and the site's address (ITSCM_SITE). Read here so nothing in src/lib reads the
 * environment or the clock.
 */
import { basename, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { isIsoDate } from '../lib/schema/date.ts';
import { EDITIONS, type Edition } from '../lib/model/edition.ts';

/** The project root (the folder holding package.json). */
/** A build input set wrong (ITSCM_AS_OF, ITSCM_EDITION, ...): one sentence, no stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
    this.stack = '';
  }
}

/** Prints `message` on stderr and ends the command with exit code 2 (the command was wrong). */
export function exitWith(message: string): never {
  console.error(message);
  process.exit(2);
}

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The content folder: $ITSCM_CONTENT if set (relative to the current directory), else src/content. */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ITSCM_CONTENT ? resolve(env.ITSCM_CONTENT) : join(PROJECT_ROOT, 'src', 'content');
}

/**
 * Astro's cache folder for a build into `outDir`. The cache holds the records rendered for the
 * edition, so it lives under node_modules/.astro, where nobody publishes it, never next to the
 * output; one folder per output, so builds side by side do not share one.
 */
export function toCacheDir(outDir: string): string {
  const out = resolve(outDir);
  const hash = createHash('sha256').update(out).digest('hex').slice(0, 8);
  return join(PROJECT_ROOT, 'node_modules', '.astro', 'out', `${basename(out)}-${hash}`);
}

/** Astro's cache folder for ITSCM_OUT_DIR, or its own default when the output is dist/. */
export const cacheDirOf = (outDir: string | undefined): string =>
  outDir ? toCacheDir(outDir) : join(PROJECT_ROOT, 'node_modules', '.astro');

/**
 * Whether this `astro build` leaves the search index and the offline manifest to a process of
 * their own (ITSCM_FINISH=separate, set by `npm run build`: scripts/finish-site.ts).
 */
export const finishedSeparately = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.ITSCM_FINISH === 'separate';

/** The build's "today" (YYYY-MM-DD): ITSCM_AS_OF, else SOURCE_DATE_EPOCH (seconds), else `now` in UTC. */
export function resolveAsOf(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const explicit = env.ITSCM_AS_OF?.trim();
  if (explicit) {
    if (!isIsoDate(explicit))
      throw new InputError(`ITSCM_AS_OF="${explicit}" is not a date: write it as YYYY-MM-DD.`);
    return explicit;
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch))
      throw new InputError(`SOURCE_DATE_EPOCH="${epoch}" is not a whole number of seconds.`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

/**
 * The edition to build: ITSCM_EDITION, default "internal". Internal is the default because the
 * site is for staff and people's contact details are confidential: a build published by
 * mistake must not carry personal data. Build "confidential" for an access-controlled host or
 * for team go-bags, "public" for anything outside the organisation.
 */
export function resolveEdition(env: NodeJS.ProcessEnv = process.env): Edition {
  const e = (env.ITSCM_EDITION ?? 'internal').trim() as Edition;
  if (!EDITIONS.includes(e))
    throw new InputError(
      `ITSCM_EDITION="${e}" is not an edition: use public, internal or confidential.`,
    );
  return e;
}

/**
 * The site's absolute address, ITSCM_SITE ("https://continuity.example.org"), for Astro's `site`;
 * undefined when unset. Printed pages write links out with it; without it they print no link
 * targets, since a bare path means nothing on paper. A sub-path goes in ITSCM_BASE.
 */
export function resolveSite(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const site = env.ITSCM_SITE?.trim();
  if (!site) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(site);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new InputError(
      `ITSCM_SITE="${site}" is not an absolute http(s) address: write it as https://continuity.example.org, or unset it.`,
    );
  if (url.pathname !== '/' || url.search || url.hash)
    throw new InputError(
      `ITSCM_SITE="${site}" has a path: set the origin only (ITSCM_SITE=${url.origin}) and the sub-path as ITSCM_BASE=${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}.`,
    );
  return url.origin;
}

/** Everything a build depends on besides the files themselves. */
export interface BuildInputs {
  /** The content folder, absolute. */
  dir: string;
  /** "Today", YYYY-MM-DD. */
  asOf: string;
  edition: Edition;
}

/** The content folder, as-of date and edition from the environment; throws the messages above. */
export function resolveBuildInputs(env: NodeJS.ProcessEnv = process.env): BuildInputs {
  return { dir: resolveContentDir(env), asOf: resolveAsOf(env), edition: resolveEdition(env) };
}
