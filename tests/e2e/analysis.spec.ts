// The Analysis page against the demo workspace: states with their reasons and metrics with formulas
// as the api computes them, drill-down from a gap segment to its targets, and a target turned into a
// lead that appears on the leads board; the report exported from the page opened and checked.
import { readFileSync } from 'node:fs';

import * as XLSX from '@e965/xlsx';
import { expect, test } from '@playwright/test';

import type { TargetRow, WorkspaceAnalysis } from '../../shared/analysis/schemas.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

const pct = (r: number | null) => (r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);

test('shows segment states with reasons and the chain metrics with formulas', async ({
  page,
  request,
}) => {
  const a = await apiCall<WorkspaceAnalysis>(request, 'analysis:run', {});
  const chain = a.chains.find((c) => c.name === '工程机械');
  expect(chain).toBeDefined();
  if (!chain) return;
  await openApp(page, 'analysis');
  const metrics = page.getByLabel('工程机械', { exact: true });
  await expect(metrics).toContainText(pct(chain.coverage.rate));
  await expect(metrics).toContainText(chain.coverage.formula.zh);
  await expect(metrics).toContainText(chain.localRate.countFormula.zh);
  const engine = page.getByRole('row', { name: /^发动机/ });
  await expect(engine).toContainText('缺链');
  await expect(engine).toContainText('无已确认挂链的本地企业');
  await expect(page.getByRole('row', { name: /^液压泵/ })).toContainText('断链');
  const critical = a.centrality.firms[0];
  if (critical) await expect(page.getByText(`1. ${critical.name}`)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/analysis-gaps.png`, fullPage: true });
});

test('a gap segment drills down to its ranked targets, and a target becomes a lead', async ({
  page,
  request,
}) => {
  const targets = await apiCall<TargetRow[]>(request, 'analysis:targets', {});
  const engineTargets = targets.filter(
    (t) => t.segmentName === '发动机' && t.chainName === '工程机械',
  );
  expect(engineTargets.length).toBeGreaterThan(0);
  await openApp(page, 'analysis');
  await page.getByRole('row', { name: /^发动机/ }).click();
  await expect(page.getByText('只看此环节：核心零部件 / 发动机')).toBeVisible();
  const rows = page.getByRole('tabpanel').getByRole('row');
  await expect(rows).toHaveCount(engineTargets.length + 1); // + header
  for (const [i, t] of engineTargets.entries()) {
    await expect(rows.nth(i + 1)).toContainText(t.name);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/analysis-targets.png` });

  const fresh = engineTargets.find((t) => t.lead === null);
  if (!fresh) return; // every engine target already has a lead in the demo
  const row = rows.filter({ hasText: fresh.name });
  await row.getByRole('button', { name: '转为线索' }).click();
  await expect(page.getByText(`已创建线索：${fresh.name}`)).toBeVisible();
  await expect(row.getByText('线索', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: '招商线索' }).click();
  await expect(page.getByLabel(fresh.name, { exact: true })).toContainText('工程机械 / 发动机');
});

test('exports the report from the page; its target sheet lists the api target list', async ({
  page,
  request,
}) => {
  const targets = await apiCall<TargetRow[]>(request, 'analysis:targets', {});
  await openApp(page, 'analysis');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出报告（Excel）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^招商分析报告-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
  expect(wb.SheetNames).toEqual(['汇总', '缺口', '招商目标']);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['招商目标'] ?? {}, { header: 1 });
  expect(rows[0]?.[6]).toBe('目标企业');
  expect(rows.slice(1).map((r) => [r[2], r[5], r[6]])).toEqual(
    targets.map((t) => [t.segmentPath.join(' / '), t.rank, t.name]),
  );
});
