/**
 * How long a text takes to read: its words (runs of letters and digits, with inner apostrophes
 * and hyphens, so "don't" and "stand-down" are one word each) at 200 words a minute, rounded up,
 * at least one minute for a text with any word. MDX import and export lines, HTML and JSX tags
 * and the addresses of Markdown links are not read, so they do not count. Deterministic;
 * O(length of the text).
 */

/** Words read per minute. */
export const WORDS_PER_MINUTE = 200;

/** The words of `text` a reader reads. */
export function countWords(text: string): number {
  const readable = text
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return readable.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes to read `words` words: 0 for none, else at least 1. */
export const readingMinutes = (words: number): number =>
  words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
