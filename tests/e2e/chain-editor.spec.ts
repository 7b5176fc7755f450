// The chain editor (产业链管理) in browser mode: a cluster, a chain and its segment tree made through
// the UI, a segment dragged under another with the mouse (down, move, up), reordered, renamed, and
// deleted after the dialog says what goes; the demo's own segment shows its real counts before a
// cancelled delete; the chain map's 编辑环节 opens the editor on its chain. The drag is checked on screen
// after a reload, undone with Ctrl+Z and redone with Ctrl+Shift+Z. A segment dragged into the gap
// between two siblings (up and down) keeps that order after a reload, and 撤销 puts it back. The
// clusters made here are deleted at the end, so later specs see the demo as it was. Waits for
// states, never for time.
import { expect, test, type Locator, type Page } from '@playwright/test';

import type { Chain, Cluster, Segment } from '../../shared/domain/schemas.js';
import type { DeleteImpact } from '../../shared/ipc/taxonomy-edit-contract.js';
import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';

// A write and the refetch of the tree may queue behind other work on a loaded 2-core machine.
const SLOW = { timeout: 120_000 };

const ok = (dialog: Locator) => dialog.getByRole('button', { name: /^确\s?定$|^OK$/ }).click();

const node = (page: Page, name: string) =>
  page.getByTestId('segment-tree').locator(`[data-segment="${name}"]`);

