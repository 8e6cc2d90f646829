/**
 * The text @astrojs/mdx compiles for an .mdx file, made from the copy the build read, so Vite
 * neither reads the file again nor parses its frontmatter a second time. Pure string work.
 */

// The frontmatter block as @astrojs/internal-helpers/frontmatter finds it; @astrojs/mdx runs
// that on every file it compiles.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const DELIMITER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * An .mdx file's text as @astrojs/mdx compiles it: the frontmatter block replaced by as many
 * spaces and line breaks, exactly as @astrojs/mdx does, so positions in errors stay right and
 * there is no YAML left to parse. The compiled module's `frontmatter` export is then empty,
 * which nothing reads: pages take records from the model.
 *
 * Undefined when only the file itself gives the same result: the body uses `frontmatter`, or
 * what remains would be taken for frontmatter again (a body that opens with a `---` rule).
 */
export function toMdxSource(text: string): string | undefined {
  const raw = FRONTMATTER.exec(text)?.[1];
  if (raw === undefined) return text.includes('frontmatter') ? undefined : text;
  const delimiter = DELIMITER.exec(text)?.[1] ?? '---';
  const blanked = text.replace(
    `${delimiter}${raw}${delimiter}`,
    () => `   ${raw.replace(/[^\r\n]/g, ' ')}   `,
  );
  return blanked.includes('frontmatter') || FRONTMATTER.test(blanked) ? undefined : blanked;
}
