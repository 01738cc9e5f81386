/**
 * Reads the open data files back into records, so the tests can prove they hold exactly the handbook's data
 * (tests/unit/open-data.test.ts): the inverse of `toJson` and `toCsv` in src/lib/content/open-data.ts.
 */
import { LIST_SEPARATOR, NUMBER_PLACEHOLDER, type DataRecord, type FieldPlan } from '../../src/lib/content/open-data';

/** Turns dates written as text back into dates, following the plan. */
function revive(plan: readonly FieldPlan[], data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const field of plan) {
    const value = data[field.key];
    if (value === undefined) continue;
    const { shape } = field;
    if (shape.kind === 'scalar' && shape.type === 'date') out[field.key] = new Date(value as string);
    if (shape.kind === 'group') out[field.key] = revive(shape.fields, value as Record<string, unknown>);
    if (shape.kind === 'repeated-group')
      out[field.key] = (value as Record<string, unknown>[]).map((item) => revive(shape.fields, item));
  }
  return out;
}

/** The records of a JSON file written by `toJson`, with their dates as dates. */
export function readJsonRecords(text: string, plan: readonly FieldPlan[]): DataRecord[] {
  const { records } = JSON.parse(text) as { records: DataRecord[] };
  return records.map((record) => revive(plan, record) as DataRecord);
}

function readCell(field: FieldPlan, cell: string): unknown {
  const { shape } = field;
  if (shape.kind === 'joined') return cell === '' ? [] : cell.split(LIST_SEPARATOR);
  if (cell === '') return undefined;
  if (shape.kind !== 'scalar') return cell;
  if (shape.type === 'number') return Number(cell);
  if (shape.type === 'boolean') return cell === 'true';
  if (shape.type === 'date') return new Date(cell);
  return cell;
}

/** Reads the fields of the plan from a row, given how to find a column's cell by its name. */
function readRow(plan: readonly FieldPlan[], cellAt: (name: string) => string | undefined, prefix: string) {
  const data: Record<string, unknown> = {};
  for (const field of plan) {
    const name = `${prefix}${field.key}`;
    const { shape } = field;
    if (shape.kind === 'group') {
      data[field.key] = readRow(shape.fields, cellAt, `${name}.`);
      continue;
    }
    if (shape.kind === 'repeated-text' || shape.kind === 'repeated-group') {
      const items: unknown[] = [];
      for (let n = 1; ; n++) {
        if (shape.kind === 'repeated-text') {
          const cell = cellAt(`${name}.${n}`);
          if (!cell) break;
          items.push(cell);
        } else {
          const filled = shape.fields.some((inner) => cellAt(`${name}.${n}.${inner.key}`));
          if (!filled) break;
          items.push(readRow(shape.fields, cellAt, `${name}.${n}.`));
        }
      }
      data[field.key] = items;
      continue;
    }
    const value = readCell(field, cellAt(name) ?? '');
    if (value !== undefined) data[field.key] = value;
  }
  return data;
}

/** The records of a CSV file written by `toCsv`, given its rows as a CSV parser returns them (header first). */
export function readCsvRows(rows: readonly string[][], plan: readonly FieldPlan[]): DataRecord[] {
  const [header = [], ...body] = rows;
  const index = new Map(header.map((name, i) => [name, i]));
  return body.map((row) => {
    const cellAt = (name: string) => {
      const i = index.get(name);
      return i === undefined ? undefined : row[i];
    };
    return { id: cellAt('id') ?? '', url: cellAt('url') ?? '', ...readRow(plan, cellAt, '') };
  });
}

/** The codebook's name for a CSV column: its numbers replaced by N ("organisations.2.name" → "organisations.N.name"). */
export function codebookName(column: string): string {
  return column.replace(/\.\d+(?=\.|$)/g, `.${NUMBER_PLACEHOLDER}`);
}
