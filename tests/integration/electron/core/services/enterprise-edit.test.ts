// Hand edits of firms on a real demo workspace file: create, edit (aliases the import then matches),
// delete with what goes with it, 挂链 add/change/remove, duplicate warnings, and refused edits that
// change nothing (a taken USCC, a wrong check character, a read-only file).
import { describe, expect, it } from 'vitest';

import { prepareImport } from '../../../../../electron/core/import/import-service.js';
import {
  createEnterprise,
  editableEnterprise,
  findDuplicates,
  mapSegment,
  removeEnterprise,
  unmapSegment,
  updateEnterpriseFields,
} from '../../../../../electron/core/services/enterprise-edit.js';
import { enterpriseList } from '../../../../../electron/core/services/enterprise-register.js';
import { closeWorkspace, openWorkspace } from '../../../../../electron/core/services/workspace.js';
import { withUsccCheckChar } from '../../../../../shared/domain/uscc.js';
import type { EnterpriseDraftInput } from '../../../../../shared/ipc/enterprise-edit-contract.js';
import { demoWorkspaceEachTest } from '../../../../support/demo-workspace.js';
import { enterpriseDraft } from '../../../../support/enterprise-draft.js';
import { dumpContents, type TempWorkspace } from '../../../../support/import-fixtures.js';
import { listBackups } from '../../../../../electron/core/backup/workspace-backup.js';

let t: TempWorkspace;
demoWorkspaceEachTest((w) => {
  t = w;
});

const KOMATSU = '小松（山东）工程机械有限公司';
const TAIFENG = '济宁泰丰液压泵有限公司';
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed view of a row
const one = <T>(sql: string, ...args: unknown[]): T => t.ws.db.prepare(sql).get(...args) as T;
const idOf = (name: string): number =>
  one<{ id: number }>('SELECT id FROM enterprise WHERE name = ?', name).id;
const count = (sql: string, ...args: unknown[]): number => one<{ n: number }>(sql, ...args).n;

const draft = (over: Partial<EnterpriseDraftInput> = {}) =>
  enterpriseDraft('济宁新锐液压科技有限公司', {
    aliases: ['新锐液压'],
    uscc: withUsccCheckChar('91370811MA3XYW001'),
    isLocal: true,
    province: '山东省',
    city: '济宁市',
    country: '中国',
    park: '高新区',
    grid: null,
    responsiblePerson: '李娜',
    ownership: 'private',
    investorCountry: null,
    isAboveScale: true,
    tags: ['链主企业', '高新'],
    revenue: 12_000,
    employees: 260,
    founded: 2016,
    mainProducts: '液压多路阀',
    status: 'operating',
    ...over,
  });

describe('create and edit', () => {
  it('stores every field, canonical tags and the aliases, and the register finds it by alias', async () => {
    const before = count('SELECT count(*) AS n FROM enterprise');
    const { id } = await createEnterprise(t.ws, draft());
    expect(count('SELECT count(*) AS n FROM enterprise')).toBe(before + 1);
    const e = editableEnterprise(t.ws, id);
    expect(e.enterprise).toMatchObject({
      name: '济宁新锐液压科技有限公司',
      isLocal: true,
      ownership: 'private',
      isAboveScale: true,
      revenue: 12_000,
      tags: ['链主', '高新技术企业'],
      isDemo: false,
    });
    expect(e.aliases).toEqual(['新锐液压']);
    const found = enterpriseList(t.ws, { query: '新锐液压', offset: 0, limit: 10 });
    expect(found.rows.map((r) => r.id)).toEqual([id]);
  });

  it('a re-import of a row under the alias lands on the edited firm (second visit)', async () => {
    const komatsu = idOf(KOMATSU);
    const current = editableEnterprise(t.ws, komatsu).enterprise;
    const { id: _id, isDemo: _demo, ...fields } = current;
    await updateEnterpriseFields(
      t.ws,
      komatsu,
      draft({ ...fields, name: '小松（中国）工程机械山东有限公司', aliases: [KOMATSU] }),
    );
    expect(editableEnterprise(t.ws, komatsu).enterprise.name).toBe(
      '小松（中国）工程机械山东有限公司',
    );
    const row = Buffer.from(`\uFEFF企业名称,从业人数\n${KOMATSU},4321\n`);
    const prepared = await prepareImport(t.ws, [{ name: '小松.csv', bytes: row }]);
    expect(prepared.preview.ambiguous).toEqual([]);
    expect(prepared.preview.counts.enterprises).toMatchObject({ new: 0, updated: 1 });
  });

  it('refuses a USCC another firm holds, naming that firm, and writes nothing', async () => {
    const taken = one<{ uscc: string }>('SELECT uscc FROM enterprise WHERE name = ?', TAIFENG).uscc;
    const before = dumpContents(t.ws.db);
    await expect(createEnterprise(t.ws, draft({ uscc: taken }))).rejects.toThrow(TAIFENG);
    expect(dumpContents(t.ws.db)).toEqual(before);
  });

  it('refuses a new code with a wrong check character but keeps an unchanged stored one', async () => {
    const good = withUsccCheckChar('91370811MA3XYW002');
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    await expect(createEnterprise(t.ws, draft({ uscc: bad }))).rejects.toThrow(/校验位/);
    // An imported code that fails the check stays editable: only a changed code is checked.
    const id = idOf(KOMATSU);
    t.ws.db.prepare('UPDATE enterprise SET uscc = ? WHERE id = ?').run(bad, id);
    const { id: _i, isDemo: _d, ...fields } = editableEnterprise(t.ws, id).enterprise;
    await updateEnterpriseFields(t.ws, id, draft({ ...fields, employees: 7 }));
    expect(editableEnterprise(t.ws, id).enterprise).toMatchObject({ uscc: bad, employees: 7 });
  });

  it('a 规上 tag sets the 规上 flag, and unticking the flag clears it', async () => {
    const { id } = await createEnterprise(
      t.ws,
      draft({ tags: ['规模以上企业'], isAboveScale: false }),
    );
    expect(editableEnterprise(t.ws, id).enterprise).toMatchObject({ isAboveScale: true, tags: [] });
    await updateEnterpriseFields(t.ws, id, draft({ tags: [], isAboveScale: false }));
    expect(editableEnterprise(t.ws, id).enterprise).toMatchObject({
      isAboveScale: false,
      tags: [],
    });
  });
});

