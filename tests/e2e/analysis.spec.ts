// The Analysis page against the demo workspace: states with their reasons and metrics with formulas
// as the api computes them, drill-down from a gap segment to its targets, and a target turned into a
// lead that appears on the leads board; the report exported from the page opened and checked;
// the threshold setting re-running the analysis, a lead edited in its form, and two snapshots
// saved around a change compared on the page.
import { readFileSync } from 'node:fs';

import * as XLSX from '@e965/xlsx';
import { expect, test } from '@playwright/test';

import type { AnalysisSettings } from '../../shared/analysis/input.js';
import type { TargetRow, WorkspaceAnalysis } from '../../shared/analysis/schemas.js';
import type { SnapshotDiff } from '../../shared/analysis/snapshot.js';
import type { LeadRow, SnapshotMeta } from '../../shared/ipc/analysis-contract.js';
import { pngStats } from '../support/png-stats.js';
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
  await openApp(page, `analysis?chain=${String(chain.chainId)}`);
  await expect(
    page.locator('.ant-select', { has: page.getByRole('combobox', { name: '集群', exact: true }) }),
  ).toContainText('高端装备');
  const metrics = page.getByLabel('工程机械', { exact: true });
  await expect(metrics).toContainText(pct(chain.coverage.rate));
  await expect(metrics).toContainText(chain.coverage.formula.zh);
  await expect(metrics).toContainText(chain.localRate.countFormula.zh);
  const engine = page.getByRole('row', { name: /^发动机/ });
  await expect(engine).toContainText('缺链');
  await expect(engine).toContainText('无已确认挂链的本地企业');
  await expect(page.getByRole('row', { name: /^液压泵/ })).toContainText('断链');
  const critical = a.centrality.firms[0];
  if (critical)
    await expect(page.getByRole('listitem').filter({ hasText: '1. ' }).first()).toContainText(
      `1. ${critical.name}`,
    );
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
  await openApp(page, `analysis?chain=${String(engineTargets[0]?.chainId)}`);
  await page.getByRole('row', { name: /^发动机/ }).click();
  await expect(page.getByText('只看此环节：核心零部件 / 发动机')).toBeVisible();
  const rows = page.getByRole('tabpanel').getByRole('row');
  await expect(rows).toHaveCount(engineTargets.length + 1); // + header
  for (const [i, t] of engineTargets.entries()) {
    await expect(rows.nth(i + 1)).toContainText(t.name);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/analysis-targets.png` });

  const fresh = engineTargets.find((t) => t.lead === null);
  // The demo leaves engine targets without a lead, so turning one into a lead is always exercised.
  if (!fresh) throw new Error('the demo has no 发动机 target without a lead to turn into one');
  const info = await apiCall<{ stats: { leads: number } }>(request, 'workspace:info', {});
  const row = rows.filter({ hasText: fresh.name });
  await row.getByRole('button', { name: '转为线索' }).click();
  await expect(page.getByText(`已创建线索：${fresh.name}`)).toBeVisible();
  // The header's counts follow without a reload.
  await expect(page.getByTestId('workspace-stats')).toContainText(
    `线索 ${String(info.stats.leads + 1)}`,
  );
  await expect(row.getByText('新线索', { exact: true })).toBeVisible();
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
  const a = await apiCall<WorkspaceAnalysis>(request, 'analysis:run', {});
  const withTargets = a.chains.filter((c) => targets.some((t) => t.chainId === c.chainId));
  expect(wb.SheetNames).toEqual([
    '汇总',
    '缺口',
    '招商目标',
    '招商线索',
    ...withTargets.map((c) => `目标企业-${c.name}`),
  ]);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['招商目标'] ?? {}, { header: 1 });
  // A title row (workspace, clusters, date), then the headers, then one row per target.
  expect(String(rows[0]?.[0])).toMatch(/^招商目标清单 — .+ · 覆盖集群：.+ · \d{4}-\d{2}-\d{2}$/);
  expect(rows[1]?.[6]).toBe('目标企业');
  expect(rows.slice(2).map((r) => [r[2], r[5], r[6]])).toEqual(
    targets.map((t) => [t.segmentPath.join(' / '), t.rank, t.name]),
  );
});

const STATE_ZH = { missing: '缺链', broken: '断链', weak: '弱链', strong: '强链' } as const;

/** Leaf segments of the first chain (the one the page opens on) whose state differs between runs. */
function flipped(before: WorkspaceAnalysis, after: WorkspaceAnalysis) {
  const chain = after.chains[0];
  const was = new Map(before.chains[0]?.segments.map((s) => [s.segmentId, s.state]));
  return (chain?.segments ?? []).filter((s) => s.isLeaf && was.get(s.segmentId) !== s.state);
}

test('分析设置: a higher default target re-runs the analysis and a segment turns weak', async ({
  page,
  request,
}) => {
  const settings = await apiCall<AnalysisSettings>(request, 'settings:get', {});
  const before = await apiCall<WorkspaceAnalysis>(request, 'analysis:run', {});
  const raised = settings.defaultTargetCount + 1;
  try {
    await openApp(page, `analysis?chain=${String(before.chains[0]?.chainId)}`);
    await page.getByRole('button', { name: '分析设置' }).click();
    const drawer = page.getByRole('dialog', { name: '分析设置（本工作区）' });
    const field = drawer.getByLabel('强链所需本地企业数（默认目标数）');
    await expect(field).toHaveValue(String(settings.defaultTargetCount));
    await field.fill('5000');
    await field.press('Enter');
    await expect(drawer.getByText('请输入 0–1000 之间的整数')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/analysis-settings.png` });
    await field.fill(String(raised));
    await field.press('Enter');
    await expect(page.getByText('已保存设置，分析已按新阈值更新')).toBeVisible();
    await expect(drawer).toBeHidden();

    const after = await apiCall<WorkspaceAnalysis>(request, 'analysis:run', {});
    expect(after.settings.defaultTargetCount).toBe(raised);
    const changed = flipped(before, after);
    expect(changed.length).toBeGreaterThan(0);
    for (const s of changed) {
      const row = page.getByRole('row').filter({
        has: page.getByRole('cell', { name: s.name, exact: true }),
      });
      await expect(row).toContainText(STATE_ZH[s.state]);
      await expect(row).toContainText(s.rule.zh);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/analysis-settings-applied.png` });
    await page.reload();
    await page.getByRole('button', { name: '分析设置' }).click();
    await expect(page.getByLabel('强链所需本地企业数（默认目标数）')).toHaveValue(String(raised));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: '分析设置（本工作区）' })).toBeHidden();
  } finally {
    await apiCall(request, 'settings:set', { defaultTargetCount: settings.defaultTargetCount });
  }
});

test('a lead’s owner, next step, date and notes are edited in a form and kept after reload', async ({
  page,
  request,
}) => {
  const a = await apiCall<WorkspaceAnalysis>(request, 'analysis:run', {});
  const engine = a.chains
    .find((c) => c.name === '工程机械')
    ?.segments.find((s) => s.name === '发动机');
  expect(engine).toBeDefined();
  const name = `E2E 编辑线索 ${String(Date.now())}`;
  const lead = await apiCall<LeadRow>(request, 'lead:create', {
    targetName: name,
    segmentId: engine?.segmentId,
  });
  await openApp(page, 'analysis');
  await page.getByRole('tab', { name: '招商线索' }).click();
  const card = page.getByLabel(name, { exact: true });
  await expect(card).toContainText('工程机械 / 发动机');
  await expect(card).toContainText('缺链'); // the state of the segment it would fill

  await card.getByRole('button', { name: `编辑 ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `编辑线索：${name}` });
  await expect(dialog.getByLabel('负责人')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await card.getByRole('button', { name: `编辑 ${name}` }).click();
  await dialog.getByLabel('负责人').fill('王五');
  await dialog.getByLabel('下一步日期').fill('2026-12-03');
  await dialog.getByLabel('备注', { exact: true }).fill('对方有扩产计划');
  const next = dialog.getByLabel('下一步', { exact: true });
  await next.fill('赴潍坊考察');
  await page.screenshot({ path: `${SCREENSHOTS}/analysis-lead-edit.png` });
  await next.press('Enter');
  await expect(page.getByText(`已保存线索：${name}`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('负责人：王五');
  await expect(card).toContainText('下一步：赴潍坊考察（2026-12-03）');

  await page.reload();
  await page.getByRole('tab', { name: '招商线索' }).click();
  await expect(card).toContainText('负责人：王五');
  await expect(card).toContainText('下一步：赴潍坊考察（2026-12-03）');
  await page.screenshot({ path: `${SCREENSHOTS}/analysis-leads.png`, fullPage: true });
  await card.getByRole('button', { name: `编辑 ${name}` }).click();
  await expect(dialog.getByLabel('备注', { exact: true })).toHaveValue('对方有扩产计划');
  const stored = (await apiCall<LeadRow[]>(request, 'lead:list', {})).find((l) => l.id === lead.id);
  expect(stored).toMatchObject({
    owner: '王五',
    nextStep: '赴潍坊考察',
    nextDate: '2026-12-03',
    notes: '对方有扩产计划',
    stage: 'lead',
  });
});

test('two snapshots saved around a threshold change compare on the page', async ({
  page,
  request,
}) => {
  const settings = await apiCall<AnalysisSettings>(request, 'settings:get', {});
  try {
    await openApp(page, 'analysis');
    await page.getByRole('tab', { name: '快照对比' }).click();
    const nameField = page.getByLabel('快照名称');
    await expect(nameField).toHaveValue(/^\d{4}-\d{2}-\d{2} 分析$/);
    await nameField.fill('E2E 调整前');
    await nameField.press('Enter');
    await expect(page.getByText('已保存快照：E2E 调整前')).toBeVisible();

    await apiCall(request, 'settings:set', { defaultTargetCount: settings.defaultTargetCount + 1 });
    await nameField.fill('E2E 调整后');
    await nameField.press('Enter');
    await expect(page.getByText('已保存快照：E2E 调整后')).toBeVisible();

    const [later, earlier] = await apiCall<SnapshotMeta[]>(request, 'snapshot:list', {});
    expect([earlier?.name, later?.name]).toEqual(['E2E 调整前', 'E2E 调整后']);
    const { diff } = await apiCall<{ diff: SnapshotDiff }>(request, 'snapshot:compare', {
      fromId: earlier?.id,
      toId: later?.id,
    });
    expect(diff.changed.length).toBeGreaterThan(0);

    // The page opens on the newest two: before → after.
    const comparison = page.getByLabel(/^对比：E2E 调整前（.+） → E2E 调整后（.+）$/);
    await expect(comparison).toBeVisible();
    await expect(comparison.getByRole('group', { name: '其他状态变化' })).toContainText(
      String(diff.changed.length),
    );
    await expect(comparison.getByRole('group', { name: '补上的环节' })).toContainText('0');
    const changes = comparison.getByLabel('环节变化').getByRole('row');
    await expect(changes).toHaveCount(Math.min(diff.changed.length, 20) + 1); // + header
    for (const c of diff.changed.slice(0, 20)) {
      const row = changes.filter({ hasText: c.path.join(' / ') });
      await expect(row).toContainText(`变弱`);
      await expect(row).toContainText(
        `${STATE_ZH[c.from ?? 'missing']}→${STATE_ZH[c.to ?? 'missing']}`,
      );
    }
    // The shell scrolls inside its content pane: a tall window shows the whole comparison.
    await page.setViewportSize({ width: 1440, height: 2400 });
    await page.screenshot({ path: `${SCREENSHOTS}/analysis-snapshots.png` });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Ticking only the earlier one compares it with the analysis now.
    await page.getByRole('checkbox', { name: 'E2E 调整后' }).uncheck();
    await expect(page.getByLabel(/^对比：E2E 调整前（.+） → 当前分析$/)).toBeVisible();
  } finally {
    await apiCall(request, 'settings:set', { defaultTargetCount: settings.defaultTargetCount });
  }
});

test('the chain selector narrows every tab to that chain and stays in the address', async ({
  page,
  request,
}) => {
  const a = await apiCall<WorkspaceAnalysis>(request, 'analysis:run', {});
  const leads = await apiCall<LeadRow[]>(request, 'lead:list', {});
  const chain = a.chains.find((c) => c.name === '工程机械');
  if (!chain) throw new Error('the demo has no 工程机械');
  const cluster = a.clusters.find((c) => c.clusterId === chain.clusterId);
  const ownTargets = a.targets.filter((t) => t.chainId === chain.chainId);
  const otherTarget = a.targets.find((t) => t.chainId !== chain.chainId);
  const ownLeads = leads.filter((l) => l.chainId === chain.chainId);
  const otherLead = leads.find((l) => l.chainId !== null && l.chainId !== chain.chainId);
  expect(otherTarget && otherLead).toBeTruthy();

  await openApp(page, 'analysis');
  await expect(page.getByRole('tab', { name: /^招商目标清单/ })).toContainText(
    `(${String(a.targets.length)})`,
  );
  await page.getByRole('combobox', { name: '产业链', exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: `工程机械（${cluster?.name ?? ''}）`,
    })
    .click();
  await expect(page).toHaveURL(new RegExp(`chain=${String(chain.chainId)}`));
  // The cluster selector follows the chain: never 全部集群 beside a chain of 高端装备.
  await expect(
    page.locator('.ant-select', { has: page.getByRole('combobox', { name: '集群', exact: true }) }),
  ).toContainText(cluster?.name ?? '—');
  await expect(page.getByTestId('analysis-counts')).toHaveText(
    `缺链 ${String(chain.leafCounts.missing)}断链 ${String(chain.leafCounts.broken)}弱链 ${String(chain.leafCounts.weak)}强链 ${String(chain.leafCounts.strong)}`,
  );

  const targetsTab = page.getByRole('tab', { name: /^招商目标清单/ });
  await expect(targetsTab).toContainText(`(${String(ownTargets.length)})`);
  await targetsTab.click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('row')).toHaveCount(ownTargets.length + 1);
  await expect(panel).not.toContainText(otherTarget?.chainName ?? '—');

  await page.getByRole('tab', { name: '招商线索' }).click();
  for (const l of ownLeads)
    await expect(page.getByLabel(l.targetName, { exact: true })).toBeVisible();
  await expect(page.getByLabel(otherLead?.targetName ?? '—', { exact: true })).toHaveCount(0);

  await page.getByRole('tab', { name: '链主视角' }).click();
  const anchorRows = page.getByRole('tabpanel').getByRole('table').first().getByRole('row');
  await expect(anchorRows.nth(1)).toBeVisible();
  for (const text of await anchorRows.allInnerTexts()) {
    if (text.startsWith('环节')) continue; // the header
    expect(text).toContain('（工程机械）');
  }

  // A reload (or a bookmark) opens the same selection and tab.
  await page.reload();
  await expect(page.getByRole('tab', { name: '链主视角', selected: true })).toBeVisible();
  await expect(
    page.locator('.ant-select', {
      has: page.getByRole('combobox', { name: '产业链', exact: true }),
    }),
  ).toContainText('工程机械');
});

