/**
 * A label in lines for an SVG box or row: broken between words, never cut. A word longer than
 * a line gets a line of its own (the box grows rather than the word losing letters).
 * O(length of the label).
 */

/** `label` in lines of at most `width` characters, broken between words (a longer word alone). */
export function wrapLabel(label: string, width = 30): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}