async function addSegment(
  page: Page,
  name: string,
  opts: { parent?: string; key?: boolean; stage?: string } = {},
) {
  if (opts.parent) await page.getByRole('button', { name: `添加下级环节 ${opts.parent}` }).click();
  else await page.getByRole('button', { name: '添加一级环节' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('环节名称').fill(name);
  if (opts.stage) await dialog.getByLabel(opts.stage).check();
  if (opts.key) await dialog.getByLabel(/核心环节/).check();
  await ok(dialog);
  await expect(node(page, name)).toBeVisible(SLOW);
}

const segmentsOf = async (request: Parameters<typeof apiCall>[0], chainId: number) =>
  apiCall<Segment[]>(request, 'segment:list', { chainId });

/** The tree's rows top to bottom as "name depth", read off the screen. */
async function treeRows(page: Page): Promise<string[]> {
  const items = page.getByTestId('segment-tree').getByRole('treeitem');
  const rows: string[] = [];
  for (let i = 0; i < (await items.count()); i += 1) {
    const item = items.nth(i);
    const name = await item.locator('[data-segment]').getAttribute('data-segment');
    const depth = await item.locator('.ant-tree-indent-unit').count();
    rows.push(`${name ?? '?'} ${String(depth)}`);
  }
  return rows;
}

const treeItem = (page: Page, name: string) =>
  page
    .getByTestId('segment-tree')
    .getByRole('treeitem')
    .filter({ has: page.locator(`[data-segment="${name}"]`) });

/**
 * Releases the dragged segment once the tree marks `target`'s row with `mark` (where the drop goes).
 * Each poll moves the mouse a pixel, which makes the browser send another dragover, so the wait ends
 * on the tree's state however slow the machine is.
 */
async function dropWhenMarked(page: Page, target: string, x: number, y: number, mark: RegExp) {
  let nudge = 0;
  await expect
    .poll(async () => {
      nudge = (nudge + 1) % 3;
      await page.mouse.move(x + nudge, y);
      return treeItem(page, target).getAttribute('class');
    }, SLOW)
    .toMatch(mark);
  await page.mouse.up();
}

/**
 * Drags one segment onto another as a user does with the mouse: press at the left end of its row,
 * move a few pixels (HTML drag starts then), then over the lower half of the target's name, which
 * lies well to the right of where the drag began: the tree reads a move right as "one level deeper",
 * i.e. onto the target rather than beside it. The release waits until the tree marks the target as
 * where the drop goes.
 */
async function dragOnto(page: Page, name: string, target: string) {
  const row = await treeItem(page, name).boundingBox();
  const to = await node(page, target).getByText(target, { exact: true }).boundingBox();
  if (!row || !to) throw new Error('segment rows have no box');
  const startX = row.x + 4;
  const startY = row.y + row.height / 2;
  const endX = to.x + to.width * 0.75;
  const endY = to.y + to.height * 0.75;
  // The tree counts a level per indent (24 px) beyond 12 px; 1.5 levels right means "onto".
  expect(endX - startX, 'the target name lies right of the drag start').toBeGreaterThan(30);
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 2, startY + 3, { steps: 3 });
  await page.mouse.move(endX, endY, { steps: 10 });
  await dropWhenMarked(page, target, endX, endY, /\bdrag-over\b/);
}

/**
 * Drags a segment into the gap just below another, as a user does: press on its name, move a few
 * pixels, then straight up or down to the lower edge of the other segment's name. Staying at the
 * same indent is what tells the tree "beside it" rather than "onto it" (a move right by 1.5 indents
 * or more means "onto"). The release waits until the tree draws its drop line under that row.
 */
async function dragBelow(page: Page, name: string, target: string) {
  const from = await node(page, name).getByText(name, { exact: true }).boundingBox();
  const to = await node(page, target).getByText(target, { exact: true }).boundingBox();
  if (!from || !to) throw new Error('segment rows have no box');
  const x = from.x + 4;
  const startY = from.y + from.height / 2;
  const endY = to.y + to.height * 0.8;
  expect(Math.abs(to.x - from.x), 'both names at the same indent').toBeLessThan(4);
  await page.mouse.move(x, startY);
  await page.mouse.down();
  await page.mouse.move(x, startY + (endY > startY ? 3 : -3), { steps: 3 });
  await page.mouse.move(x, endY, { steps: 10 });
  await dropWhenMarked(page, target, x, endY, /\bdrag-over-gap-bottom\b/);
}

/** The undo shortcuts act only when no text field has the focus, as for a user who clicked away. */
async function pressShortcut(page: Page, keys: string) {
  const focused = page.locator('*:focus');
  if ((await focused.count()) > 0) await focused.first().blur();
  await page.keyboard.press(keys);
}

test('builds, drags, renames and deletes a segment tree through the editor', async ({
  page,
  request,
}) => {
  // 4 min on this 2-core machine under load; CI may be several times slower.
  test.setTimeout(1_800_000);
  await openApp(page, 'chain-editor');
  await expect(page.getByTestId('chain-editor-tree')).toBeVisible(SLOW);

  // A cluster and a chain of our own.
  await page.getByRole('button', { name: '新建产业集群' }).click();
  await page.getByRole('dialog').getByLabel('产业集群名称').fill('编辑测试集群');
  await ok(page.getByRole('dialog'));
  await expect(page.getByRole('button', { name: '新建产业链' })).toBeVisible(SLOW);
  await page.getByRole('button', { name: '新建产业链' }).click();
  await page.getByRole('dialog').getByLabel('产业链名称').fill('编辑测试链');
  await page.getByRole('dialog').getByLabel('链长').fill('张区长');
  await ok(page.getByRole('dialog'));
  await expect(page.getByRole('button', { name: '添加一级环节' })).toBeVisible(SLOW);
  const chain = (await apiCall<Chain[]>(request, 'chain:list', {})).find(
    (c) => c.name === '编辑测试链',
  );
  if (!chain) throw new Error('the chain was not created');

  await addSegment(page, '原材料');
  await addSegment(page, '零部件');
  await addSegment(page, '整机', { key: true, stage: '中游' });
  await addSegment(page, '油缸', { parent: '零部件' });
  await expect(node(page, '整机')).toContainText('核心环节');

  // A second segment of the same name is refused with the reason, and nothing is added.
  await page.getByRole('button', { name: '添加一级环节' }).click();
  await page.getByRole('dialog').getByLabel('环节名称').fill('油 缸');
  await ok(page.getByRole('dialog'));
  await expect(page.getByText('本产业链中环节“油 缸”已存在，请换一个名称')).toBeVisible(SLOW);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^取\s?消$/ })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0, SLOW);
  const built = await segmentsOf(request, chain.id);
  expect(built).toHaveLength(4);
  const before = (name: string) => built.find((s) => s.name === name);
  const shown = ['原材料 0', '零部件 0', '油缸 1', '整机 0'];
  await expect.poll(() => treeRows(page), SLOW).toEqual(shown);

  // Drag 油缸 onto 整机 with the mouse; the tree marks 整机 as the drop target before the release.
  await dragOnto(page, '油缸', '整机');
  await expect
    .poll(async () => {
      const segs = await segmentsOf(request, chain.id);
      const parent = segs.find((s) => s.name === '整机');
      return segs.find((s) => s.name === '油缸')?.parentId === parent?.id;
    }, SLOW)
    .toBe(true);
  const afterDrag = await segmentsOf(request, chain.id);
  // Under 整机 (中游) the moved segment takes its stage.
  expect(afterDrag.find((s) => s.name === '油缸')?.stage).toBe('midstream');
  await expect(page.getByText('已移动“油缸”')).toBeVisible(SLOW);
  const moved = ['原材料 0', '零部件 0', '整机 0', '油缸 1'];
  await expect.poll(() => treeRows(page), SLOW).toEqual(moved);
  await page.screenshot({ path: `${SCREENSHOTS}/chain-editor-tree.png`, fullPage: true });
  // It was saved: a reload draws the same tree.
  await page.reload();
  await expect(node(page, '油缸')).toBeVisible(SLOW);
  await expect.poll(() => treeRows(page), SLOW).toEqual(moved);

  // Ctrl+Z puts it back under 零部件 with its old stage; Ctrl+Shift+Z moves it again.
  await pressShortcut(page, 'Control+z');
  await expect(page.getByText('已撤销：把环节“油缸”移到“整机”下')).toBeVisible(SLOW);
  await expect.poll(() => treeRows(page), SLOW).toEqual(shown);
  const undone = (await segmentsOf(request, chain.id)).find((s) => s.name === '油缸');
  expect(undone).toMatchObject({
    parentId: before('零部件')?.id,
    stage: before('油缸')?.stage,
    sortOrder: before('油缸')?.sortOrder,
  });
  await pressShortcut(page, 'Control+Shift+Z');
  await expect(page.getByText('已重做：把环节“油缸”移到“整机”下')).toBeVisible(SLOW);
  await expect.poll(() => treeRows(page), SLOW).toEqual(moved);
  await page.screenshot({ path: `${SCREENSHOTS}/chain-editor-tree.png`, fullPage: true });

  // Reorder with the keyboard's buttons: 整机 up above 零部件.
  await page.getByRole('button', { name: '上移 整机' }).click();
  await expect
    .poll(async () => {
      const top = (await segmentsOf(request, chain.id)).filter((s) => s.parentId === null);
      return top.sort((a, b) => a.sortOrder - b.sortOrder).map((s) => s.name);
    }, SLOW)
    .toEqual(['原材料', '整机', '零部件']);

  // Rename 原材料.
  await page.getByRole('button', { name: '编辑 原材料' }).click();
  await page.getByRole('dialog').getByLabel('环节名称').fill('基础材料');
  await ok(page.getByRole('dialog'));
  await expect(node(page, '基础材料')).toBeVisible(SLOW);

  // Delete 整机: the dialog names the sub-segment that goes with it.
  await page.getByRole('button', { name: '删除 整机' }).click();
  const del = page.getByRole('dialog', { name: '删除环节“整机”？' });
  await expect(del.getByTestId('delete-impact')).toContainText('下级环节一并删除：油缸', SLOW);
  await expect(del).toContainText('共删除 2 个环节');
  await page.screenshot({ path: `${SCREENSHOTS}/chain-editor-delete.png` });
  await del.getByRole('button', { name: /^删\s?除$/ }).click();
  await expect(node(page, '整机')).toHaveCount(0, SLOW);
  expect((await segmentsOf(request, chain.id)).map((s) => s.name).sort()).toEqual([
    '基础材料',
    '零部件',
  ]);

  // Clean up: the cluster goes with its chain, after saying so.
  await page.getByTestId('chain-editor-tree').getByText('编辑测试集群').click();
  await page.getByRole('button', { name: '删除产业集群' }).click();
  const delCluster = page.getByRole('dialog', { name: '删除产业集群“编辑测试集群”？' });
  await expect(delCluster).toContainText('1 条产业链及其全部环节一并删除', SLOW);
  await delCluster.getByRole('button', { name: /^删\s?除$/ }).click();
  await expect(page.getByTestId('chain-editor-tree').getByText('编辑测试集群')).toHaveCount(
    0,
    SLOW,
  );
  const clusters = await apiCall<Cluster[]>(request, 'cluster:list', {});
  expect(clusters.map((c) => c.name)).not.toContain('编辑测试集群');
});