test('a target firm’s name opens its drawer; a segment name opens the chain map on it', async ({
  page,
  request,
}) => {
  const targets = await apiCall<TargetRow[]>(request, 'analysis:targets', {});
  const target = targets[0];
  if (!target) throw new Error('the demo has no targets');
  await openApp(page, `analysis?chain=${String(target.chainId)}&tab=targets`);
  await page
    .getByRole('tabpanel')
    .getByRole('row')
    .nth(1)
    .getByText(target.name, { exact: true })
    .click();
  const drawer = page.getByTestId('enterprise-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText(target.name);
  await expect(drawer).toContainText('挂链环节');
  await page.screenshot({ path: `${SCREENSHOTS}/analysis-target-drawer.png` });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await page
    .getByRole('tabpanel')
    .getByRole('row')
    .nth(1)
    .getByRole('link', { name: target.segmentPath.join(' / ') })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`#/chain-map\\?chain=${String(target.chainId)}&segment=${String(target.segmentId)}`),
  );
});

test('charts draw on canvas and each exports a PNG', async ({ page }) => {
  await openApp(page, 'analysis');
  const charts = page.getByTestId('chart');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    const canvas = chart.locator('canvas');
    await expect(canvas).toBeVisible();
    // Not blank: the drawn chart shows bars in several colours, as a user sees it on screen.
    await expect
      .poll(async () => pngStats(await canvas.screenshot(), 2).colours, { timeout: 60_000 })
      .toBeGreaterThan(5);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出PNG 各产业链缺链、断链、弱链、强链环节数' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('全部集群-各产业链缺链、断链、弱链、强链环节数.png');
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Twice the on-screen size, for print.
  const width = png.readUInt32BE(16);
  const box = await charts.first().boundingBox();
  expect(width).toBeGreaterThanOrEqual(Math.floor((box?.width ?? 0) * 2) - 2);

  await page.getByRole('tab', { name: '招商线索' }).click();
  await expect(page.getByRole('img', { name: '招商线索漏斗' }).locator('canvas')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/analysis-funnel.png` });
});

test('a lead is deleted from its card after a confirm, and the counts follow', async ({
  page,
  request,
}) => {
  const name = `E2E 待删除线索 ${String(Date.now())}`;
  await apiCall<LeadRow>(request, 'lead:create', { targetName: name });
  const info = await apiCall<{ stats: { leads: number } }>(request, 'workspace:info', {});
  await openApp(page, 'analysis?tab=leads');
  const card = page.getByLabel(name, { exact: true });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: `删除 ${name}` }).click();
  // Cancelling keeps it.
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^取\s?消$/ })
    .click();
  await expect(card).toBeVisible();
  // The cancelled confirm must be gone first: clicked while it closes, its buttons act on nothing.
  await expect(page.locator('.ant-popconfirm:visible')).toHaveCount(0);
  await card.getByRole('button', { name: `删除 ${name}` }).click();
  await page
    .locator('.ant-popconfirm:visible')
    .getByRole('button', { name: /^删\s?除$/ })
    .click();
  await expect(page.getByText(`已删除线索：${name}`)).toBeVisible();
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('workspace-stats')).toContainText(
    `线索 ${String(info.stats.leads - 1)}`,
  );
  const left = await apiCall<LeadRow[]>(request, 'lead:list', {});
  expect(left.some((l) => l.targetName === name)).toBe(false);
});
