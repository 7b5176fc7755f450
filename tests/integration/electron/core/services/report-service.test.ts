// The report a leader receives, written from the real demo workspace and read back with SheetJS: its
// sheets, a title row naming the workspace, clusters and day, the rules in words (no internal codes),
// amounts with separators and 万元, the leads, a target sheet per chain, and A4 landscape pages with
// the head rows repeated; written again after a lead changes, the new state is in the file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { runAnalysis } from '../../../../../electron/core/services/analysis-service.js';
import { editLead, listLeadRows } from '../../../../../electron/core/services/lead-service.js';
import {
  reportFile,
  workspaceReportSheets,
  writeReport,
} from '../../../../../electron/core/services/report-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { RuleCodeSchema } from '../../../../../shared/analysis/schemas.js';

let dir: string;
let ws: Workspace;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-report-'));
  ws = openWorkspace(join(dir, '济宁高新区.chainatlas'));
  seedDemoWorkspace(ws.db);
});
afterAll(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

const rowsOf = (wb: XLSX.WorkBook, name: string) =>
  XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name] ?? {}, { header: 1, defval: null });

async function written(): Promise<{ wb: XLSX.WorkBook; bytes: Buffer }> {
  const file = join(dir, `报告-${String(Date.now())}.xlsx`);
  await writeReport(workspaceReportSheets(ws), file);
  const bytes = readFileSync(file);
  return { wb: XLSX.read(bytes, { type: 'buffer' }), bytes };
}

describe('the Excel report', () => {
  it('has the summary, gaps, targets, leads and one target sheet per chain with targets', async () => {
    const a = runAnalysis(ws, {}, { centrality: false });
    const { wb } = await written();
    const chainsWithTargets = a.chains.filter((c) =>
      a.targets.some((t) => t.chainId === c.chainId),
    );
    expect(chainsWithTargets.length).toBeGreaterThan(1);
    expect(wb.SheetNames).toEqual([
      '汇总',
      '缺口',
      '招商目标',
      '招商线索',
      ...chainsWithTargets.map((c) => `目标企业-${c.name}`),
    ]);
  });

  it('opens every sheet with a title row (workspace, clusters, date) above the headers', async () => {
    const a = runAnalysis(ws, {}, { centrality: false });
    const { wb } = await written();
    const day = new Date();
    const today = `${String(day.getFullYear())}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    for (const name of wb.SheetNames) {
      const [title, header] = rowsOf(wb, name);
      expect(String(title?.[0])).toContain('济宁高新区');
      expect(String(title?.[0])).toContain(a.clusters.map((c) => c.name).join('、'));
      expect(String(title?.[0])).toContain(today);
      expect(header?.length).toBeGreaterThan(3);
    }
    expect(rowsOf(wb, '招商线索')[1]).toEqual([
      '企业',
      '拟补环节',
      '阶段',
      '负责人',
      '下一步',
      '日期',
      '备注',
    ]);
  });

  it('says the rules in Chinese words and never an internal code such as weak.belowTarget', async () => {
    const { wb } = await written();
    const codes = new Set<string>(RuleCodeSchema.options);
    for (const name of wb.SheetNames)
      for (const row of rowsOf(wb, name))
        for (const cell of row)
          expect(codes.has(String(cell)), `${name}: ${String(cell)}`).toBe(false);
    const gaps = rowsOf(wb, '缺口');
    const a = runAnalysis(ws, {}, { centrality: false });
    const leaf = a.chains[0]?.segments.find((s) => s.isLeaf);
    const row = gaps.find((r) => r[2] === leaf?.path.join(' / '));
    expect(row?.[5]).toBe(leaf?.rule.zh);
  });

  it('shows amounts with thousands separators and 万元 while keeping them numbers', async () => {
    const a = runAnalysis(ws, {}, { centrality: false });
    const big = a.targets.find((t) => t.amount !== null && t.amount >= 1000);
    if (!big || big.amount === null) throw new Error('the demo has no target amount ≥ 1,000');
    const { wb } = await written();
    const sheet = wb.Sheets['招商目标'];
    const rows = rowsOf(wb, '招商目标');
    const r = rows.findIndex((x) => x[6] === big.name && x[2] === big.segmentPath.join(' / '));
    const cell = sheet?.[XLSX.utils.encode_cell({ r, c: 11 })] as XLSX.CellObject | undefined;
    expect(cell?.v).toBe(big.amount);
    const grouped = big.amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
    expect(cell?.w).toMatch(new RegExp(`^${grouped.replace('.', '\\.')}(\\.\\d\\d)? 万元$`));
  });

  it('lists the leads, and a lead changed since shows in the next report', async () => {
    const leads = listLeadRows(ws);
    const lead = leads[0];
    if (!lead) throw new Error('the demo has no leads');
    let { wb } = await written();
    expect(rowsOf(wb, '招商线索').length - 2).toBe(leads.length);
    await editLead(ws, lead.id, { stage: 'visit', nextStep: '赴总部考察', nextDate: '2026-12-03' });
    ({ wb } = await written());
    const row = rowsOf(wb, '招商线索').find((r) => r[0] === lead.targetName);
    expect(row?.slice(2, 6)).toEqual(['考察', lead.owner, '赴总部考察', '2026-12-03']);
  });

  it('prints on A4 landscape with the title and header rows repeated on every page', async () => {
    const { bytes } = await reportFile(ws);
    const zip = unzipSync(new Uint8Array(bytes));
    const workbook = strFromU8(zip['xl/workbook.xml'] ?? new Uint8Array());
    const sheetCount = XLSX.read(bytes, { type: 'buffer' }).SheetNames.length;
    const titles = [
      ...workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]+)</g),
    ];
    expect(titles.map((m) => Number(m[1]))).toEqual([...Array(sheetCount).keys()]);
    expect(titles[0]?.[2]).toBe("'汇总'!$1:$2");
    for (let i = 1; i <= sheetCount; i++) {
      const sheet = strFromU8(zip[`xl/worksheets/sheet${String(i)}.xml`] ?? new Uint8Array());
      expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      expect(sheet).toMatch(/<pageSetup [^>]*scale="\d+"/);
    }
  });
});
