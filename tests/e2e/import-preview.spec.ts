// The import wizard explains itself (browser mode): the preview lists the rows with filters, shows
// an updated firm's fields before → after and the segments whose analysis state changes; a partial
// import writes the valid rows and downloads the rest, which import once fixed; a possible duplicate
// asks 同一企业 / 不同企业 and the answer is remembered. Own host: these imports change the demo.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { SCREENSHOTS } from './fixtures.js';
import { createDemoWorkspace, ENV_DIR, startHost, stopHost } from './host-process.js';

// Each test imports two or three times through the wizard; on a busy 2-core machine that takes a while.
test.describe.configure({ timeout: 180_000 });

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

const KOMATSU = '小松（山东）工程机械有限公司';
const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

async function api<T>(request: APIRequestContext, channel: string, input: object): Promise<T> {
  const url = new URL(host?.url ?? '');
  const response = await request.post(new URL(`/api/${channel}`, url).toString(), {
    headers: { 'X-ChainAtlas-Token': url.searchParams.get('token') ?? '' },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}
type Firms = {
  total: number;
  rows: { name: string; isLocal: boolean; employees: number | null }[];
};

async function openImport(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const url = new URL(host?.url ?? '');
  url.hash = '#/import';
  await page.goto(url.toString());
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: '检查文件' }).click();
  await expect(page.getByTestId('import-sheet')).toContainText(file.name);
  await page.getByRole('button', { name: '预览与问题' }).click();
}

