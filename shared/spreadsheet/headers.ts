// Header recognition: finds the header row below any title rows, decides which kind of sheet it
// is (enterprises, links, chains, leads) and maps columns to fields. A remembered or user-edited
// mapping can replace the guess; the header set's signature is the key it is remembered under.
import { FIELDS, SHEET_HINTS } from './field-dictionary.js';
import { cellText, columnLetter, foldKey } from './normalize-cell.js';
import { headerUnitWan } from './parse-values.js';
import { ENTITY_KINDS, type CellValue, type EntityKind } from './types.js';

export type ColumnMap = {
  field: string;
  index: number;
  header: string;
  /** "B 统一社会信用代码" — how issues name the column. */
  label: string;
  /** 万元 multiplier declared by a unit in the header ("(亿元)"), 1 otherwise. */
  unitWan: number;
};

export type SheetMapping = {
  kind: EntityKind;
  /** 0-based index of the header row in the sheet's rows. */
  headerRow: number;
  columns: ColumnMap[];
  /** Headers that matched no field (shown in the mapping step, ignored on import). */
  unknown: { index: number; header: string }[];
  /** Fields claimed by more than one column: an error naming every column. */
  duplicates: { field: string; labels: string[] }[];
};

/** A user's mapping: column index → field key (or null to ignore). */
export type MappingOverride = {
  kind: EntityKind;
  /** The user said: do not import this sheet (a summary, a pivot, notes). */
  skip?: boolean;
  headerRow?: number;
  fields: Record<number, string | null>;
};

const HEADER_SCAN_ROWS = 30;
const MIN_MATCHES = 2;

/** "年供货额（万元）*" → "年供货额"; "1.企业名称" → "企业名称"; "*企业名称" (required) → "企业名称". */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/\([^)]*\)/g, '')
    .replace(/^[\d.、]+(?=\D)/, '')
    .replace(/^[*★]+/, '')
    .replace(/[*:：]+$/, '');
}

const LABEL_INDEX: Record<EntityKind, Map<string, string>> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    new Map(FIELDS[kind].flatMap((d) => d.labels.map((l) => [headerKey(l), d.key] as const))),
  ]),
) as Record<EntityKind, Map<string, string>>;

/** The field a header names in a sheet of this kind, if any. */
export const fieldForHeader = (kind: EntityKind, header: string): string | undefined =>
  LABEL_INDEX[kind].get(headerKey(header));

function matchRow(kind: EntityKind, row: readonly CellValue[]): Set<string> {
  const found = new Set<string>();
  for (const cell of row) {
    const field = fieldForHeader(kind, cellText(cell));
    if (field !== undefined && field !== 'ignore') found.add(field);
  }
  return found;
}

const hasRequired = (kind: EntityKind, fields: Set<string>): boolean =>
  FIELDS[kind].every((d) => !d.required || fields.has(d.key));

/** Best kind for a header row: required fields present, most matches, sheet name as tie-breaker. */
function bestKind(
  row: readonly CellValue[],
  sheetName: string,
): { kind: EntityKind; score: number } | undefined {
  let best: { kind: EntityKind; score: number } | undefined;
  for (const kind of ENTITY_KINDS) {
    const fields = matchRow(kind, row);
    if (fields.size < MIN_MATCHES || !hasRequired(kind, fields)) continue;
    const score = fields.size + (SHEET_HINTS[kind].test(sheetName) ? 1.5 : 0);
    if (!best || score > best.score) best = { kind, score };
  }
  return best;
}

export function buildMapping(
  kind: EntityKind,
  headerRow: number,
  header: readonly CellValue[],
  fieldOf: (index: number, text: string) => string | null | undefined,
): SheetMapping {
  const columns: ColumnMap[] = [];
  const unknown: SheetMapping['unknown'] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === '') return;
    const field = fieldOf(index, text);
    if (field === undefined) unknown.push({ index, header: text });
    else if (field !== null && field !== 'ignore') {
      columns.push({
        field,
        index,
        header: text,
        label: `${columnLetter(index)} ${text}`,
        unitWan: headerUnitWan(toParenHalf(text)),
      });
    }
  });
  const byField = new Map<string, string[]>();
  for (const c of columns) byField.set(c.field, [...(byField.get(c.field) ?? []), c.label]);
  const duplicates = [...byField]
    .filter(([, l]) => l.length > 1)
    .map(([field, labels]) => ({ field, labels }));
  return { kind, headerRow, columns, unknown, duplicates };
}

const toParenHalf = (t: string): string => t.replace(/（/g, '(').replace(/）/g, ')');

/**
 * Finds the header row (the first of the top rows matching at least two known headers of one kind,
 * with that kind's required columns) and maps it. Undefined when nothing in the sheet looks like a
 * sheet we can import.
 */
export function recogniseSheet(
  rows: readonly (readonly CellValue[])[],
  sheetName: string,
  override?: MappingOverride,
): SheetMapping | undefined {
  if (override?.skip) return undefined;
  if (override) {
    const headerRow = override.headerRow ?? findHeaderRow(rows, sheetName)?.row ?? 0;
    return buildMapping(override.kind, headerRow, rows[headerRow] ?? [], (i) =>
      i in override.fields ? override.fields[i] : undefined,
    );
  }
  const found = findHeaderRow(rows, sheetName);
  if (!found) return undefined;
  return buildMapping(found.kind, found.row, rows[found.row] ?? [], (_i, text) =>
    fieldForHeader(found.kind, text),
  );
}

function findHeaderRow(
  rows: readonly (readonly CellValue[])[],
  sheetName: string,
): { row: number; kind: EntityKind } | undefined {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const best = bestKind(rows[r] ?? [], sheetName);
    if (best) return { row: r, kind: best.kind };
  }
  return undefined;
}

/** The signature a mapping is remembered under: the folded, non-blank header texts in order. */
export function headerSignature(header: readonly CellValue[]): string {
  return header
    .map((c) => headerKey(cellText(c)))
    .filter((t) => t !== '')
    .join('|');
}

const FOOTER_RE =
  /^(合计|总计|小计|共计|备注|注[:：]|说明[:：]|填表说明|填报说明|制表|审核人|填表人)/;

/** A 合计/总计/备注 line under the data: its first non-blank cell starts with one of those words. */
export function isFooterRow(row: readonly CellValue[]): boolean {
  const first = row.find((c) => cellText(c) !== '');
  return first !== undefined && isFooterText(cellText(first));
}

/** The same test on the row's first non-blank cell text, for a caller that already has it. */
export const isFooterText = (text: string): boolean => FOOTER_RE.test(text.replace(/\s+/g, ''));
