// Merging two records of one firm on the demo workspace: the 济宁泰丰液压泵 case (a second record of
// the same firm under another USCC, mapped and linked like the first) ends as one firm in the
// analysis, with links, 挂链, leads and names on the survivor and nothing counted twice; the next import
// of the file with the old record's name and USCC lands on the survivor without asking.
import { beforeEach, describe, expect, it } from 'vitest';

import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { runAnalysis } from '../../../../../electron/core/services/analysis-service.js';
import {
  createEnterprise,
  editableEnterprise,
  mapSegment,
} from '../../../../../electron/core/services/enterprise-edit.js';
import { mergeEnterprises } from '../../../../../electron/core/services/enterprise-merge.js';
import { demoWorkspaceEachTest } from '../../../../support/demo-workspace.js';
import { enterpriseDraft } from '../../../../support/enterprise-draft.js';
import type { TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace;
let ids: { survivor: number; other: number; pump: number; yankuang: number; komatsu: number };
const TAIFENG = '济宁泰丰液压泵有限公司';
const OTHER_USCC = '91440101MA5CJQ4N59';

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed view of a row
const one = <T>(sql: string, ...args: unknown[]): T => t.ws.db.prepare(sql).get(...args) as T;
const all = <T>(sql: string, ...args: unknown[]): T[] => t.ws.db.prepare(sql).all(...args) as T[];
const idOf = (name: string) =>
  one<{ id: number }>('SELECT id FROM enterprise WHERE name = ?', name).id;
const link = (s: number, b: number, product: string, amount: number | null, source = 'reported') =>
  t.ws.db
    .prepare(
      'INSERT INTO supply_link (supplier_id, buyer_id, product, amount, source) VALUES (?, ?, ?, ?, ?)',
    )
    .run(s, b, product, amount, source);
const pumpState = () =>
  runAnalysis(t.ws)
    .chains.flatMap((c) => c.segments)
    .find((s) => s.segmentId === ids.pump);

demoWorkspaceEachTest((w) => {
  t = w;
});
beforeEach(async () => {
  const survivor = idOf(TAIFENG);
  // The second record, as a register with another USCC brought it in: local, same segment.
  const { id: other } = await createEnterprise(
    t.ws,
    enterpriseDraft('济宁市泰丰泵业有限公司', {
      uscc: OTHER_USCC,
      isLocal: true,
      city: '济宁市',
      ownership: 'private',
      isAboveScale: true,
      tags: ['专精特新'],
      revenue: 1_500,
      employees: 99,
    }),
  );
  const pump = one<{ segment_id: number }>(
    'SELECT segment_id FROM enterprise_segment WHERE enterprise_id = ?',
    survivor,
  ).segment_id;
  await mapSegment(t.ws, {
    enterpriseId: other,
    segmentId: pump,
    isPrimary: true,
    status: 'confirmed',
  });
  ids = {
    survivor,
    other,
    pump,
    yankuang: one<{ buyer_id: number }>(
      'SELECT buyer_id FROM supply_link WHERE supplier_id = ?',
      survivor,
    ).buyer_id,
    komatsu: idOf('小松（山东）工程机械有限公司'),
  };
  // The same delivery to 兖矿 recorded under both names, a second product to 小松, and a link between
  // the two records (a firm cannot supply itself).
  link(other, ids.yankuang, '齿轮泵（维修备件）', 500, 'verified');
  link(other, ids.komatsu, '齿轮泵', 200);
  link(other, survivor, '泵体', 50);
  t.ws.db
    .prepare("INSERT INTO lead (enterprise_id, target_name, stage) VALUES (?, ?, 'contact')")
    .run(other, '泰丰二期');
});

describe('merging 济宁泰丰液压泵', () => {
  it('counts two firms in 液压泵 before and one after', async () => {
    expect(
      pumpState()
        ?.localFirms.map((f) => f.id)
        .sort(),
    ).toEqual([ids.survivor, ids.other].sort());
    await mergeEnterprises(t.ws, {
      survivorId: ids.survivor,
      otherId: ids.other,
      picks: { employees: 'other' },
    });
    expect(pumpState()?.localFirms.map((f) => f.id)).toEqual([ids.survivor]);
    expect(
      one<{ n: number }>('SELECT count(*) AS n FROM enterprise WHERE id = ?', ids.other).n,
    ).toBe(0);
  });

  it('moves links, joining the same pair into one and dropping the self-link', async () => {
    const before = one<{ n: number }>('SELECT count(*) AS n FROM supply_link').n;
    const r = await mergeEnterprises(t.ws, {
      survivorId: ids.survivor,
      otherId: ids.other,
      picks: {},
    });
    expect(r).toMatchObject({
      combinedLinks: 1,
      movedLinks: 1,
      droppedSelfLinks: 1,
      movedLeads: 1,
    });
    expect(one<{ n: number }>('SELECT count(*) AS n FROM supply_link').n).toBe(before - 2);
    const links = all<{ buyer_id: number; product: string; amount: number; source: string }>(
      'SELECT buyer_id, product, amount, source FROM supply_link WHERE supplier_id = ? ORDER BY buyer_id',
      ids.survivor,
    );
    // Same product to 兖矿: one delivery seen twice, so the larger amount (500), not 300 + 500;
    // the surer source (verified) stays.
    expect(links.filter((l) => l.buyer_id === ids.yankuang)).toEqual([
      { buyer_id: ids.yankuang, product: '齿轮泵（维修备件）', amount: 500, source: 'verified' },
    ]);
    expect(links.filter((l) => l.buyer_id === ids.komatsu)).toHaveLength(1);
    expect(all('SELECT 1 FROM supply_link WHERE supplier_id = buyer_id')).toEqual([]);
    expect(all('SELECT 1 FROM lead WHERE enterprise_id = ?', ids.other)).toEqual([]);
  });

  it('keeps the picked fields, the union of tags, one 挂链 row and one primary', async () => {
    await mergeEnterprises(t.ws, {
      survivorId: ids.survivor,
      otherId: ids.other,
      picks: { employees: 'other', revenue: 'survivor', uscc: 'survivor' },
    });
    const { enterprise, aliases } = editableEnterprise(t.ws, ids.survivor);
    expect(enterprise).toMatchObject({
      name: TAIFENG,
      employees: 99,
      revenue: 900,
      isAboveScale: true,
      ownership: 'private',
    });
    expect(enterprise.tags).toContain('专精特新');
    expect(aliases).toEqual(['济宁市泰丰泵业有限公司']);
    expect(
      all(
        'SELECT segment_id, is_primary, status FROM enterprise_segment WHERE enterprise_id = ?',
        ids.survivor,
      ),
    ).toEqual([{ segment_id: ids.pump, is_primary: 1, status: 'confirmed' }]);
  });

  it('takes the other USCC when picked (the unique code moves without a clash)', async () => {
    await mergeEnterprises(t.ws, {
      survivorId: ids.survivor,
      otherId: ids.other,
      picks: { uscc: 'other' },
    });
    expect(editableEnterprise(t.ws, ids.survivor).enterprise.uscc).toBe(OTHER_USCC);
  });

  it('second visit: the old record’s file row lands on the survivor without a question', async () => {
    await mergeEnterprises(t.ws, { survivorId: ids.survivor, otherId: ids.other, picks: {} });
    const firms = () => one<{ n: number }>('SELECT count(*) AS n FROM enterprise').n;
    const count = firms();
    const file = {
      name: '泰丰.csv',
      bytes: Buffer.from(
        `\uFEFF企业名称,统一社会信用代码,从业人数\n济宁市泰丰泵业有限公司,${OTHER_USCC},120\n`,
      ),
    };
    const prepared = await prepareImport(t.ws, [file]);
    expect(prepared.preview.ambiguous).toEqual([]);
    expect(prepared.preview.warnings).toBe(0);
    await commitImport(t.ws, prepared, { backup: false });
    expect(firms()).toBe(count);
    expect(editableEnterprise(t.ws, ids.survivor).enterprise.employees).toBe(120);
  });

  it('refuses a missing firm and changes nothing', async () => {
    const links = one<{ n: number }>('SELECT count(*) AS n FROM supply_link').n;
    await expect(
      mergeEnterprises(t.ws, { survivorId: ids.survivor, otherId: 999_999, picks: {} }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(one<{ n: number }>('SELECT count(*) AS n FROM supply_link').n).toBe(links);
  });
});
