/**
 * The one-line comment above each field in `src/lib/schemas.ts`, read from its source with TypeScript's own
 * parser. The codebook of the open data is written from these comments, so a field is described once, where it
 * is defined, and the codebook cannot drift from the schema.
 */
import ts from 'typescript';

/** The comments of one `z.strictObject({…})` in the source: field name to comment, in the order written. */
export interface CommentedObject {
  /** The variable the object is assigned to ("practices", "sourceSchema"). */
  name: string;
  fields: Map<string, string>;
}

/** The text of the last `/** … *\/` comment before a node, on one line, or '' when there is none. */
function docComment(source: string, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
  const last = ranges.filter((range) => source.startsWith('/**', range.pos)).at(-1);
  if (!last) return '';
  return source
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** The object literal handed to the first `….strictObject(…)` call in an expression, if any. */
function strictObjectLiteral(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'strictObject' &&
    node.arguments[0] &&
    ts.isObjectLiteralExpression(node.arguments[0])
  )
    return node.arguments[0];
  return ts.forEachChild(node, strictObjectLiteral);
}

/** Every `const name = z.strictObject({…})` in a source file, with the comment on each field. */
export function readSchemaComments(source: string): CommentedObject[] {
  const file = ts.createSourceFile('schemas.ts', source, ts.ScriptTarget.Latest, true);
  const objects: CommentedObject[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const literal = strictObjectLiteral(node.initializer);
      if (literal) {
        const fields = new Map<string, string>();
        for (const property of literal.properties) {
          if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
          fields.set(property.name.text, docComment(source, property));
        }
        objects.push({ name: node.name.text, fields });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return objects;
}

/**
 * The comments of the object in the source with exactly these fields. Matching on the fields rather than on
 * the variable's name finds nested objects (an organisation, a source) without a list to keep in step.
 */
export function commentsFor(objects: readonly CommentedObject[], fields: readonly string[]): Map<string, string> {
  const wanted = [...fields].sort().join(',');
  const match = objects.find((object) => [...object.fields.keys()].sort().join(',') === wanted);
  if (!match) throw new Error(`No object in the schemas has exactly the fields ${fields.join(', ')}.`);
  return match.fields;
}
