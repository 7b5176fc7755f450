// Real files written by LibreOffice (xlsx, xls, ods) and CSVs in GBK and UTF-8 with BOM, imported
// end to end: parser child process, recognition, plan, one-transaction commit, backup, import_run.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { AppError } from '../../../../../shared/ipc/result.js';
import { listImportRuns } from '../../../../../electron/core/repositories/import-repository.js';
import {
  dumpContents,
  fixture,
  tempWorkspace,
  type TempWorkspace,
} from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

const importFile = async (name: string) => {
  t = tempWorkspace();
  const prepared = await prepareImport(t.ws, [fixture(name)]);
  return { t, prepared };
};

describe('LibreOffice-made workbooks', () => {
  it.each(['register.xlsx', 'register.xls', 'register.ods'])(
    '%s: title rows, blank rows, 合计/备注, units and full-width text',
    async (name) => {
      const { t, prepared } = await importFile(name);
      expect(prepared.preview.issues).toEqual([]);
      expect(prepared.preview.counts).toEqual({
        enterprises: { new: 4, updated: 0, unchanged: 0, deleted: 0, rejected: 0 },
        links: { new: 2, updated: 0, unchanged: 0, deleted: 0, rejected: 0 },
        chains: { new: 6, updated: 0, unchanged: 0, deleted: 0, rejected: 0 },
        leads: { new: 1, updated: 0, unchanged: 0, deleted: 0, rejected: 0 },
      });
      const sheets = prepared.preview.files[0]?.sheets.map((s) => [
        s.sheet,
        s.mapping?.kind,
        s.mapping?.headerRow,
        s.dataRows,
      ]);
      expect(sheets).toEqual([
        ['企业名录', 'enterprises', 2, 4],
        ['供应关系', 'links', 1, 2],
        ['产业链', 'chains', 0, 6],
        ['招商线索', 'leads', 0, 1],
      ]);
      const result = await commitImport(t.ws, prepared);
      expect(result.backupFile && existsSync(result.backupFile)).toBe(true);
      const db = t.ws.db;
      const firms = db
        .prepare(
          'SELECT name, uscc, is_local, revenue, employees, park, tags FROM enterprise ORDER BY id',
        )
        .all();
      expect(firms).toEqual([
        {
          name: '小松（济宁）智能制造有限公司',
          uscc: '91350200776049653A',
          is_local: 1,
          revenue: 12000,
          employees: 2300,
          park: '国际高端装备产业园',
          tags: '["世界500强","链主"]',
        },
        {
          name: '济宁ＡＢＣ液压件有限公司',
          uscc: '91440101MA5CJQ4N59',
          is_local: 1,
          revenue: 8500,
          employees: 320,
          park: '中韩高端装备产业园',
          tags: '["规上","专精特新"]',
        },
        {
          name: '恒立液压股份有限公司',
          uscc: '913502000728319549',
          is_local: 0,
          revenue: null,
          employees: null,
          park: null,
          tags: '["上市"]',
        },
        {
          name: '山东鲁抗医药股份有限公司',
          uscc: '9135021359498494XQ',
          is_local: 1,
          revenue: 35000,
          employees: 4100,
          park: '金科国际生命健康科技城',
          tags: '["上市"]',
        },
      ]);
      const links = db
        .prepare(
          `SELECT a.name AS s, b.name AS b, product, amount, share, source, year_from FROM supply_link l
      JOIN enterprise a ON a.id = supplier_id JOIN enterprise b ON b.id = buyer_id ORDER BY l.id`,
        )
        .all();
      expect(links).toEqual([
        {
          s: '济宁ＡＢＣ液压件有限公司',
          b: '小松（济宁）智能制造有限公司',
          product: '油缸',
          amount: 1200,
          share: 0.35,
          source: 'verified',
          year_from: 2019,
        },
        {
          s: '恒立液压股份有限公司',
          b: '小松（济宁）智能制造有限公司',
          product: '液压泵',
          amount: 3000,
          share: null,
          source: 'reported',
          year_from: 2021,
        },
      ]);
      const contents = dumpContents(db);
      expect(contents['mappings']).toContain(
        JSON.stringify(['恒立液压股份有限公司', '工程机械/核心零部件/液压泵', 0, 'confirmed']),
      );
      expect(contents['leads']).toEqual([
        JSON.stringify([
          '江苏恒立液压有限公司',
          null,
          '工程机械/核心零部件/液压泵',
          'contact',
          '张三',
          '赴常州考察',
          '2026-04-01',
          '小松推荐',
        ]),
      ]);
      expect(listImportRuns(db)).toMatchObject([
        { status: 'committed', files: [{ name, format: name.split('.')[1] }] },
      ]);

      // Next month's identical file changes nothing.
      const again = await prepareImport(t.ws, [fixture(name)]);
      expect(again.preview.counts.enterprises).toEqual({
        new: 0,
        updated: 0,
        unchanged: 4,
        deleted: 0,
        rejected: 0,
      });
      expect(again.preview.counts.links.unchanged).toBe(2);
    },
  );
});

describe('CSV encodings', () => {
  it.each([
    ['enterprises-gbk.csv', 'gb18030'],
    ['enterprises-utf8-bom.csv', 'utf-8'],
  ])(
    '%s decodes as %s; digits-only USCC and leading zeros survive as text',
    async (name, encoding) => {
      const { t, prepared } = await importFile(name);
      expect(prepared.preview.files[0]?.encoding).toEqual({ name: encoding, confident: true });
      expect(prepared.preview.issues).toEqual([]);
      await commitImport(t.ws, prepared);
      const rows = t.ws.db
        .prepare('SELECT name, uscc, is_local, revenue, park, grid FROM enterprise ORDER BY id')
        .all();
      expect(rows).toEqual([
        {
          name: '济宁华通机械有限公司',
          uscc: '913502000728319549',
          is_local: 1,
          revenue: 1234.5,
          park: '国际高端装备产业园',
          grid: null,
        },
        {
          name: '山东泰山重工股份有限公司',
          uscc: '91440101MA5CJQ4N59',
          is_local: 0,
          revenue: 25000,
          park: null,
          grid: null,
        },
        {
          name: '编号001234测试企业',
          uscc: null,
          is_local: 1,
          revenue: 12,
          park: null,
          grid: '0012',
        },
      ]);
    },
  );
  it('writes nothing when the backup cannot be made', async () => {
    const { t, prepared } = await importFile('enterprises-utf8-bom.csv');
    writeFileSync(join(t.dir, 'backups'), 'a file where the backups folder should be');
    await expect(commitImport(t.ws, prepared)).rejects.toThrow(AppError);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 0 });
  });
  it('keeps the last five backups', async () => {
    const { t } = await importFile('enterprises-utf8-bom.csv');
    for (let i = 0; i < 7; i++) {
      const p = await prepareImport(t.ws, [fixture('enterprises-utf8-bom.csv')]);
      await commitImport(t.ws, p);
    }
    expect(readdirSync(join(t.dir, 'backups'))).toHaveLength(5);
  });
});
