import { describe, it, expect, onTestFinished } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseGlossary } from '../../src/lib/model/glossary.ts';
import { GlossarySchema, TermSchema } from '../../src/lib/schema/glossary.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { formatIssue, type Issue } from '../../src/lib/model/issue.ts';
import { sampleModel } from '../analytics/sample.ts';

const term = (over: Record<string, unknown> = {}) => ({
  term: 'Recovery time objective',
  definition: 'The time within which it must be running again.',
  ...over,
});

const parse = (raw: unknown) => {
  const issues: Issue[] = [];
  return { terms: parseGlossary(raw, issues), issues };
};

describe('TermSchema', () => {
  it('needs a term and a definition, and defaults the lists to empty', () => {
    expect(TermSchema.parse(term())).toEqual({ ...term(), aliases: [], sources: [], related: [] });
    expect(TermSchema.safeParse({ term: 'RTO' }).success).toBe(false);
  });

  it('rejects unknown fields, so a misspelt field does not pass silently', () => {
    expect(TermSchema.safeParse(term({ defintion: 'x' })).success).toBe(false);
    expect(
      TermSchema.safeParse(term({ sources: [{ standard: 'DORA', clase: 'Art. 28' }] })).success,
    ).toBe(false);
  });

  it('takes a source with a standard and, optionally, a clause and a note', () => {
    const t = TermSchema.parse(
      term({ sources: [{ standard: 'NIST SP 800-34 Rev. 1', clause: '3.2.1', note: 'MTD' }] }),
    );
    expect(t.sources).toEqual([
      { standard: 'NIST SP 800-34 Rev. 1', clause: '3.2.1', note: 'MTD' },
    ]);
  });

  it('keys the glossary by kebab-case term id', () => {
    expect(GlossarySchema.safeParse({ rto: term() }).success).toBe(true);
    expect(GlossarySchema.safeParse({ 'Target RTO': term() }).success).toBe(false);
  });
});

describe('parseGlossary', () => {
  it('returns no terms and no problem when there is no glossary', () => {
    expect(parse(undefined)).toEqual({ terms: [], issues: [] });
  });

  it('lists the terms A to Z by term, whatever order the file has', () => {
    const { terms, issues } = parse({
      wrt: term({ term: 'Work recovery time' }),
      bia: term({ term: 'business impact analysis' }),
      rto: term(),
    });
    expect(issues).toEqual([]);
    expect(terms.map((t) => t.id)).toEqual(['bia', 'rto', 'wrt']);
  });

  it('reports every problem at once: shape, bad id, unknown and self-referring related terms', () => {
    const { terms, issues } = parse({
      rto: term({ related: ['rpo', 'mptd', 'rto', 'wrt'] }),
      mtpd: term({ term: 'Maximum tolerable period of disruption' }),
      rpo: { term: 'Recovery point objective' },
      'Target RTO': term(),
    });
    expect(terms.map((t) => t.id)).toEqual(['mtpd', 'rto']);
    expect(issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "glossary.yaml: rpo.definition: is required but missing. (required)
          fix: Add "rpo.definition" (string) to the term "rpo".",
        "glossary.yaml: Target RTO: the term id "Target RTO" is not a kebab-case id. (bad-id)
          fix: Rename it to "target-rto": lower-case letters, digits and hyphens (it is the term's anchor, /glossary/#target-rto).",
        "glossary.yaml: rto.related[1]: "mptd" is not a term of the glossary. Did you mean "mtpd"? (dangling-reference)
          fix: Write the id of an existing term (the key before its colon), or add the term "mptd".",
        "glossary.yaml: rto.related[2]: the term "rto" lists itself as related. (self-reference)
          fix: Remove "rto" from its related terms.",
        "glossary.yaml: rto.related[3]: "wrt" is not a term of the glossary. (dangling-reference)
          fix: Write the id of an existing term (the key before its colon), or add the term "wrt".",
      ]
    `);
  });

  it('says a glossary that is not a map of terms is one', () => {
    expect(parse(['rto']).issues.map((i) => i.rule)).toEqual(['wrong-type']);
  });
});

describe('the glossary in the model', () => {
  it('holds the sample glossary with no problem, and every term the brief asks for', () => {
    const model = sampleModel();
    expect(model.issues.filter((i) => i.file === 'glossary.yaml')).toEqual([]);
    const ids = model.glossary.map((t) => t.id);
    for (const id of [
      'rto',
      'rpo',
      'mtpd',
      'wrt',
      'mbco',
      'bia',
      'tier',
      'recovery-wave',
      'readiness',
      'bottleneck',
      'rto-inversion',
      'achievable-rto',
      'required-rto',
      'target-rto',
      'own-recovery-time',
      'single-point-of-failure',
      'substitutability',
      'exit-plan',
      'scenario',
      'exercise',
      'finding',
      'risk-appetite',
      'inherent-risk',
      'residual-risk',
      'edition',
      'classification',
      'go-bag',
      'plan-activation',
      'stand-down',
      'alternate',
      'escalation',
      'out-of-band',
    ])
      expect(ids, id).toContain(id);
  });

  it('reports glossary mistakes in npm run check with their line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itscm-glossary-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(PROJECT_ROOT, 'test/fixtures/minimal'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'glossary.yaml'),
      [
        'rto:',
        '  term: Recovery time objective',
        '  defintion: The time within which it must be running again.',
        '  related: [rpo]',
        '',
      ].join('\n'),
    );
    const { model } = loadModel({ ITSCM_CONTENT: dir, ITSCM_AS_OF: '2026-11-25' });
    const found = model.issues
      .filter((i) => i.file === 'glossary.yaml')
      .map((i) => `${i.line}:${i.column} ${i.rule}`);
    expect(found).toEqual(expect.arrayContaining(['3:3 unknown-field', '1:1 required']));
    const typo = model.issues.find(
      (i) => i.rule === 'unknown-field' && i.file === 'glossary.yaml',
    )!;
    expect(typo.message).toBe(
      'unknown field "defintion" in a glossary term. Did you mean "definition"?',
    );
    expect(typo.fix).toContain('Fields allowed here: term, abbreviation, aliases, definition');
  });
});
