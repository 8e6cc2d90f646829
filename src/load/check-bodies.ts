/**
 * Compiles every MDX body as the build does (Astro's Sätteri processor, with the same plugins),
 * so a body the build cannot render fails the check, at its line and column: a syntax error (an
 * unclosed tag, an unbalanced brace), an import of a file or package that does not exist, a
 * component that is used but neither imported nor defined (the site passes none to bodies), and
 * a mermaid block the renderer rejects. Bodies are compiled from the text read once by the
 * content folder's reader.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { Issue } from '../lib/model/issue.ts';
import { FRONTMATTER, type LoadedContent } from './content-folder.ts';
import { PROJECT_ROOT } from './build-inputs.ts';

type MdastPlugin = NonNullable<Parameters<typeof satteri>[0]>['mdastPlugins'] extends
  readonly (infer P)[] | undefined
  ? P
  : never;

interface MdxRenderer {
  process(content: string, id: string, frontmatter: object): Promise<{ code: string }>;
}

/** Line and column (1-based) of `offset` in `text`. */
function placeIn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Mermaid's reason, without the browser's wrapping: "Parse error on line 2: … Expecting 'SQE', got 'PS'". */
function mermaidReason(message: string): string {
  const lines = message
    .replace(/^page\.evaluate:\s*(Error:\s*)?/, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^at\s/.test(l));
  const expecting = lines.find((l) => /^Expecting /.test(l));
  return [lines[0], expecting].filter(Boolean).join(' ').replace(/:$/, '');
}

/** True when the module `spec` imported by `file` exists (a relative file, a package, astro:*). */
function resolvable(spec: string, file: string): boolean {
  if (spec.startsWith('astro:')) return true;
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const path = spec.startsWith('/') ? join(PROJECT_ROOT, spec) : resolve(dirname(file), spec);
    return ['', '.ts', '.js', '.mjs', '.astro', '.mdx', '.md'].some((ext) =>
      existsSync(`${path}${ext}`),
    );
  }
  try {
    import.meta.resolve(spec, pathToFileURL(join(PROJECT_ROOT, 'package.json')).href);
    return true;
  } catch {
    return false;
  }
}

/** The problems of every MDX body of `loaded`, compiled with `mdastPlugins` (the build's). */
export async function checkBodies(
  loaded: LoadedContent,
  mdastPlugins: MdastPlugin[] = [],
): Promise<Issue[]> {
  const processor = satteri({ mdastPlugins }) as unknown as {
    createMdxRenderer(o: object, p: object): Promise<MdxRenderer>;
  };
  const renderer = await processor.createMdxRenderer(
    { gfm: true, smartypants: true },
    { optimize: false, srcDir: pathToFileURL(join(PROJECT_ROOT, 'src/')), sourcemap: false },
  );
  const issues: Issue[] = [];
  for (const [file, text] of loaded.mdxSources) {
    const fm = FRONTMATTER.exec(text);
    const body = fm ? text.slice(fm[0].length) : text;
    const offset = fm ? fm[0].split('\n').length - 1 : 0;
    const path = join(loaded.dir, file);
    const issue = (
      at: { line: number; column: number },
      rule: string,
      message: string,
      fix: string,
    ) =>
      issues.push({
        severity: 'error',
        file,
        path: [],
        line: at.line + offset,
        column: at.column,
        rule,
        message,
        fix,
      });
    let code: string;
    try {
      code = (await renderer.process(body, path, {})).code;
    } catch (e) {
      const message = String((e as Error).message ?? e);
      const m = /^(\d+):(\d+):\s*(.*?)(?:\s+\(\d+:\d+\))?(?:\s+\([a-z-]+:[a-z-]+\))?$/s.exec(
        message,
      );
      const mermaid = /mermaid|Parse error|Lexical error/i.test(message) && !m;
      const blockAt = mermaid ? body.indexOf('```mermaid') : -1;
      issue(
        m
          ? { line: Number(m[1]), column: Number(m[2]) }
          : blockAt >= 0
            ? placeIn(body, blockAt)
            : { line: 1, column: 1 },
        mermaid ? 'bad-mermaid' : 'bad-mdx',
        mermaid
          ? `the mermaid diagram cannot be drawn: ${mermaidReason(message)}`
          : `the body cannot be compiled: ${(m ? m[3] : message).split('\n')[0]}`,
        mermaid
          ? 'Correct the diagram (https://mermaid.js.org/intro/syntax-reference.html), or mark the block as another language.'
          : 'Close every tag, balance every { and }, and write a literal < or { as &lt; or \\{.',
      );
      continue;
    }
    for (const [, spec] of code.matchAll(/^import\s[^"']*?from\s*["']([^"']+)["'];?$/gm))
      if (spec !== 'astro/jsx-runtime' && !resolvable(spec, path)) {
        const at = body.indexOf(spec);
        issue(
          at >= 0 ? placeIn(body, at) : { line: 1, column: 1 },
          'missing-import',
          `imports "${spec}", which does not exist.`,
          'Correct the path (relative to this file), or remove the import and what uses it.',
        );
      }
    for (const [, name] of code.matchAll(/_missingMdxReference\("([^"]+)"/g)) {
      const at = body.search(new RegExp(`<${name.replace(/[.$]/g, '\\$&')}[\\s/>.]`));
      issue(
        at >= 0 ? placeIn(body, at) : { line: 1, column: 1 },
        'undefined-component',
        `uses <${name}>, which is neither imported nor defined, so the page cannot be rendered.`,
        `Import ${name} at the top of the body, or write it as plain text (\\<${name}>).`,
      );
    }
  }
  return issues;
}
