/**
 * The doc comments of the zod schemas in src/lib/schema/, read from their TypeScript source.
 * The schemas document every field with a comment (house style), which zod never sees; the
 * JSON Schemas (scripts/schemas.ts) give these comments to editors as `description`.
 *
 * One entry per object literal passed to `z.strictObject` or `z.object`: its keys in the order
 * the object has at run time (spreads such as `...baseFields` expanded, a key written again
 * keeping its first place, as in JavaScript) and the comment of each key, the last one written.
 * `toJsonSchema` finds an object's entry by that key order. Reads each file once; linear in
 * the size of the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ObjectDocs } from '../src/lib/schema/json-schema.ts';

/** The folder of the zod schemas. */
export const SCHEMA_DIR = join(import.meta.dirname, '..', 'src', 'lib', 'schema');

/** A comment's text on one line: the comment's lines joined by spaces, tags left out. */
function docOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs.at(-1);
  const text = last ? ts.getTextOfJSDocComment(last.comment) : undefined;
  return text ? text.replace(/\s+/g, ' ').trim() : undefined;
}

/** Keys and their comments of an object literal, spreads of `named` literals expanded. */
function fieldsOf(
  literal: ts.ObjectLiteralExpression,
  named: Map<string, ts.ObjectLiteralExpression>,
  file: string,
): Map<string, string | undefined> {
  const fields = new Map<string, string | undefined>();
  for (const p of literal.properties) {
    if (ts.isSpreadAssignment(p)) {
      const source = ts.isIdentifier(p.expression) ? named.get(p.expression.text) : undefined;
      if (!source)
        throw new Error(
          `internal: ${file}: cannot read the comments of the spread "${p.expression.getText()}": spread only top-level object constants.`,
        );
      for (const [k, doc] of fieldsOf(source, named, file)) fields.set(k, doc);
    } else if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) {
      const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
      if (name === undefined)
        throw new Error(`internal: ${file}: a computed key in a schema object is not supported.`);
      fields.set(name, docOf(p));
    }
  }
  return fields;
}

/** The comment of the constant a schema object is declared as (`export const XSchema = z.strictObject(...)`). */
function declarationDocOf(call: ts.CallExpression): string | undefined {
  let node: ts.Node = call;
  // Climb through a chain such as `z.strictObject({...}).default(...)`.
  while (
    ts.isPropertyAccessExpression(node.parent) ||
    (ts.isCallExpression(node.parent) && node.parent.expression === node)
  )
    node = node.parent;
  if (!ts.isVariableDeclaration(node.parent)) return undefined;
  return docOf(node.parent.parent.parent);
}

const isObjectCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  ts.isIdentifier(node.expression.expression) &&
  node.expression.expression.text === 'z' &&
  ['strictObject', 'object', 'looseObject'].includes(node.expression.name.text) &&
  node.arguments.length > 0 &&
  ts.isObjectLiteralExpression(node.arguments[0]);

/** The comments of every schema object in `dir` (default src/lib/schema/). */
export function readSchemaDocs(dir: string = SCHEMA_DIR): ObjectDocs[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) =>
      ts.createSourceFile(f, readFileSync(join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true),
    );
  // Top-level object constants that schemas spread, such as baseFields, from any file.
  const named = new Map<string, ts.ObjectLiteralExpression>();
  for (const file of files)
    for (const statement of file.statements)
      if (ts.isVariableStatement(statement))
        for (const d of statement.declarationList.declarations)
          if (
            ts.isIdentifier(d.name) &&
            d.initializer &&
            ts.isObjectLiteralExpression(d.initializer)
          )
            named.set(d.name.text, d.initializer);
  const out: ObjectDocs[] = [];
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (isObjectCall(node)) {
        const fields = fieldsOf(
          node.arguments[0] as ts.ObjectLiteralExpression,
          named,
          file.fileName,
        );
        const docs: Record<string, string> = {};
        for (const [k, doc] of fields) if (doc) docs[k] = doc;
        const description = declarationDocOf(node);
        out.push({
          file: file.fileName,
          keys: [...fields.keys()],
          fields: docs,
          ...(description ? { description } : {}),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}
