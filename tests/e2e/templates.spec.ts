// The chain-template library in browser mode: the preview of a template's tree, adding 工程机械 to
// the demo (where it exists: the merge-or-copy question, then a merge), and adding 新能源电池 into a
// new cluster and finding its chain on the chain map. Waits for states, never for time.
import { expect, test } from '@playwright/test';

import type { Chain, Segment } from '../../shared/domain/schemas.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

// Adding writes in one transaction; on a slow, busy machine the answer may take a while.
const SLOW = { timeout: 120_000 };

test('adds templates through the library: merge into the demo 工程机械, a new chain on the map', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const chainsBefore = await apiCall<Chain[]>(request, 'chain:list', {});
  const demo = chainsBefore.find((c) => c.name === '工程机械');
  expect(demo).toBeDefined();
  const segsBefore = await apiCall<Segment[]>(request, 'segment:list', { chainId: demo?.id ?? 0 });
  expect(segsBefore.map((s) => s.name)).not.toContain('液压马达');

  await openApp(page, 'templates');
  await expect(page.getByRole('heading', { name: '工程机械（挖掘机与重卡）' })).toBeVisible(SLOW);
  await expect(page.getByTestId('template-segment').filter({ hasText: '液压马达' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/templates-library.png`, fullPage: true });

  // 工程机械 exists in the demo: the question comes first, then the merge.
  await page.getByRole('button', { name: '添加到工作区' }).click();
  const add = page.getByRole('dialog', { name: /把“工程机械（挖掘机与重卡）”添加到工作区/ });
  await expect(add).toBeVisible();
  await add
    .getByRole('button', { name: '添 加' })
    .or(add.getByRole('button', { name: '添加' }))
    .click();
  const ask = page.getByRole('dialog', { name: '工作区中已有产业链“工程机械”' });
  await expect(ask).toBeVisible(SLOW);
  await page.screenshot({ path: `${SCREENSHOTS}/templates-conflict.png` });
  await ask
    .getByRole('button', { name: '合 并' })
    .or(ask.getByRole('button', { name: '合并' }))
    .click();
  await expect(
    page.getByTestId('template-added').filter({ hasText: '已合并到“工程机械”' }),
  ).toBeVisible(SLOW);
  const segsAfter = await apiCall<Segment[]>(request, 'segment:list', { chainId: demo?.id ?? 0 });
  expect(segsAfter.map((s) => s.name)).toContain('液压马达');
  // Nothing the demo had was removed.
  for (const s of segsBefore) expect(segsAfter.map((x) => x.id)).toContain(s.id);

  // 新能源电池 into a new cluster, then seen on the chain map.
  await page.getByRole('link', { name: '新能源电池' }).click();
  await expect(page.getByRole('heading', { name: '新能源电池' })).toBeVisible();
  await page.getByRole('button', { name: '添加到工作区' }).click();
  const add2 = page.getByRole('dialog', { name: /把“新能源电池”添加到工作区/ });
  await add2.getByLabel('新建产业集群').check();
  await add2.getByRole('textbox', { name: '新产业集群名称' }).fill('储能产业');
  await add2
    .getByRole('button', { name: '添 加' })
    .or(add2.getByRole('button', { name: '添加' }))
    .click();
  const added = page.getByTestId('template-added').filter({ hasText: '已添加产业链“新能源电池”' });
  await expect(added).toBeVisible(SLOW);
  const chains = await apiCall<Chain[]>(request, 'chain:list', {});
  const battery = chains.find((c) => c.name === '新能源电池');
  expect(battery).toBeDefined();
  await added.getByRole('link', { name: '查看产业链图谱' }).click();
  await expect(page).toHaveURL(new RegExp(`chain-map\\?chain=${String(battery?.id ?? 0)}`));
  await expect(page.getByText('正极材料').first()).toBeVisible(SLOW);
  await page.screenshot({ path: `${SCREENSHOTS}/templates-added-chain-map.png` });
});
