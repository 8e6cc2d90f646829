import { describe, it, expect } from 'vitest';
import { findPlaceholders } from '../../src/lib/model/placeholder.ts';
import { formatIssue } from '../../src/lib/model/issue.ts';
import { issueLines, modelOf } from '../helpers.ts';

describe('findPlaceholders', () => {
  it('finds TODO anywhere in the frontmatter, and nothing that only contains it', () => {
    expect(
      findPlaceholders({
        title: 'TODO',
        owner: ' TODO ',
        summary: 'TODO: later',
        steps: [{ id: 'a', role: 'TODO' }],
        when: new Date(0),
      }),
    ).toEqual([['title'], ['owner'], ['steps', 0, 'role']]);
  });
});

describe('placeholders in the shape layer', () => {
  it('reports each placeholder once, instead of what the schema says about the word', () => {
    const model = modelOf([
      { kind: 'services', id: 'new-svc', data: { title: 'TODO', owner: 'TODO', kind: 'TODO' } },
    ]);
    expect(issueLines(model)).toEqual([
      'error services/new-svc.md kind placeholder',
      'error services/new-svc.md owner placeholder',
      'error services/new-svc.md title placeholder',
    ]);
    expect(formatIssue(model.issues[1])).toMatchInlineSnapshot(`
      "services/new-svc.md: owner: is still the placeholder TODO that npm run new wrote. (placeholder)
          fix: Replace TODO in "owner" with the value its comment asks for."
    `);
    expect(model.byKind.services).toEqual([]);
  });

  it('keeps the other problems of the record, and leaves a record with a valid placeholder out', () => {
    const model = modelOf([
      { kind: 'services', id: 'a', data: { kind: 'TODO', rto: '4 hours' } },
      { kind: 'teams', id: 'b', data: { title: 'TODO' } },
    ]);
    expect(issueLines(model)).toEqual([
      'error services/a.md kind placeholder',
      'error services/a.md rto bad-duration',
      'error teams/b.md title placeholder',
    ]);
    expect(model.byKind.teams.map((t) => t.id)).toEqual(['ops']);
  });
});
