// A chain sheet re-imported in part — a few segment rows, no 产业集群 column, no 位置 — lands on
// the stored chain and keeps what the file does not say, instead of planning a second chain of the
// same name (after which every bare segment name of that chain became ambiguous).
import { afterEach, describe, expect, it } from 'vitest';

import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { demoWorkspace } from '../../../../support/demo-workspace.js';
import { csv, dumpContents, type TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

describe('a partial chain sheet for a stored chain', () => {
  it('restating a segment without cluster or stage changes nothing and is counted unchanged', async () => {
    t = demoWorkspace();
    const before = dumpContents(t.ws.db);
    const p = await prepareImport(t.ws, [
      csv('环节.csv', '产业链,环节,上级环节\n工程机械,油缸,核心零部件\n'),
    ]);
    expect(p.preview.issues).toEqual([]);
    expect(p.preview.counts.chains).toMatchObject({ new: 0, unchanged: 1, rejected: 0 });
    await commitImport(t.ws, p, { backup: false, acceptWarnings: true });
    expect(dumpContents(t.ws.db)).toEqual(before);
  });

  it('a new segment goes into the stored chain; a bare name of that chain still resolves', async () => {
    t = demoWorkspace();
    const p = await prepareImport(t.ws, [
      csv('环节.csv', '产业链,环节,上级环节,位置\n工程机械,蓄能器,核心零部件,上游\n'),
      csv('企业.csv', '企业名称,所属环节\n济宁蓄能器有限公司,蓄能器\n济宁油缸新厂有限公司,油缸\n'),
    ]);
    expect(p.preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await commitImport(t.ws, p, { backup: false, acceptWarnings: true });
    const chains = t.ws.db.prepare("SELECT COUNT(*) AS n FROM chain WHERE name = '工程机械'").get();
    expect(chains).toEqual({ n: 1 });
    const clusters = t.ws.db
      .prepare("SELECT COUNT(*) AS n FROM cluster WHERE name = '未分组'")
      .get();
    expect(clusters).toEqual({ n: 0 });
    const mapped = t.ws.db
      .prepare(
        `SELECT e.name, s.name AS segment, c.name AS chain FROM enterprise_segment m
         JOIN enterprise e ON e.id = m.enterprise_id JOIN segment s ON s.id = m.segment_id
         JOIN chain c ON c.id = s.chain_id WHERE e.name LIKE '济宁%新厂%' OR e.name LIKE '济宁蓄能器%'
         ORDER BY e.name`,
      )
      .all();
    expect(mapped).toEqual([
      { name: '济宁油缸新厂有限公司', segment: '油缸', chain: '工程机械' },
      { name: '济宁蓄能器有限公司', segment: '蓄能器', chain: '工程机械' },
    ]);
  });

  it('a new segment without 位置 is refused, naming the column; nothing is written', async () => {
    t = demoWorkspace();
    const before = dumpContents(t.ws.db);
    const p = await prepareImport(t.ws, [
      csv('环节.csv', '产业链,环节,上级环节\n工程机械,蓄能器,核心零部件\n'),
    ]);
    expect(p.preview.issues).toMatchObject([
      {
        file: '环节.csv',
        row: 2,
        column: '位置',
        severity: 'error',
        code: 'MISSING_FIELD',
        messageZh: '新环节“蓄能器”缺少位置（上游/中游/下游）',
      },
    ]);
    await expect(commitImport(t.ws, p, { backup: false })).rejects.toThrow();
    expect(dumpContents(t.ws.db)).toEqual(before);
  });

  it('a chain new to the workspace, without a cluster, goes to a new cluster 未分组', async () => {
    t = demoWorkspace();
    const p = await prepareImport(t.ws, [
      csv('环节.csv', '产业链,环节,位置\n测试新链,测试环节,中游\n'),
    ]);
    expect(p.preview.issues).toEqual([]);
    await commitImport(t.ws, p, { backup: false, acceptWarnings: true });
    const row = t.ws.db
      .prepare(
        "SELECT cl.name FROM chain c JOIN cluster cl ON cl.id = c.cluster_id WHERE c.name = '测试新链'",
      )
      .get();
    expect(row).toEqual({ name: '未分组' });
  });
});