describe('duplicate warnings', () => {
  it('find the same USCC, the same normalised name and a former name, never the firm itself', async () => {
    const komatsu = idOf(KOMATSU);
    const code = one<{ uscc: string }>('SELECT uscc FROM enterprise WHERE name = ?', TAIFENG).uscc;
    expect(findDuplicates(t.ws, { uscc: code.toLowerCase() })).toMatchObject([
      { id: idOf(TAIFENG), reason: 'uscc' },
    ]);
    expect(findDuplicates(t.ws, { name: '小松(山东)工程机械有限责任公司 ' })).toMatchObject([
      { id: komatsu, reason: 'name' },
    ]);
    expect(findDuplicates(t.ws, { name: KOMATSU, excludeId: komatsu })).toEqual([]);
    const { id } = await createEnterprise(t.ws, draft());
    expect(findDuplicates(t.ws, { name: '新锐液压' })).toMatchObject([{ id, reason: 'alias' }]);
    expect(findDuplicates(t.ws, { name: '从未出现过的企业' })).toEqual([]);
  });
});

describe('delete', () => {
  it('says what goes with the firm, takes exactly that, keeps leads by name and a backup', async () => {
    const komatsu = idOf(KOMATSU);
    const { impact } = editableEnterprise(t.ws, komatsu);
    const links = count(
      'SELECT count(*) AS n FROM supply_link WHERE supplier_id = ? OR buyer_id = ?',
      komatsu,
      komatsu,
    );
    expect(impact.links).toBe(links);
    expect(impact.links).toBeGreaterThan(5);
    expect(impact.mappings).toBe(
      count('SELECT count(*) AS n FROM enterprise_segment WHERE enterprise_id = ?', komatsu),
    );
    const allLinks = count('SELECT count(*) AS n FROM supply_link');
    const leads = count('SELECT count(*) AS n FROM lead');
    expect(await removeEnterprise(t.ws, komatsu)).toEqual(impact);
    expect(count('SELECT count(*) AS n FROM enterprise WHERE id = ?', komatsu)).toBe(0);
    expect(count('SELECT count(*) AS n FROM supply_link')).toBe(allLinks - links);
    expect(count('SELECT count(*) AS n FROM lead')).toBe(leads);
    expect(listBackups(t.ws).some((b) => b.reason === 'before-edit')).toBe(true);
    await expect(removeEnterprise(t.ws, komatsu)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('on a read-only workspace is refused and changes nothing', async () => {
    const komatsu = idOf(KOMATSU);
    const ro = openWorkspace(t.file, { readonly: true });
    try {
      await expect(removeEnterprise(ro, komatsu)).rejects.toMatchObject({ code: 'READ_ONLY' });
    } finally {
      closeWorkspace(ro);
    }
    expect(count('SELECT count(*) AS n FROM enterprise WHERE id = ?', komatsu)).toBe(1);
  });
});

describe('挂链', () => {
  const pump = () => one<{ id: number }>("SELECT id FROM segment WHERE name = '液压泵'").id;
  const valve = () => one<{ id: number }>("SELECT id FROM segment WHERE name = '主控阀'").id;
  const rows = (id: number) =>
    t.ws.db
      .prepare(
        'SELECT segment_id AS s, is_primary AS p, status FROM enterprise_segment WHERE enterprise_id = ? ORDER BY segment_id',
      )
      .all(id);

  it('adds, changes status and primary (one primary per firm) and removes', async () => {
    const { id } = await createEnterprise(t.ws, draft());
    await mapSegment(t.ws, {
      enterpriseId: id,
      segmentId: pump(),
      isPrimary: true,
      status: 'uncertain',
    });
    await mapSegment(t.ws, {
      enterpriseId: id,
      segmentId: valve(),
      isPrimary: true,
      status: 'confirmed',
    });
    expect(rows(id)).toEqual(
      [
        { s: pump(), p: 0, status: 'uncertain' },
        { s: valve(), p: 1, status: 'confirmed' },
      ].sort((a, b) => a.s - b.s),
    );
    await mapSegment(t.ws, {
      enterpriseId: id,
      segmentId: pump(),
      isPrimary: false,
      status: 'rejected',
    });
    expect(rows(id)).toContainEqual({ s: pump(), p: 0, status: 'rejected' });
    await unmapSegment(t.ws, id, pump());
    expect(rows(id)).toEqual([{ s: valve(), p: 1, status: 'confirmed' }]);
    await expect(unmapSegment(t.ws, id, pump())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      mapSegment(t.ws, {
        enterpriseId: id,
        segmentId: 999_999,
        isPrimary: false,
        status: 'confirmed',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
