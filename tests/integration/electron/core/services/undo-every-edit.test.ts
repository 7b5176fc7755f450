// Every kind of hand edit the app offers, made through its real service on a demo workspace file and
// then undone and redone: each is exactly one step; undo brings back every table row for row
// (foreign-key cascades included: a deleted cluster's chains, a segment's sub-segments and 挂链, a
// merged firm's links), redo brings back the edited state, and the file reopened holds it.
import { describe, expect, it } from 'vitest';

import {
  createEnterprise,
  mapSegment,
  removeEnterprise,
  unmapSegment,
  updateEnterpriseFields,
} from '../../../../../electron/core/services/enterprise-edit.js';
import { mergeEnterprises } from '../../../../../electron/core/services/enterprise-merge.js';
import {
  createLead,
  editLead,
  removeLead,
} from '../../../../../electron/core/services/lead-service.js';
import {
  createLink,
  editLink,
  removeLink,
} from '../../../../../electron/core/services/link-edit.js';
import {
  createChain,
  createCluster,
  editChain,
  editCluster,
  removeChain,
  removeCluster,
} from '../../../../../electron/core/services/taxonomy-edit.js';
import {
  createSegment,
  editSegment,
  moveSegment,
  removeSegment,
} from '../../../../../electron/core/services/taxonomy-edit-segments.js';
import {
  editHistory,
  redoEdit,
  undoEdit,
} from '../../../../../electron/core/services/undo-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import type { LinkFields } from '../../../../../shared/ipc/link-edit-contract.js';
import { demoWorkspaceEachTest } from '../../../../support/demo-workspace.js';
import { enterpriseDraft } from '../../../../support/enterprise-draft.js';
import type { TempWorkspace } from '../../../../support/import-fixtures.js';
import { dumpTables } from '../undo/table-dump.js';

let t: TempWorkspace;
demoWorkspaceEachTest((w) => {
  t = w;
});

const id = (ws: Workspace, sql: string): number => {
  const row = ws.db.prepare<[], { id: number }>(sql).get();
  if (!row) throw new Error(`the demo has no row for: ${sql}`);
  return row.id;
};
/** Demo firms with 挂链 and links on both sides, so deletes and merges cascade into several tables. */
const busyFirm = (ws: Workspace, nth = 0) =>
  id(
    ws,
    `SELECT e.id FROM enterprise e
     WHERE EXISTS (SELECT 1 FROM enterprise_segment m WHERE m.enterprise_id = e.id)
       AND EXISTS (SELECT 1 FROM supply_link l WHERE l.supplier_id = e.id)
       AND EXISTS (SELECT 1 FROM supply_link l WHERE l.buyer_id = e.id)
     ORDER BY e.id LIMIT 1 OFFSET ${String(nth)}`,
  );
/** A demo segment with sub-segments and firms on it, so its delete cascades. */
const busySegment = (ws: Workspace) =>
  id(
    ws,
    `SELECT s.id FROM segment s
     WHERE EXISTS (SELECT 1 FROM segment c WHERE c.parent_id = s.id)
     ORDER BY (SELECT count(*) FROM enterprise_segment m
               JOIN segment c ON c.id = m.segment_id WHERE c.parent_id = s.id) DESC LIMIT 1`,
  );
const anyLink = (ws: Workspace) => id(ws, 'SELECT id FROM supply_link ORDER BY id LIMIT 1');
const anyLead = (ws: Workspace) => id(ws, 'SELECT id FROM lead ORDER BY id LIMIT 1');
const chainOf = (ws: Workspace, segmentId: number) =>
  id(ws, `SELECT chain_id AS id FROM segment WHERE id = ${String(segmentId)}`);

const firmDraft = (name: string, employees: number) =>
  enterpriseDraft(name, {
    aliases: ['撤销测试简称'],
    isLocal: true,
    province: '山东省',
    city: '济宁市',
    country: '中国',
    ownership: 'private',
    tags: ['高新'],
    revenue: 0.1 + 0.2,
    employees,
    founded: 2019,
    mainProducts: "液压'阀'",
  });

function linkFields(ws: Workspace): LinkFields {
  const leaf = id(
    ws,
    'SELECT id FROM segment WHERE id NOT IN (SELECT parent_id FROM segment WHERE parent_id IS NOT NULL) ORDER BY id LIMIT 1',
  );
  return {
    supplierId: busyFirm(ws, 0),
    buyerId: busyFirm(ws, 1),
    product: '撤销测试产品',
    segmentId: leaf,
    amount: 123.45,
    share: 0.25,
    source: 'verified',
    yearFrom: 2021,
    yearTo: 2024,
  };
}

type Case = [name: string, edit: (ws: Workspace) => Promise<unknown>];

