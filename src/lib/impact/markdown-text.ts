/**
 * Untrusted text (titles, ids, field values an author wrote) made safe for GitHub Markdown: one
 * line, no HTML, no Markdown syntax, no table cell break, no mention. Used by the impact report,
 * which is posted as a pull-request comment where anything an author writes is rendered.
 */

/** The longest a single value is shown in the report, in characters, before it is shortened. */
export const VALUE_LIMIT = 120;

// What CommonMark or GitHub gives a meaning inside a line: escapes, code, emphasis, links and
// images (nothing is a link without "[" or "<"), tables, strikethrough, math, HTML, entities.
const SPECIAL = /[\\`*_[\]|~$<>&]/g;
// What opens a block at the start of a list item or cell: list markers, headings, numbered items.
const LEADING = /^([-+#=]|\d+(?=[.)]))/;

/**
 * `s` as literal Markdown text: whitespace and control characters collapsed to one space, cut to
 * `limit` characters with "…", the characters in SPECIAL backslash-escaped (`<`, `>` and `&` as
 * entities), a block marker at the start escaped, and a word joiner after "@" so a title cannot
 * mention a person or team.
 */
export function escapeMarkdown(s: string, limit = VALUE_LIMIT): string {
  // eslint-disable-next-line no-control-regex
  let flat = s.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  if ([...flat].length > limit) flat = `${[...flat].slice(0, limit - 1).join('')}…`;
  return flat
    .replace(SPECIAL, (c) =>
      c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
    )
    .replace(LEADING, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`))
    .replace(/@/g, '@\u2060');
}

/**
 * A key, path, rule or git ref in a code span, when it can be one (no backtick, no "|", which
 * splits a table cell even inside code, no line break, not too long); else escaped text.
 */
export function code(s: string): string {
  return /^[^`|\s@]+$/.test(s) && s.length <= VALUE_LIMIT ? `\`${s}\`` : escapeMarkdown(s);
}

/** One row of a GitHub table; the cells are Markdown already (escape them first). */
export const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** A GitHub table: header, separator and rows (cells already escaped). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}
