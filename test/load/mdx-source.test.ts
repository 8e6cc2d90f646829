import { describe, it, expect } from 'vitest';
import { toMdxSource } from '../../src/load/mdx-source.ts';

describe('toMdxSource', () => {
  it('blanks the frontmatter with spaces, keeping every line break and the length', () => {
    const text = '---\ntitle: App\nowner: ops\n---\n\n# App\n\nBody.\n';
    const source = toMdxSource(text)!;
    // Spaces shown as "·".
    expect(source.replace(/ /g, '·')).toBe('···\n··········\n··········\n···\n\n#·App\n\nBody.\n');
    expect(source).toHaveLength(text.length);
    expect(source.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('keeps a file without frontmatter as it is', () => {
    expect(toMdxSource('Just a body.\n')).toBe('Just a body.\n');
  });

  it('leaves a body that reads frontmatter to the file', () => {
    expect(toMdxSource('---\ntitle: App\n---\n# {frontmatter.title}\n')).toBeUndefined();
  });

  it('leaves a body that opens with a --- rule to the file, where it would look like frontmatter', () => {
    expect(toMdxSource('---\ntitle: App\n---\n\n---\nnot: yaml\n---\n')).toBeUndefined();
  });
});
