// Chain templates as a spreadsheet, so offices can share them: one row per segment with the chain,
// its parent by name, stage, key flag and target count — the same columns as the workspace's 产业链
// export, so either file imports both ways. Reading names every bad cell by file, sheet, row, column.
import type { Stage } from '../domain/schemas.js';
import type { ExportTable } from '../spreadsheet/export-tables.js';
import { fieldForHeader, headerKey } from '../spreadsheet/headers.js';
import { cellText, columnLetter, foldKey } from '../spreadsheet/normalize-cell.js';
import { parseBoolean, parseInteger } from '../spreadsheet/parse-values.js';
import type { CellValue, SheetData } from '../spreadsheet/types.js';
import { choices, fromWord, STAGE_WORDS, toWord } from '../spreadsheet/vocab.js';
import { templateRows, type ChainTemplate, type TemplateNode } from './schema.js';

export const TEMPLATE_SHEET = '产业链';
const HEADERS = [
  '产业集群',
  '产业链',
  '环节',
  '上级环节',
  '位置',
  '是否核心环节',
  '目标企业数',
  '产业链简介',
];
const MAX_SEGMENTS = 300;

/** One template as the 产业链 table (header row, one row per segment, parents first). */
export function templateTable(
  t: Pick<ChainTemplate, 'name' | 'cluster' | 'description' | 'segments'>,
): ExportTable {
  return {
    kind: 'chains',
    sheet: TEMPLATE_SHEET,
    columns: HEADERS.map((header) => ({
      header,
      type: header === '目标企业数' ? 'number' : 'text',
    })),
    rows: templateRows(t).map((r) => [
      t.cluster,
      t.name,
      r.name,
      r.parent,
      toWord(STAGE_WORDS, r.stage),
      r.isKey ? '是' : '否',
      r.targetCount,
      t.description || null,
    ]),
  };
}

export type SheetTemplate = Pick<ChainTemplate, 'name' | 'description' | 'segments'> & {
  cluster: string | null;
};
export type TemplateIssue = {
  file: string;
  sheet: string;
  /** 1-based as the spreadsheet shows it; 0 for the whole file. */
  row: number;
  /** "C 环节"; empty for a whole-row or whole-file problem. */
  column: string;
  zh: string;
  en: string;
};

type Field =
  'chain' | 'segment' | 'parent' | 'stage' | 'isKey' | 'targetCount' | 'cluster' | 'description';
const FIELDS: readonly Field[] = [
  'chain',
  'segment',
  'parent',
  'stage',
  'isKey',
  'targetCount',
  'cluster',
  'description',
];
// 阶段 names a lead's stage elsewhere; in a template sheet it can only mean 上/中/下游.
const EXTRA: Record<string, Field> = {
  [headerKey('阶段')]: 'stage',
  [headerKey('上中下游')]: 'stage',
};

function fieldOf(cell: CellValue | undefined): Field | undefined {
  const text = cellText(cell);
  if (text === '') return undefined;
  const f = EXTRA[headerKey(text)] ?? fieldForHeader('chains', text);
  return FIELDS.find((x) => x === f);
}

type Header = { at: number; columns: Map<Field, number>; titles: Map<Field, string> };

function findHeader(sheet: SheetData): Header | undefined {
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    const columns = new Map<Field, number>();
    const titles = new Map<Field, string>();
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const f = fieldOf(cell);
      if (f && !columns.has(f)) {
        columns.set(f, c);
        titles.set(f, `${columnLetter(c)} ${cellText(cell)}`);
      }
    });
    if (columns.has('chain') && columns.has('segment')) return { at: r, columns, titles };
  }
  return undefined;
}

type Row = {
  row: number;
  name: string;
  parent: string | null;
  stage: Stage | null;
  key: boolean;
  target: number | null;
};
type Chain = { name: string; cluster: string | null; description: string; rows: Row[] };