test('a demo segment shows what a delete would do, with the core’s counts; cancel keeps it', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const chain = (await apiCall<Chain[]>(request, 'chain:list', {})).find(
    (c) => c.name === '工程机械',
  );
  if (!chain) throw new Error('the demo has no 工程机械');
  const segs = await segmentsOf(request, chain.id);
  // The demo segment with the most firms on it: the dialog must give the same counts as the core.
  const usage = await Promise.all(
    segs.map(async (s) => ({
      s,
      impact: await apiCall<DeleteImpact>(request, 'taxonomy:impact', {
        kind: 'segment',
        id: s.id,
      }),
    })),
  );
  const busiest = usage.sort((a, b) => b.impact.mappings - a.impact.mappings)[0];
  if (!busiest || busiest.impact.mappings === 0) throw new Error('no demo segment has firms');

  // From the chain map's toolbar to the editor on the same chain.
  await openApp(page, `chain-map?chain=${String(chain.id)}`);
  await page.getByRole('link', { name: '编辑环节' }).click();
  await expect(page).toHaveURL(new RegExp(`chain-editor\\?chain=${String(chain.id)}`));
  await expect(node(page, busiest.s.name)).toBeVisible(SLOW);

  await page.getByRole('button', { name: `删除 ${busiest.s.name}`, exact: true }).click();
  const del = page.getByRole('dialog', { name: `删除环节“${busiest.s.name}”？` });
  const i = busiest.impact;
  await expect(del.getByTestId('delete-impact')).toContainText(
    `移除 ${String(i.mappings)} 条挂链（${String(i.firms)} 家企业，企业本身保留；其中 ${String(i.firmsUnmapped)} 家将不再挂在任何环节上）`,
    SLOW,
  );
  if (i.links > 0)
    await expect(del).toContainText(`${String(i.links)} 条供应关系保留，但不再属于任何环节`);
  await page.screenshot({ path: `${SCREENSHOTS}/chain-editor-delete-demo.png` });
  await del.getByRole('button', { name: /^取\s?消$/ }).click();
  await expect(del).toBeHidden();
  expect((await segmentsOf(request, chain.id)).map((s) => s.id)).toContain(busiest.s.id);
});

