// What the importer remembers (migration 0030): a column mapping the user confirmed for a header
// set, and the answer to an ambiguous name match — so next month's file does not ask again.
import { afterEach, describe, expect, it } from 'vitest';

import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { nameKey } from '../../../../../shared/spreadsheet/name-key.js';
import { sheetKey } from '../../../../../shared/spreadsheet/extract-drafts.js';
import { tempWorkspace, type TempWorkspace, csv } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

describe('import memory', () => {
  it('remembers a confirmed column mapping per header set', async () => {
    t = tempWorkspace();
    const file = csv('march.csv', '甲方单位,乙方单位,货物\n济宁液压件厂,小松济宁工厂,油缸\n');
    // Unknown headers: the file is not recognised until the user maps the columns.
    const first = await prepareImport(t.ws, [file]);
    expect(first.preview.issues.map((i) => i.code)).toEqual(['NO_RECOGNISED_SHEET']);
    const mapping = {
      kind: 'links' as const,
      headerRow: 0,
      fields: { 0: 'supplier', 1: 'buyer', 2: 'product' },
    };
    const firms = csv('firms.csv', '企业名称,是否本地\n济宁液压件厂,是\n小松济宁工厂,是\n');
    const mapped = await prepareImport(t.ws, [firms, file], {
      mappings: { [sheetKey('march.csv', 'march')]: mapping },
    });
    expect(mapped.preview.issues).toEqual([]);
    expect(mapped.preview.counts.links.new).toBe(1);
    await commitImport(t.ws, mapped, { backup: false });

    // April's file has the same headers: recognised without asking.
    const april = await prepareImport(t.ws, [
      csv('april.csv', '甲方单位,乙方单位,货物\n小松济宁工厂,济宁液压件厂,整机\n'),
    ]);
    expect(april.preview.issues).toEqual([]);
    expect(april.preview.files[0]?.sheets[0]?.mapping?.kind).toBe('links');
    expect(april.preview.counts.links.new).toBe(1);
  });

  it('asks once about a name several firms share, then remembers the answer', async () => {
    t = tempWorkspace();
    const insert = t.ws.db.prepare('INSERT INTO enterprise (name, park) VALUES (?, ?)');
    insert.run('济宁重工有限公司', '一园');
    const second = Number(insert.run('济宁重工有限责任公司', '二园').lastInsertRowid);
    const file = csv('firms.csv', '企业名称,从业人数\n济宁重工股份有限公司,500\n');

    const asked = await prepareImport(t.ws, [file]);
    expect(asked.preview.issues.map((i) => i.code)).toEqual(['AMBIGUOUS_MATCH']);
    expect(asked.preview.ambiguous[0]?.candidates.map((c) => c.name)).toEqual([
      '济宁重工有限公司',
      '济宁重工有限责任公司',
    ]);

    const decided = await prepareImport(t.ws, [file], {
      decisions: { [nameKey('济宁重工股份有限公司')]: second },
    });
    expect(decided.preview.issues).toEqual([]);
    expect(decided.preview.counts.enterprises).toMatchObject({ updated: 1, new: 0 });
    await commitImport(t.ws, decided, { backup: false });
    expect(t.ws.db.prepare('SELECT employees FROM enterprise WHERE id = ?').get(second)).toEqual({
      employees: 500,
    });

    const nextMonth = await prepareImport(t.ws, [
      csv('firms.csv', '企业名称,从业人数\n济宁重工股份有限公司,520\n'),
    ]);
    expect(nextMonth.preview.issues).toEqual([]);
    expect(nextMonth.preview.counts.enterprises.updated).toBe(1);
  });
});
