// The import wizard in browser mode: choose a file → sheets & columns → preview with issues → commit;
// a file with an error is shown with its row and column and cannot be imported; and a large file
// shows its reading/checking steps and the write, then the final counts.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';
import { expect, test } from '@playwright/test';

import { apiCall, openApp, SCREENSHOTS } from './fixtures.js';
import { createDemoWorkspace, ENV_DIR, startHost, stopHost } from './host-process.js';

type ListOutput = { total: number; rows: { name: string; uscc: string | null }[] };

const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

test('imports a CSV through the wizard', async ({ page, request }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  const info = await apiCall<{ stats: { enterprises: number } }>(request, 'workspace:info', {});
  await openApp(page, 'import');
  await page.locator('input[type=file]').setInputFiles({
    name: '园区企业.csv',
    mimeType: 'text/csv',
    buffer: csv(
      '企业名称,统一社会信用代码,所属园区\n向导导入测试企业有限公司,913502000728319549,智能终端产业园\n',
    ),
  });
  await page.getByRole('button', { name: '检查文件' }).click();
  const sheet = page.getByTestId('import-sheet');
  await expect(sheet).toContainText('园区企业.csv');
  await expect(sheet).toContainText('统一社会信用代码');
  await page.getByRole('button', { name: '预览与问题' }).click();
  const counts = page.getByTestId('import-counts');
  await expect(counts.locator('tr', { hasText: '企业' })).toContainText('1');
  // Removals have their own column, apart from updates.
  await expect(counts.locator('th', { hasText: '删除' })).toBeVisible();
  await expect(page.getByText('没有发现问题')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/import-preview.png`, fullPage: true });
  await page.getByRole('button', { name: /^导\s?入$/ }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  // The header's counts follow the import without a reload.
  await expect(page.getByTestId('workspace-stats')).toContainText(
    `企业 ${String(info.stats.enterprises + 1)}`,
  );
  await page.getByRole('button', { name: '再导入一批' }).click();
  await expect(page.getByTestId('import-runs')).toContainText('园区企业.csv');
  // The history says how each run ended (a partial import would say 部分导入).
  await expect(
    page.getByTestId('import-runs').locator('tr', { hasText: '园区企业.csv' }),
  ).toContainText('已导入');
  expect(problems).toEqual([]);

  const found = await apiCall<ListOutput>(request, 'enterprise:list', {
    query: '向导导入测试企业',
  });
  expect(found.rows).toMatchObject([
    { name: '向导导入测试企业有限公司', uscc: '913502000728319549' },
  ]);
});

test('shows where a file is wrong and refuses to import it', async ({ page, request }) => {
  const before = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 1 });
  await openApp(page, 'import');
  await page.locator('input[type=file]').setInputFiles({
    name: '有错误.csv',
    mimeType: 'text/csv',
    buffer: csv('企业名称,统一社会信用代码\n错误示例企业,12345\n'),
  });
  await page.getByRole('button', { name: '检查文件' }).click();
  await page.getByRole('button', { name: '预览与问题' }).click();
  const issues = page.getByTestId('import-issues');
  await expect(issues).toContainText('第 2 行');
  await expect(issues).toContainText('B 统一社会信用代码');
  await expect(issues).toContainText('统一社会信用代码应为 18 位');
  await expect(page.getByText('请先修正文件中的错误再导入')).toBeVisible();
  await expect(page.getByRole('button', { name: /^导\s?入$/ })).toBeDisabled();
  const after = await apiCall<ListOutput>(request, 'enterprise:list', { limit: 1 });
  expect(after.total).toBe(before.total);
});

test.describe('a large file', () => {
  // Its own host and workspace, so 30,000 extra firms do not change what the other specs see.
  let host: { url: string; pid: number; dir: string } | undefined;
  test.beforeAll(async () => {
    const rendererDir = join(process.env[ENV_DIR] ?? '', 'renderer');
    const { dir, file } = createDemoWorkspace();
    host = { ...(await startHost(file, rendererDir)), dir };
  });
  test.afterAll(async () => {
    if (!host) return;
    stopHost(host.pid);
    await new Promise((r) => setTimeout(r, 300)); // let it close the SQLite file first
    rmSync(host.dir, { recursive: true, force: true });
  });

  test('shows progress while reading and writing, then the final counts', async ({ page }) => {
    test.setTimeout(300_000);
    const ROWS = 60_000;
    const rowsText = ROWS.toLocaleString('en-US');
    const rows = [['企业名称', '所属园区']];
    for (let i = 0; i < ROWS; i++)
      rows.push([`进度测试企业${String(i).padStart(5, '0')}有限公司`, '智能终端产业园']);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '企业');
    const bytes = XLSX.write(book, {
      type: 'buffer',
      bookType: 'xlsx',
      compression: true,
    }) as Buffer;
    const url = new URL(host?.url ?? '');
    url.hash = '#/import';
    await page.goto(url.toString());
    await page.locator('input[type=file]').setInputFiles({
      name: '园区企业大表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    // Reading 60,000 rows and writing them take a second or two each on a fast machine, less than
    // an assertion polling afterwards can count on: the page itself records every state of the
    // progress panel. An .xlsx, not a CSV: it is small to send (a 6 MB CSV body held the page for
    // seconds under Playwright's network capture) and slow to parse in the reader process, while
    // the host stays free to answer the polls; a fast CI machine checked 30,000 CSV rows before
    // the first poll could see a step.
    // (A string: the Node-side tsconfig has no DOM types; the script runs in the page.)
    await page.evaluate(`(() => {
      const seen = [];
      window.progressSeen = seen;
      new MutationObserver(() => {
        const panel = document.querySelector('[data-testid="import-progress"]');
        if (!panel) return;
        seen.push({
          text: panel.textContent,
          bar: panel.querySelector('.ant-progress') !== null,
          stop: [...panel.querySelectorAll('button')].some((b) => b.textContent.includes('停止读取')),
        });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    type Seen = { text: string; bar: boolean; stop: boolean };
    const seen = (): Promise<Seen[]> => page.evaluate<Seen[]>('window.progressSeen');
    await page.getByRole('button', { name: '检查文件' }).click();
    const progress = page.getByTestId('import-progress');
    // Reading 60,000 rows takes seconds, and many more on a loaded machine.
    await expect(page.getByTestId('import-sheet')).toContainText('园区企业大表.xlsx', {
      timeout: 60_000,
    });
    await expect(progress).toHaveCount(0);
    const reading = await seen();
    expect(reading.some((s) => s.bar && s.stop)).toBe(true);
    // A real step polled from the core (not just the placeholder).
    expect(
      reading.some((s) =>
        /正在读取 1\/1：园区企业大表\.xlsx|正在校验 [\d,]+ 行|正在与工作区比对 [\d,]+ 条记录/.test(
          s.text,
        ),
      ),
      `steps seen: ${JSON.stringify(reading.map((s) => s.text))}`,
    ).toBe(true);

    await page.getByRole('button', { name: '预览与问题' }).click();
    await expect(
      page.getByTestId('import-counts').locator('tr', { hasText: '企业' }),
    ).toContainText(String(ROWS));
    const before = (await seen()).length;
    await page.getByRole('button', { name: /^导\s?入$/ }).click();
    await expect(page.getByText('导入完成')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('import-written')).toContainText(`已写入 ${rowsText} 条`);
    // The write is one synchronous transaction: the count is the preview's, the bar animated.
    const writing = (await seen()).slice(before);
    expect(writing.some((s) => s.bar && /正在备份工作区|正在写入 [\d,]+ 条…/.test(s.text))).toBe(
      true,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/import-written.png`, fullPage: true });
    await expect(progress).toHaveCount(0);
  });
});