test('row preview, before → after, consequences, and a partial import re-imported after a fix', async ({
  page,
  request,
}) => {
  await openImport(page, {
    name: '月度名录.csv',
    mimeType: 'text/csv',
    buffer: csv(
      `企业名称,统一社会信用代码,是否本地,从业人数\n${KOMATSU},,否,2000\n济宁预览新企业有限公司,,是,35\n济宁预览错误企业有限公司,12345,是,10\n`,
    ),
  });
  // What the analysis would say afterwards, before anything is written.
  const consequences = page.getByTestId('import-consequences');
  await expect(consequences).toContainText('工程机械/整机制造/矿用卡车');
  await expect(consequences.getByTestId('import-consequence').first()).toContainText('缺链');

  const rows = page.getByTestId('import-rows');
  const filter = page.getByTestId('import-row-filter');
  await expect(filter).toContainText('全部 3');
  await expect(filter).toContainText('新增 1');
  await expect(filter).toContainText('更新 1');
  await expect(filter).toContainText('有问题 1');
  await filter.getByText(/^更新/).click();
  await expect(rows.locator('.ant-table-row')).toHaveCount(1);
  const updated = rows.locator('.ant-table-row', { hasText: KOMATSU });
  await expect(updated).toContainText('员工人数：1800 → 2000');
  await expect(updated).toContainText('是否本地：是 → 否');
  await filter.getByText(/^有问题/).click();
  await expect(rows.locator('.ant-table-row')).toHaveCount(1);
  await expect(rows).toContainText('统一社会信用代码应为 18 位');
  await filter.getByText(/^全部/).click();
  await expect(rows.locator('.ant-table-row')).toHaveCount(3);
  await page.screenshot({ path: `${SCREENSHOTS}/import-row-preview.png`, fullPage: true });

  // All-or-nothing by default; the partial import is a choice.
  const commit = page.getByRole('button', { name: /^导\s?入$/ });
  await expect(commit).toBeDisabled();
  await page.getByTestId('import-skip-invalid').click();
  const accept = page.getByText('我已确认以上警告，仍然导入');
  if (await accept.isVisible()) await accept.click();
  const downloading = page.waitForEvent('download');
  await commit.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('月度名录-问题行.xlsx');
  await expect(page.getByText('导入完成')).toBeVisible();
  await expect(page.getByTestId('import-skipped')).toContainText('已跳过 1 行');
  await page.screenshot({ path: `${SCREENSHOTS}/import-partial-done.png`, fullPage: true });

  const written = await api<Firms>(request, 'enterprise:list', { query: '济宁预览' });
  expect(written.rows.map((r) => r.name)).toEqual(['济宁预览新企业有限公司']);
  const komatsu = await api<Firms>(request, 'enterprise:list', { query: KOMATSU });
  expect(komatsu.rows[0]).toMatchObject({ isLocal: false, employees: 2000 });

  // Second visit: the downloaded rows, fixed, import without a problem.
  const book = XLSX.read(readFileSync(await download.path()));
  const sheet = book.Sheets[book.SheetNames[0] ?? ''] ?? {};
  const table = XLSX.utils.sheet_to_json<Record<string, string>>(sheet);
  expect(table).toMatchObject([
    { 企业名称: '济宁预览错误企业有限公司', 统一社会信用代码: '12345' },
  ]);
  expect(table[0]?.['问题']).toContain('第 4 行');
  for (const [addr, cell] of Object.entries(sheet))
    if (!addr.startsWith('!') && (cell as XLSX.CellObject).v === '12345')
      sheet[addr] = { t: 's', v: '913502000728319549' };
  await page.getByRole('button', { name: '再导入一批' }).click();
  await openImport(page, {
    name: '月度名录-问题行.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  });
  await expect(page.getByTestId('import-row-filter')).toContainText('有问题 0');
  await page.getByRole('button', { name: /^导\s?入$/ }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  const all = await api<Firms>(request, 'enterprise:list', { query: '济宁预览' });
  expect(all.rows.map((r) => r.name).sort()).toEqual(
    ['济宁预览新企业有限公司', '济宁预览错误企业有限公司'].sort(),
  );
});

test('a possible duplicate asks 同一企业 / 不同企业, and the answer is remembered', async ({
  page,
  request,
}) => {
  const file = {
    name: '泰丰.csv',
    mimeType: 'text/csv',
    buffer: csv('企业名称,统一社会信用代码\n济宁泰丰液压泵有限公司,91440101MA5CJQ4N59\n'),
  };
  await openImport(page, file);
  const card = page.getByTestId('import-duplicates');
  await expect(card).toContainText('济宁泰丰液压泵有限公司');
  await expect(card).toContainText('名称相同但信用代码不同');
  await card.getByText('不同企业').click();
  await page.getByRole('button', { name: '按以上选择重新检查' }).click();
  await expect(page.getByTestId('import-row-filter')).toContainText('警告 0');
  await page.getByRole('button', { name: /^导\s?入$/ }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  const both = await api<Firms>(request, 'enterprise:list', { query: '济宁泰丰液压泵' });
  expect(both.total).toBe(2);

  // Next month's file: no question, the row is the firm the answer created.
  await page.getByRole('button', { name: '再导入一批' }).click();
  await openImport(page, file);
  await expect(page.getByTestId('import-duplicates')).toHaveCount(0);
  await expect(page.getByTestId('import-row-filter')).toContainText('全部 1');
  await expect(page.getByTestId('import-row-filter')).toContainText('新增 0');
});

test('a matched firm’s new name is shown and written only when accepted', async ({
  page,
  request,
}) => {
  const OLD = '济宁大和油缸有限公司';
  const renamed = '济宁大和精密油缸股份有限公司';
  const file = {
    name: '更名.csv',
    mimeType: 'text/csv',
    buffer: csv(`企业名称,统一社会信用代码\n${renamed},91370800MA3D100036\n`),
  };
  // Not accepted: the row shows the new name, the import keeps the stored one.
  await openImport(page, file);
  const pending = page.getByTestId('import-rows').locator('.ant-table-row', { hasText: renamed });
  await expect(pending).toContainText(`企业名称：${OLD} → ${renamed}`);
  await page.getByText('我已确认以上警告，仍然导入').click();
  await page.getByRole('button', { name: /^导\s?入$/ }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  expect((await api<Firms>(request, 'enterprise:list', { query: OLD })).total).toBe(1);
  expect((await api<Firms>(request, 'enterprise:list', { query: renamed })).total).toBe(0);

  // Accepted: the new name is written.
  await page.getByRole('button', { name: '再导入一批' }).click();
  await openImport(page, file);
  const row = page.getByTestId('import-rows').locator('.ant-table-row', { hasText: renamed });
  await expect(row).toContainText(`企业名称：${OLD} → ${renamed}`);
  await row.getByText('接受新名称（旧名称保留为别名）').click();
  const recheck = page.getByRole('button', { name: '按以上选择重新检查' });
  await recheck.click();
  await expect(recheck).toHaveCount(0);
  // Accepted, the rename is an ordinary change: no warning left, and the choice can be taken back.
  await expect(page.getByTestId('import-row-filter')).toContainText('警告 0');
  await expect(
    page.getByTestId('import-rows').getByRole('checkbox', { name: /接受新名称/ }),
  ).toBeChecked();
  await page.getByRole('button', { name: /^导\s?入$/ }).click();
  await expect(page.getByText('导入完成')).toBeVisible();
  const now = await api<Firms>(request, 'enterprise:list', { query: renamed });
  expect(now.rows.map((r) => r.name)).toEqual([renamed]);
  // The old name stays searchable (kept as an alias).
  const byOld = await api<Firms>(request, 'enterprise:list', { query: OLD });
  expect(byOld.rows.map((r) => r.name)).toEqual([renamed]);
});