/** The templates a workbook's 产业链 sheet defines, or the problems that stop it (then none). */
export function templatesFromSheets(
  file: string,
  sheets: readonly SheetData[],
): { templates: SheetTemplate[]; issues: TemplateIssue[] } {
  let sheet: SheetData | undefined;
  let header: Header | undefined;
  for (const s of sheets) {
    header = findHeader(s);
    if (header) {
      sheet = s;
      break;
    }
  }
  if (!sheet || !header)
    return {
      templates: [],
      issues: [
        {
          file,
          sheet: '',
          row: 0,
          column: '',
          zh: '没有找到含“产业链”和“环节”两列的工作表（表头需在前 10 行）',
          en: 'no sheet has both a 产业链 (chain) and a 环节 (segment) column in its first 10 rows',
        },
      ],
    };
  const h = header;
  const s = sheet;
  const issues: TemplateIssue[] = [];
  const issue = (row: number, field: Field | '', zh: string, en: string): void => {
    issues.push({
      file,
      sheet: s.name,
      row,
      column: field === '' ? '' : (h.titles.get(field) ?? ''),
      zh,
      en,
    });
  };
  const cell = (r: readonly CellValue[], f: Field): CellValue | undefined => {
    const c = h.columns.get(f);
    return c === undefined ? undefined : r[c];
  };
  const chains = new Map<string, Chain>();
  for (let i = h.at + 1; i < s.rows.length; i++) {
    const r = s.rows[i] ?? [];
    const row = i + 1;
    if (r.every((v) => cellText(v) === '')) continue;
    const chainName = cellText(cell(r, 'chain'));
    const name = cellText(cell(r, 'segment'));
    if (chainName === '') {
      issue(row, 'chain', '产业链名称为空', 'the chain name is empty');
      continue;
    }
    const key = foldKey(chainName);
    const chain = chains.get(key) ?? { name: chainName, cluster: null, description: '', rows: [] };
    chains.set(key, chain);
    chain.cluster ??= cellText(cell(r, 'cluster')) || null;
    chain.description ||= cellText(cell(r, 'description'));
    if (name === '') continue; // a chain listed without segments (as the workspace export writes it)
    if (name.length > 60)
      issue(
        row,
        'segment',
        `环节名称超过 60 个字`,
        'the segment name is longer than 60 characters',
      );
    const stageText = cellText(cell(r, 'stage'));
    const stage = stageText === '' ? null : (fromWord(STAGE_WORDS, stageText) ?? undefined);
    if (stage === undefined)
      issue(
        row,
        'stage',
        `“${stageText}”不是有效的位置，应为 ${choices(STAGE_WORDS)}`,
        `"${stageText}" is not a stage; use ${choices(STAGE_WORDS)}`,
      );
    const isKey = parseBoolean(cell(r, 'isKey'));
    if (!isKey.ok)
      issue(row, 'isKey', `“${isKey.text}”不是“是/否”`, `"${isKey.text}" is not yes/no`);
    const target = parseInteger(cell(r, 'targetCount'));
    const targetOk =
      target.ok && (target.value === null || (target.value >= 0 && target.value <= 999));
    if (!targetOk)
      issue(
        row,
        'targetCount',
        `目标企业数“${cellText(cell(r, 'targetCount'))}”应为 0–999 的整数`,
        `target count "${cellText(cell(r, 'targetCount'))}" must be a whole number 0-999`,
      );
    if (chain.rows.some((x) => foldKey(x.name) === foldKey(name))) {
      issue(
        row,
        'segment',
        `环节“${name}”在产业链“${chainName}”中重复`,
        `segment "${name}" appears twice in chain "${chainName}"`,
      );
      continue;
    }
    chain.rows.push({
      row,
      name,
      parent: cellText(cell(r, 'parent')) || null,
      stage: stage ?? null,
      key: isKey.ok && isKey.value === true,
      target: target.ok ? target.value : null,
    });
  }
  const templates: SheetTemplate[] = [];
  for (const chain of chains.values()) {
    const tree = buildTree(chain, (row, field, zh, en) => {
      issue(row, field, zh, en);
    });
    if (tree)
      templates.push({
        name: chain.name,
        cluster: chain.cluster,
        description: chain.description,
        segments: tree,
      });
  }
  if (chains.size === 0) issue(0, '', '工作表中没有产业链行', 'the sheet has no chain rows');
  return issues.length > 0 ? { templates: [], issues } : { templates, issues };
}

type Report = (row: number, field: Field | '', zh: string, en: string) => void;

/** Rows → nested nodes; parents are named, may come later in the sheet, and must not loop. */
function buildTree(chain: Chain, report: Report): TemplateNode[] | undefined {
  if (chain.rows.length === 0) {
    report(
      0,
      'chain',
      `产业链“${chain.name}”没有任何环节`,
      `chain "${chain.name}" has no segments`,
    );
    return undefined;
  }
  if (chain.rows.length > MAX_SEGMENTS) {
    report(
      0,
      'chain',
      `产业链“${chain.name}”超过 ${String(MAX_SEGMENTS)} 个环节`,
      `chain "${chain.name}" has more than ${String(MAX_SEGMENTS)} segments`,
    );
    return undefined;
  }
  const byName = new Map(chain.rows.map((r) => [foldKey(r.name), r]));
  let ok = true;
  for (const r of chain.rows) {
    if (r.parent === null) {
      if (r.stage === null) {
        report(
          r.row,
          'stage',
          `顶层环节“${r.name}”需注明上游/中游/下游`,
          `top-level segment "${r.name}" needs a stage`,
        );
        ok = false;
      }
      continue;
    }
    if (!byName.has(foldKey(r.parent))) {
      report(
        r.row,
        'parent',
        `上级环节“${r.parent}”不在产业链“${chain.name}”中`,
        `parent "${r.parent}" is not a segment of chain "${chain.name}"`,
      );
      ok = false;
      continue;
    }
    // Walk up: reaching this row again means the parents form a loop.
    let up: Row | undefined = r;
    for (let steps = 0; up?.parent != null && steps <= chain.rows.length; steps++) {
      up = byName.get(foldKey(up.parent));
      if (up === r) {
        report(
          r.row,
          'parent',
          `环节“${r.name}”的上级关系形成循环`,
          `the parents of "${r.name}" form a loop`,
        );
        ok = false;
        break;
      }
    }
  }
  if (!ok) return undefined;
  const nodes = new Map<Row, TemplateNode>();
  for (const r of chain.rows)
    nodes.set(r, {
      name: r.name,
      ...(r.stage ? { stage: r.stage } : {}),
      ...(r.key ? { key: true } : {}),
      ...(r.target !== null ? { target: r.target } : {}),
    });
  const top: TemplateNode[] = [];
  for (const r of chain.rows) {
    const node = nodes.get(r);
    if (!node) continue;
    const parent = r.parent === null ? undefined : byName.get(foldKey(r.parent));
    const parentNode = parent === undefined ? undefined : nodes.get(parent);
    if (parentNode === undefined) top.push(node);
    else (parentNode.children ??= []).push(node);
  }
  return top;
}