test('a segment dragged into the gap between two siblings lands there, stays after a reload, and 撤销 puts it back', async ({
  page,
  request,
}) => {
  test.setTimeout(900_000);
  // A chain of our own with four top-level segments, made through the api (the UI way is above).
  const cluster = await apiCall<Cluster>(request, 'cluster:create', { name: '排序测试集群' });
  try {
    const chain = await apiCall<Chain>(request, 'chain:create', {
      clusterId: cluster.id,
      name: '排序测试链',
    });
    const names = ['原材料', '零部件', '整机', '后市场'];
    for (const name of names) {
      await apiCall<Segment>(request, 'segment:create', {
        chainId: chain.id,
        parentId: null,
        fields: { name, stage: 'upstream', isKey: false, targetCount: null },
      });
    }
    const stored = async () =>
      (await segmentsOf(request, chain.id))
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((s) => s.name);
    const onScreen = async () => (await treeRows(page)).map((r) => r.replace(/ 0$/, ''));
    await openApp(page, `chain-editor?chain=${String(chain.id)}`);
    await expect.poll(onScreen, SLOW).toEqual(names);

    // Up: the last one into the gap between the first two.
    await dragBelow(page, '后市场', '原材料');
    const up = ['原材料', '后市场', '零部件', '整机'];
    await expect.poll(stored, SLOW).toEqual(up);
    await expect(page.getByText('已移动“后市场”')).toBeVisible(SLOW);
    await expect.poll(onScreen, SLOW).toEqual(up);

    // Down: the first one into the gap between 零部件 and 整机 (its own place no longer counts).
    await dragBelow(page, '原材料', '零部件');
    const down = ['后市场', '零部件', '原材料', '整机'];
    await expect.poll(stored, SLOW).toEqual(down);
    await expect.poll(onScreen, SLOW).toEqual(down);
    await page.screenshot({ path: `${SCREENSHOTS}/chain-editor-gap.png`, fullPage: true });

    // Saved: a reload draws the same order.
    await page.reload();
    await expect.poll(onScreen, SLOW).toEqual(down);

    // The header's 撤销 takes the moves back one at a time, on screen and in the file.
    const undo = page.getByTestId('undo-button');
    await expect(undo).toBeEnabled(SLOW);
    await undo.click();
    await expect(page.getByText('已撤销：移动环节“原材料”')).toBeVisible(SLOW);
    await expect.poll(onScreen, SLOW).toEqual(up);
    await expect.poll(stored, SLOW).toEqual(up);
    await expect(undo).toBeEnabled(SLOW);
    await undo.click();
    await expect(page.getByText('已撤销：移动环节“后市场”')).toBeVisible(SLOW);
    await expect.poll(onScreen, SLOW).toEqual(names);
    await expect.poll(stored, SLOW).toEqual(names);
  } finally {
    // The demo stays as it was for later specs.
    await apiCall(request, 'cluster:delete', { id: cluster.id });
  }
});
