// The Willems (2008) supply chains, converted to an enterprises sheet and a links sheet, import
// completely: every stage becomes a firm and every distinct arc a supplier → buyer link.
import { afterEach, describe, expect, it } from 'vitest';

import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { tempWorkspace, type TempWorkspace } from '../../../../support/import-fixtures.js';
import { willemsSheets, willemsWorkbook } from '../../../../support/import-workbooks.js';
import { FIXTURE_DIR, loadWillemsChain } from '../../../../support/willems.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

describe('Willems chains', () => {
  it.each([1, 7, 11, 22])('chain %i imports every firm and link', async (no) => {
    const chain = loadWillemsChain(no, FIXTURE_DIR);
    const expected = willemsSheets(chain);
    t = tempWorkspace();
    const prepared = await prepareImport(t.ws, [
      { name: `willems-${no}.xlsx`, bytes: willemsWorkbook(chain) },
    ]);
    expect(prepared.preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(prepared.preview.counts.enterprises).toEqual({
      new: expected.firms,
      updated: 0,
      unchanged: 0,
      deleted: 0,
      rejected: 0,
    });
    expect(prepared.preview.counts.links.new).toBe(expected.links);
    await commitImport(t.ws, prepared, { acceptWarnings: true, backup: false });
    const n = (sql: string) => (t?.ws.db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT count(*) AS n FROM enterprise')).toBe(expected.firms);
    expect(n('SELECT count(*) AS n FROM supply_link')).toBe(expected.links);
    const arcs = new Set(
      chain.arcs
        .filter((a) => a.from !== a.to)
        .map(
          (a) =>
            `W${String(no).padStart(2, '0')}-${a.from}>W${String(no).padStart(2, '0')}-${a.to}`,
        ),
    );
    const stored = t.ws.db
      .prepare(
        `SELECT a.name || '>' || b.name AS k FROM supply_link l JOIN enterprise a ON a.id = l.supplier_id
      JOIN enterprise b ON b.id = l.buyer_id`,
      )
      .pluck()
      .all() as string[];
    expect(new Set(stored)).toEqual(arcs);
  });
});
