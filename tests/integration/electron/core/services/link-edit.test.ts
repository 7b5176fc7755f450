// Supply links edited by hand on a real workspace file: add, the duplicate warning (same supplier,
// buyer and segment) and saving anyway, edit, delete with a backup, and refusals that write nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listBackups } from '../../../../../electron/core/backup/workspace-backup.js';
import { enterpriseDetail } from '../../../../../electron/core/services/query-service.js';
import {
  createLink,
  editLink,
  removeLink,
} from '../../../../../electron/core/services/link-edit.js';
import { runAnalysis } from '../../../../../electron/core/services/analysis-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import type { LinkFields } from '../../../../../shared/ipc/link-edit-contract.js';
import { makeSmallWorkspace, type Small } from '../repositories/small-workspace.js';
import { refusal, tables } from './edit-refusal.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const fields = (more: Partial<LinkFields> = {}): LinkFields => ({
  supplierId: ids.firms.hengli,
  buyerId: ids.firms.daiwa,
  product: '液压阀',
  segmentId: ids.segments.cylinder,
  amount: 320,
  share: 0.4,
  source: 'verified',
  yearFrom: 2023,
  yearTo: 2025,
  ...more,
});

describe('adding a link', () => {
  it('saves it and both firms’ drawers show it, with the other firm and segment', async () => {
    const saved = await createLink(ws, fields());
    expect(saved.status).toBe('saved');
    const daiwa = enterpriseDetail(ws, ids.firms.daiwa);
    expect(daiwa.suppliers.find((l) => l.firm.id === ids.firms.hengli)).toMatchObject({
      product: '液压阀',
      amount: 320,
      segmentName: '油缸',
      yearFrom: 2023,
      yearTo: 2025,
    });
    const hengli = enterpriseDetail(ws, ids.firms.hengli);
    expect(hengli.buyers.map((l) => l.firm.name)).toContain('济宁大和油缸有限公司');
  });

  it('the analysis counts it: one more link of a local buyer, not a local one', async () => {
    const rate = () => runAnalysis(ws, { chainId: ids.chains.machinery }).chains[0]?.localRate;
    const before = rate();
    await createLink(ws, fields());
    expect(rate()?.totalLinks).toBe((before?.totalLinks ?? 0) + 1);
    expect(rate()?.localLinks).toBe(before?.localLinks);
  });

  it('warns of a link with the same supplier, buyer and segment, writing nothing until told', async () => {
    const before = tables(ws);
    const again = await createLink(
      ws,
      fields({ supplierId: ids.firms.daiwa, buyerId: ids.firms.komatsu, product: '斗杆油缸' }),
    );
    expect(again.status).toBe('duplicate');
    expect(again.status === 'duplicate' && again.existing).toEqual([
      expect.objectContaining({
        id: ids.links.daiwaToKomatsu,
        supplierName: '济宁大和油缸有限公司',
        buyerName: '小松（山东）工程机械有限公司',
        segmentName: '油缸',
        product: '动臂油缸',
      }),
    ]);
    expect(tables(ws)).toEqual(before);
    const forced = await createLink(
      ws,
      fields({ supplierId: ids.firms.daiwa, buyerId: ids.firms.komatsu, product: '斗杆油缸' }),
      true,
    );
    expect(forced.status).toBe('saved');
    // Another segment, or none where the other has one, is not the same link.
    const other = await createLink(
      ws,
      fields({ supplierId: ids.firms.daiwa, buyerId: ids.firms.komatsu, segmentId: null }),
    );
    expect(other.status).toBe('saved');
  });

  it('refuses an unknown firm or segment by name of the field, writing nothing', async () => {
    const before = tables(ws);
    const firm = await refusal(createLink(ws, fields({ buyerId: 9999 })));
    expect(firm).toMatchObject({ code: 'NOT_FOUND', message: '采购方企业不存在（id 9999）' });
    const seg = await refusal(createLink(ws, fields({ segmentId: 9999 })));
    expect(seg.en).toBe('Segment not found (id 9999)');
    expect(tables(ws)).toEqual(before);
  });
});

describe('editing and deleting a link', () => {
  it('edits every field; an empty product is stored as none', async () => {
    const r = await editLink(
      ws,
      ids.links.pcbToDaiwa,
      fields({
        supplierId: ids.firms.pcbFirm,
        buyerId: ids.firms.daiwa,
        product: '',
        segmentId: null,
        amount: null,
        share: null,
        source: 'inferred',
        yearFrom: null,
        yearTo: 2026,
      }),
    );
    expect(r.status === 'saved' && r.link).toEqual({
      id: ids.links.pcbToDaiwa,
      supplierId: ids.firms.pcbFirm,
      buyerId: ids.firms.daiwa,
      product: null,
      segmentId: null,
      amount: null,
      share: null,
      source: 'inferred',
      yearFrom: null,
      yearTo: 2026,
    });
  });

  it('an edit is not its own duplicate, but one onto another link’s place is warned', async () => {
    const same = await editLink(
      ws,
      ids.links.daiwaToKomatsu,
      fields({ supplierId: ids.firms.daiwa, buyerId: ids.firms.komatsu, amount: 120 }),
    );
    expect(same.status).toBe('saved');
    const onto = await editLink(
      ws,
      ids.links.hengliToKomatsu,
      fields({ supplierId: ids.firms.daiwa, buyerId: ids.firms.komatsu }),
    );
    expect(onto.status).toBe('duplicate');
    expect(
      ws.db
        .prepare('SELECT supplier_id FROM supply_link WHERE id = ?')
        .get(ids.links.hengliToKomatsu),
    ).toEqual({ supplier_id: ids.firms.hengli });
  });

  it('deletes a link after keeping a backup; both drawers lose it; a second delete is NOT_FOUND', async () => {
    const backups = listBackups(ws).length;
    await removeLink(ws, ids.links.daiwaToKomatsu);
    expect(listBackups(ws).length).toBe(backups + 1);
    expect(enterpriseDetail(ws, ids.firms.komatsu).suppliers.map((l) => l.id)).toEqual([
      ids.links.hengliToKomatsu,
    ]);
    expect(enterpriseDetail(ws, ids.firms.daiwa).buyers).toEqual([]);
    expect((await refusal(removeLink(ws, ids.links.daiwaToKomatsu))).code).toBe('NOT_FOUND');
  });

  it('a workspace opened read-only refuses every link edit with READ_ONLY', async () => {
    const file = ws.file;
    closeWorkspace(ws);
    ws = openWorkspace(file, { readonly: true });
    const before = tables(ws);
    expect((await refusal(createLink(ws, fields()))).code).toBe('READ_ONLY');
    expect((await refusal(editLink(ws, ids.links.pcbToDaiwa, fields()))).code).toBe('READ_ONLY');
    expect((await refusal(removeLink(ws, ids.links.pcbToDaiwa))).code).toBe('READ_ONLY');
    expect(tables(ws)).toEqual(before);
  });
});
