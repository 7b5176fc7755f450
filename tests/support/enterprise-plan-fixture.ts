// A workspace and workbook builder for planning enterprise rows and the links that name them: firm 1
// (USCC U1, mapped to 油缸, supplying firm 4), two stored firms sharing the name 济宁液压件厂 (2 local,
// 3 outside), and firm 4 with a regional name in brackets (its short name is 山东重工有限公司).
import { makeEnterprise } from '../../shared/domain/defaults.js';
import { withUsccCheckChar } from '../../shared/domain/uscc.js';
import type { WorkspaceData } from '../../shared/domain/workspace-data.js';
import { extractDrafts } from '../../shared/spreadsheet/extract-drafts.js';
import { planImport } from '../../shared/spreadsheet/plan-import.js';
import type { MatchDecisions, PlanOptions } from '../../shared/spreadsheet/plan-types.js';
import type { CellValue, WorkbookData } from '../../shared/spreadsheet/types.js';

export const U1 = withUsccCheckChar('91370800MA3D20001');
export const U2 = withUsccCheckChar('91370800MA3D20002');
export const U3 = withUsccCheckChar('91370800MA3D20003');

export const ws = (): WorkspaceData => ({
  clusters: [{ id: 1, name: '高端装备', color: '#1677ff', sortOrder: 0, parks: [] }],
  chains: [{ id: 1, clusterId: 1, name: '工程机械', owner: null, description: null, sortOrder: 0 }],
  segments: [
    {
      id: 1,
      chainId: 1,
      parentId: null,
      name: '油缸',
      stage: 'upstream',
      isKey: false,
      targetCount: null,
      sortOrder: 0,
    },
  ],
  enterprises: [
    makeEnterprise(1, '济宁甲机械有限公司', { uscc: U1, isLocal: true }),
    makeEnterprise(2, '济宁液压件厂', { isLocal: true }),
    makeEnterprise(3, '济宁液压件厂', { isLocal: false }),
    makeEnterprise(4, '山东重工（济宁）有限公司', { uscc: U2 }),
  ],
  mappings: [
    { enterpriseId: 1, segmentId: 1, isPrimary: true, status: 'confirmed', evidence: null },
  ],
  links: [
    {
      id: 9,
      supplierId: 1,
      buyerId: 4,
      product: null,
      segmentId: null,
      amount: null,
      share: null,
      source: 'reported',
      yearFrom: null,
      yearTo: null,
    },
  ],
  leads: [],
});

export const book = (file: string, sheets: Record<string, CellValue[][]>): WorkbookData => ({
  file,
  format: 'xlsx',
  sheets: Object.entries(sheets).map(([name, rows]) => ({
    name,
    rows,
    formulaCells: [],
    truncated: null,
  })),
});

export const plan = (
  books: WorkbookData[],
  decisions: MatchDecisions = {},
  options: PlanOptions = {},
) => {
  const x = extractDrafts(books);
  const p = planImport(x.drafts, ws(), decisions, options);
  return { ...p, issues: [...x.issues, ...p.issues] };
};

export const issue = (p: ReturnType<typeof plan>, code: string) =>
  p.issues.find((i) => i.code === code);
