// The cluster panorama and the workspace overview on the demo workspace: they open, show every chain
// with states and counts as the analysis computed them, and a click leads to the chain's map.
import { expect as baseExpect, test } from '@playwright/test';

import type { WorkspaceAnalysis } from '../../shared/analysis/schemas.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

// Every wait is for a state; on a loaded CI machine the analysis and the chain map's layout (in a
// worker) can take far longer than the defaults.
const expect = baseExpect.configure({ timeout: 90_000 });
test.describe.configure({ timeout: 240_000 });

test('the cluster map shows every chain of the cluster as a band, states as on the analysis', async ({
  page,
  request,
}) => {
  const a = await apiCall<WorkspaceAnalysis>(request, 'analysis:run', {});
  const cluster = a.clusters[0];
  expect(cluster).toBeDefined();
  if (!cluster) return;
  await openApp(page, `cluster-map?cluster=${String(cluster.clusterId)}`);
  const map = page.getByTestId('cluster-map');
  await expect(map).toBeVisible();
  await expect(map.locator('[data-kind="band"]')).toHaveCount(cluster.chainIds.length);
  for (const chain of a.chains.filter((c) => c.clusterId === cluster.clusterId)) {
    await expect(
      map.locator(`[data-kind="band"][data-chain-id="${String(chain.chainId)}"]`),
    ).toContainText(chain.name);
    for (const s of chain.segments.slice(0, 6)) {
      await expect(
        map.locator(`[data-kind="segment"][data-segment-id="${String(s.segmentId)}"]`),
      ).toHaveAttribute('data-state', s.state);
    }
  }
  // Lanes line up: every band's 上游 boxes start at the same x.
  await expect(map.locator('[data-kind="lane"]')).toHaveCount(3);
  await page.screenshot({ path: `${SCREENSHOTS}/cluster-map.png` });
  const first = a.chains.find((c) => c.clusterId === cluster.clusterId);
  await map
    .locator(`[data-kind="band"][data-chain-id="${String(first?.chainId)}"]`)
    .click({ position: { x: 40, y: 30 } });
  await expect(page).toHaveURL(new RegExp(`#/chain-map\\?chain=${String(first?.chainId)}$`));
  await expect(page.getByTestId('chain-graph')).toBeVisible();
});

test('the overview has a tile per cluster and chain with its figures; a tile opens the chain map', async ({
  page,
  request,
}) => {
  const a = await apiCall<WorkspaceAnalysis>(request, 'analysis:run', {});
  await openApp(page, 'overview');
  const map = page.getByTestId('overview-map');
  await expect(map).toBeVisible();
  await expect(map.locator('[data-kind="tile"]')).toHaveCount(a.clusters.length + a.chains.length);
  const chain = a.chains[0];
  expect(chain).toBeDefined();
  if (!chain) return;
  const tile = map.locator(`[data-kind="tile"][data-chain-id="${String(chain.chainId)}"]`);
  const pct = (r: number | null) =>
    r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
  await expect(tile).toContainText(chain.name);
  await expect(tile).toContainText(`完整度 ${pct(chain.coverage.rate)}`);
  await expect(tile).toContainText(`本地配套率 ${pct(chain.localRate.byCount)}`);
  const c = chain.leafCounts;
  await expect(tile).toContainText(
    `缺${String(c.missing)} 断${String(c.broken)} 弱${String(c.weak)} 强${String(c.strong)}`,
  );
  await page.screenshot({ path: `${SCREENSHOTS}/overview.png` });
  await tile.click();
  await expect(page).toHaveURL(new RegExp(`#/chain-map\\?chain=${String(chain.chainId)}$`));
  await expect(page.getByTestId('chain-graph')).toBeVisible();
});