const cases: Case[] = [
  ['create a firm', (ws) => createEnterprise(ws, firmDraft('撤销测试新企业', 10))],
  [
    'edit a firm',
    (ws) => updateEnterpriseFields(ws, busyFirm(ws), firmDraft('撤销测试改名企业', 77)),
  ],
  ['delete a firm with its 挂链, links and aliases', (ws) => removeEnterprise(ws, busyFirm(ws))],
  [
    'add a 挂链',
    (ws) =>
      mapSegment(ws, {
        enterpriseId: busyFirm(ws),
        segmentId: id(ws, 'SELECT id FROM segment ORDER BY id DESC LIMIT 1'),
        isPrimary: true,
        status: 'uncertain',
      }),
  ],
  [
    'remove a 挂链',
    (ws) => {
      const m = ws.db
        .prepare<[], { e: number; s: number }>(
          'SELECT enterprise_id AS e, segment_id AS s FROM enterprise_segment ORDER BY rowid LIMIT 1',
        )
        .get();
      return unmapSegment(ws, m?.e ?? 0, m?.s ?? 0);
    },
  ],
  [
    'merge two firms (links, 挂链 and leads move to the survivor)',
    (ws) =>
      mergeEnterprises(ws, {
        survivorId: busyFirm(ws, 0),
        otherId: busyFirm(ws, 1),
        picks: { employees: 'other', tags: 'both' },
      }),
  ],
  ['add a supply link', (ws) => createLink(ws, linkFields(ws), true)],
  ['edit a supply link', (ws) => editLink(ws, anyLink(ws), { ...linkFields(ws), amount: 9 }, true)],
  ['delete a supply link', (ws) => removeLink(ws, anyLink(ws))],
  ['add a cluster', (ws) => createCluster(ws, { name: '撤销测试集群' })],
  [
    'rename a cluster',
    (ws) => editCluster(ws, { id: id(ws, 'SELECT id FROM cluster LIMIT 1'), name: '改名集群' }),
  ],
  [
    'delete a cluster with its chains and segments',
    (ws) => removeCluster(ws, id(ws, 'SELECT id FROM cluster ORDER BY id LIMIT 1')),
  ],
  [
    'add a chain',
    (ws) =>
      createChain(ws, {
        clusterId: id(ws, 'SELECT id FROM cluster LIMIT 1'),
        name: '撤销测试链',
        owner: '王区长',
      }),
  ],
  [
    'rename a chain',
    (ws) => editChain(ws, { id: id(ws, 'SELECT id FROM chain LIMIT 1'), name: '改名链' }),
  ],
  ['delete a chain', (ws) => removeChain(ws, id(ws, 'SELECT id FROM chain ORDER BY id LIMIT 1'))],
  [
    'add a sub-segment',
    (ws) => {
      const parent = busySegment(ws);
      return createSegment(ws, {
        chainId: chainOf(ws, parent),
        parentId: parent,
        fields: { name: '撤销测试环节', stage: 'upstream', isKey: true, targetCount: 3 },
      });
    },
  ],
  [
    'edit a segment',
    (ws) =>
      editSegment(ws, {
        id: busySegment(ws),
        fields: { name: '改名环节', stage: 'downstream', isKey: true, targetCount: 9 },
      }),
  ],
  [
    'move a segment to the top level',
    (ws) =>
      moveSegment(ws, {
        id: id(ws, 'SELECT id FROM segment WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1'),
        parentId: null,
        index: 0,
      }),
  ],
  [
    'delete a segment with its sub-segments and 挂链',
    (ws) => removeSegment(ws, { id: busySegment(ws) }),
  ],
  [
    'delete a segment keeping its sub-segments',
    (ws) => removeSegment(ws, { id: busySegment(ws), keepChildren: true }),
  ],
  ['add a lead', (ws) => createLead(ws, { targetName: '撤销测试线索', stage: 'visit' })],
  ['move a lead to another stage', (ws) => editLead(ws, anyLead(ws), { stage: 'signed' })],
  ['delete a lead', (ws) => removeLead(ws, anyLead(ws))],
];

describe('undo and redo of every kind of hand edit', () => {
  it.each(cases)('%s: one step, undone row for row, redone, and saved', async (_name, edit) => {
    const before = dumpTables(t.ws.db);
    await edit(t.ws);
    const after = dumpTables(t.ws.db);
    expect(after).not.toEqual(before);
    expect(editHistory(t.ws)).toMatchObject({ canUndo: true, canRedo: false });

    undoEdit(t.ws);
    expect(dumpTables(t.ws.db)).toEqual(before);
    expect(t.ws.db.pragma('foreign_key_check')).toEqual([]);
    // One edit is one step, however many rows and tables it touched.
    expect(editHistory(t.ws)).toMatchObject({ canUndo: false, canRedo: true });

    redoEdit(t.ws);
    expect(dumpTables(t.ws.db)).toEqual(after);
    expect(t.ws.db.pragma('foreign_key_check')).toEqual([]);

    // Saved when made: the file reopened holds the redone state and passes integrity_check.
    closeWorkspace(t.ws);
    const reopened = openWorkspace(t.file);
    try {
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(dumpTables(reopened.db)).toEqual(after);
    } finally {
      closeWorkspace(reopened);
    }
  });
});
